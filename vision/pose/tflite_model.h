#pragma once
// A reader of the TFLite flatbuffer format, for the ops MediaPipe's pose landmark models use. The
// flatbuffer tables are read by hand (vtable lookups, field indices from TFLite's schema.fbs),
// every offset bounds-checked: a truncated, random or hostile file is an Error naming the problem,
// never a crash. Constant FP16 weights behind a DEQUANTIZE are converted to FP32 here and the
// DEQUANTIZE dropped, so the operator list holds compute ops only.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "common/result.h"

namespace anju::vision::pose {

enum class TensorType : std::int8_t {  // schema.fbs TensorType values
  kFloat32 = 0,
  kFloat16 = 1,
  kInt32 = 2,
  kUint8 = 3,
  kInt64 = 4,
  kInt8 = 9,
};

struct Tensor {
  std::string name;
  std::vector<int> shape;
  TensorType type = TensorType::kFloat32;
  std::vector<float> f32;    // constant data of a float tensor (FP16 constants converted)
  std::vector<int> i32;      // constant data of an int32 tensor (pad amounts, shapes)
  bool is_constant = false;  // has data in the file (or is the output of a folded DEQUANTIZE)

  std::size_t element_count() const;
};

enum class OpCode : std::int32_t {  // schema.fbs BuiltinOperator values
  kAdd = 0,
  kConv2d = 3,
  kDepthwiseConv2d = 4,
  kDequantize = 6,
  kLogistic = 14,
  kMaxPool2d = 17,
  kReshape = 22,
  kResizeBilinear = 23,
  kPad = 34,
};
const char* to_string(OpCode code);

enum class Padding : std::int8_t { kSame = 0, kValid = 1 };
enum class Activation : std::int8_t { kNone = 0, kRelu = 1, kReluN1To1 = 2, kRelu6 = 3 };

// The options of every supported op in one struct; each op reads its own.
struct OpOptions {
  Padding padding = Padding::kSame;
  int stride_w = 1, stride_h = 1;
  int dilation_w = 1, dilation_h = 1;
  Activation activation = Activation::kNone;
  int depth_multiplier = 1;
  int filter_w = 1, filter_h = 1;                          // MAX_POOL_2D
  bool align_corners = false, half_pixel_centers = false;  // RESIZE_BILINEAR
  std::vector<int> new_shape;                              // RESHAPE (may be empty: use output)
};

struct Operator {
  OpCode code = OpCode::kAdd;
  std::vector<int> inputs;  // tensor indices; -1 for an omitted optional input (a bias)
  std::vector<int> outputs;
  OpOptions options;
};

class TfliteModel {
 public:
  // Parses the first subgraph of a TFLite model. Errors: kMalformed (not a flatbuffer, offsets out
  // of the file, inconsistent sizes), kInvalidValue (an op, type or option this reader does not
  // support), kIo (the file cannot be read).
  static Result<TfliteModel> parse(std::span<const std::uint8_t> bytes);
  static Result<TfliteModel> load(const std::string& path);

  const std::vector<Tensor>& tensors() const { return tensors_; }
  const std::vector<Operator>& operators() const { return operators_; }
  const std::vector<int>& inputs() const { return inputs_; }
  const std::vector<int>& outputs() const { return outputs_; }
  // Index of the tensor of that name, or -1.
  int find_tensor(const std::string& name) const;

 private:
  friend class ModelParser;
  std::vector<Tensor> tensors_;
  std::vector<Operator> operators_;
  std::vector<int> inputs_;
  std::vector<int> outputs_;
};

}  // namespace anju::vision::pose
