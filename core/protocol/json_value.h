#pragma once
// One JSON value as the SAX reader hands it to a decoder: scalars carry their value, objects and
// arrays only their type (a decoder that wants an object's members or an array's elements receives
// them separately).
// Text is a view into the parser's buffer: valid only during the call that receives it.
#include <cstdint>
#include <string>
#include <string_view>

namespace anju::protocol {

enum class JsonType { kNull, kBool, kInteger, kUnsigned, kFloat, kString, kObject, kArray };

struct JsonValue {
  JsonType type = JsonType::kNull;
  bool boolean = false;
  std::int64_t integer = 0;     // kInteger (negative numbers)
  std::uint64_t unsigned_ = 0;  // kUnsigned (non-negative integers)
  double number = 0;            // kFloat
  std::string_view text;        // kString
};

// A member of a nested object (or an element of a nested array: key empty), owned, because it
// outlives the parser event that produced it.
struct JsonMember {
  std::string key;
  JsonType type = JsonType::kNull;
  bool boolean = false;
  std::int64_t integer = 0;
  std::uint64_t unsigned_ = 0;
  double number = 0;
  std::string text;

  JsonValue value() const { return {type, boolean, integer, unsigned_, number, text}; }
};

}  // namespace anju::protocol
