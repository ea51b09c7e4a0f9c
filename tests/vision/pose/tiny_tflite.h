#pragma once
// A minimal TFLite flatbuffer writer for tests: enough of schema.fbs to make small models (and
// broken ones) without flatc. Objects are written parent first, children after, so every uoffset
// points forward as the format requires.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace anju::vision::pose::test {

struct FbNode;
using FbNodePtr = std::shared_ptr<FbNode>;

struct FbField {
  int index = 0;
  int bytes = 4;           // 1, 2 or 4 for a scalar; ignored for a child
  std::int64_t value = 0;  // scalar
  FbNodePtr child;         // table, vector or string
};

struct FbNode {
  enum class Kind { kTable, kTables, kInts, kBytes, kString } kind = Kind::kTable;
  std::vector<FbField> fields;   // kTable
  std::vector<FbNodePtr> items;  // kTables
  std::vector<std::int32_t> ints;
  std::vector<std::uint8_t> bytes;  // kBytes and kString
};

FbNodePtr fb_table(std::vector<FbField> fields);
FbNodePtr fb_tables(std::vector<FbNodePtr> items);
FbNodePtr fb_ints(std::vector<std::int32_t> ints);
FbNodePtr fb_bytes(std::vector<std::uint8_t> bytes);
FbNodePtr fb_string(const std::string& s);
inline FbField fb_scalar(int index, std::int64_t value, int bytes = 4) {
  return {index, bytes, value, nullptr};
}
inline FbField fb_child(int index, FbNodePtr child) {
  return {index, 4, 0, std::move(child)};
}

// The file: root offset, "TFL3", then the root table.
std::vector<std::uint8_t> fb_finish(const FbNodePtr& root);

// A model computing LOGISTIC(input + 1) on [1,2,2,1], the 1 an FP16 constant behind a DEQUANTIZE.
// `second_op` replaces ADD's builtin code (9 makes FULLY_CONNECTED, unsupported); `output_shape`
// declares the output's shape; `bad_index` puts a tensor index out of range.
struct TinyModelOptions {
  int second_op = 0;
  std::vector<std::int32_t> output_shape = {1, 2, 2, 1};
  bool bad_index = false;
};
std::vector<std::uint8_t> tiny_model(const TinyModelOptions& options = {});

}  // namespace anju::vision::pose::test
