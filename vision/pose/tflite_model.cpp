#include "pose/tflite_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <optional>
#include <utility>

namespace anju::vision::pose {

// Not an anonymous namespace: ModelParser, a friend of TfliteModel, holds a Flatbuffer.
namespace tflite_detail {

// Field indices in TFLite's schema.fbs (tensorflow/lite/schema/schema.fbs), by table.
namespace model_field {
constexpr int kVersion = 0, kOperatorCodes = 1, kSubgraphs = 2, kBuffers = 4;
}
namespace opcode_field {
constexpr int kDeprecatedBuiltinCode = 0, kCustomCode = 1, kBuiltinCode = 3;
}
namespace subgraph_field {
constexpr int kTensors = 0, kInputs = 1, kOutputs = 2, kOperators = 3;
}
namespace tensor_field {
constexpr int kShape = 0, kType = 1, kBuffer = 2, kName = 3;
}
namespace buffer_field {
constexpr int kData = 0, kOffset = 1, kSize = 2;
}
namespace operator_field {
constexpr int kOpcodeIndex = 0, kInputs = 1, kOutputs = 2, kOptionsType = 3, kOptions = 4;
}
// BuiltinOptions union tags.
constexpr std::uint8_t kConv2DOptions = 1, kDepthwiseConv2DOptions = 2, kPool2DOptions = 5,
                       kAddOptions = 11, kResizeBilinearOptions = 15, kReshapeOptions = 17,
                       kPadOptions = 22;

constexpr std::size_t kMaxElements = std::size_t{1} << 30;  // per tensor
constexpr std::size_t kMaxFileBytes = std::size_t{1} << 30;

struct ParseError {
  ErrorCode code;
  std::string reason;
};

[[noreturn]] void fail(ErrorCode code, std::string reason) {
  throw ParseError{code, std::move(reason)};
}
[[noreturn]] void malformed(const std::string& reason) {
  fail(ErrorCode::kMalformed, reason);
}

struct Table {
  std::uint64_t pos = 0;     // start of the table (its soffset to the vtable)
  std::uint64_t vtable = 0;  // start of its vtable
  std::uint16_t vtable_bytes = 0;
  std::uint16_t table_bytes = 0;
};

struct Vector {
  std::uint64_t start = 0;  // first element
  std::uint32_t size = 0;
};

// Bounds-checked access to flatbuffer bytes. Every read says what it was reading when it fails.
class Flatbuffer {
 public:
  explicit Flatbuffer(std::span<const std::uint8_t> bytes) : b_(bytes) {}

  std::size_t size() const { return b_.size(); }

  template <class T>
  T read(std::uint64_t at, const std::string& what) const {
    if (at > b_.size() || b_.size() - at < sizeof(T))
      malformed(what + ": offset " + std::to_string(at) + " is outside the file (" +
                std::to_string(b_.size()) + " bytes)");
    T value;
    std::memcpy(&value, b_.data() + at, sizeof(T));
    return value;
  }

  // Follows the uoffset stored at `at` (always forward).
  std::uint64_t follow(std::uint64_t at, const std::string& what) const {
    const std::uint64_t target = at + read<std::uint32_t>(at, what);
    if (target >= b_.size()) malformed(what + ": reference points past the end of the file");
    return target;
  }

  Table table(std::uint64_t pos, const std::string& what) const {
    Table t;
    t.pos = pos;
    const auto back = static_cast<std::int64_t>(read<std::int32_t>(pos, what));
    const auto vt = static_cast<std::int64_t>(pos) - back;
    if (vt < 0 || static_cast<std::uint64_t>(vt) >= b_.size())
      malformed(what + ": vtable outside the file");
    t.vtable = static_cast<std::uint64_t>(vt);
    t.vtable_bytes = read<std::uint16_t>(t.vtable, what + " vtable");
    t.table_bytes = read<std::uint16_t>(t.vtable + 2, what + " vtable");
    if (t.vtable_bytes < 4 || t.vtable_bytes % 2 != 0 || t.vtable + t.vtable_bytes > b_.size())
      malformed(what + ": bad vtable size " + std::to_string(t.vtable_bytes));
    if (t.table_bytes < 4 || pos + t.table_bytes > b_.size())
      malformed(what + ": table of " + std::to_string(t.table_bytes) + " bytes overruns the file");
    return t;
  }

  // Absolute position of field `index` of the table, or nothing when absent.
  std::optional<std::uint64_t> field(const Table& t, int index, std::size_t field_bytes,
                                     const std::string& what) const {
    const std::uint64_t slot = 4 + 2 * static_cast<std::uint64_t>(index);
    if (slot + 2 > t.vtable_bytes) return std::nullopt;
    const std::uint16_t offset = read<std::uint16_t>(t.vtable + slot, what);
    if (offset == 0) return std::nullopt;
    if (offset + field_bytes > t.table_bytes) malformed(what + ": field lies outside its table");
    return t.pos + offset;
  }

  template <class T>
  T scalar(const Table& t, int index, T fallback, const std::string& what) const {
    const auto at = field(t, index, sizeof(T), what);
    return at ? read<T>(*at, what) : fallback;
  }

  std::optional<Table> subtable(const Table& t, int index, const std::string& what) const {
    const auto at = field(t, index, 4, what);
    if (!at) return std::nullopt;
    return table(follow(*at, what), what);
  }

  Vector vector(const Table& t, int index, std::size_t element_bytes,
                const std::string& what) const {
    const auto at = field(t, index, 4, what);
    if (!at) return {};
    const std::uint64_t v = follow(*at, what);
    Vector out;
    out.size = read<std::uint32_t>(v, what);
    out.start = v + 4;
    if (out.start + static_cast<std::uint64_t>(out.size) * element_bytes > b_.size())
      malformed(what + ": vector of " + std::to_string(out.size) + " elements overruns the file");
    return out;
  }

  Table table_at(const Vector& v, std::uint32_t k, const std::string& what) const {
    return table(follow(v.start + 4 * static_cast<std::uint64_t>(k), what), what);
  }

  std::vector<int> ints(const Table& t, int index, const std::string& what) const {
    const Vector v = vector(t, index, 4, what);
    std::vector<int> out(v.size);
    if (v.size > 0) std::memcpy(out.data(), b_.data() + v.start, 4 * std::size_t{v.size});
    return out;
  }

  std::string string(const Table& t, int index, const std::string& what) const {
    const Vector v = vector(t, index, 1, what);
    if (v.start != 0 && read<std::uint8_t>(v.start + v.size, what) != 0)
      malformed(what + ": string without its terminating zero");
    return {reinterpret_cast<const char*>(b_.data() + v.start), v.size};
  }

  std::span<const std::uint8_t> bytes(std::uint64_t start, std::uint64_t size,
                                      const std::string& what) const {
    if (start > b_.size() || b_.size() - start < size) malformed(what + ": data outside the file");
    return b_.subspan(start, size);
  }

 private:
  std::span<const std::uint8_t> b_;
};

float half_to_float(std::uint16_t h) {
  const int sign = (h >> 15) & 1;
  const int exponent = (h >> 10) & 0x1f;
  const int mantissa = h & 0x3ff;
  float value;
  if (exponent == 0) {
    value = std::ldexp(static_cast<float>(mantissa), -24);  // zero or subnormal
  } else if (exponent == 31) {
    value = mantissa == 0 ? INFINITY : NAN;
  } else {
    value = std::ldexp(static_cast<float>(mantissa + 1024), exponent - 25);
  }
  return sign ? -value : value;
}

std::size_t element_bytes(TensorType type) {
  switch (type) {
    case TensorType::kFloat32:
    case TensorType::kInt32:
      return 4;
    case TensorType::kFloat16:
      return 2;
    case TensorType::kUint8:
    case TensorType::kInt8:
      return 1;
    case TensorType::kInt64:
      return 8;
  }
  return 0;
}

std::string op_name(int code) {
  switch (code) {
    case 0:
      return "ADD";
    case 1:
      return "AVERAGE_POOL_2D";
    case 2:
      return "CONCATENATION";
    case 3:
      return "CONV_2D";
    case 4:
      return "DEPTHWISE_CONV_2D";
    case 6:
      return "DEQUANTIZE";
    case 9:
      return "FULLY_CONNECTED";
    case 14:
      return "LOGISTIC";
    case 17:
      return "MAX_POOL_2D";
    case 18:
      return "MUL";
    case 19:
      return "RELU";
    case 21:
      return "RELU6";
    case 22:
      return "RESHAPE";
    case 23:
      return "RESIZE_BILINEAR";
    case 25:
      return "SOFTMAX";
    case 32:
      return "CUSTOM";
    case 34:
      return "PAD";
    case 54:
      return "PRELU";
    case 67:
      return "TRANSPOSE_CONV";
    case 117:
      return "HARD_SWISH";
    default:
      return "builtin " + std::to_string(code);
  }
}

bool supported(int code) {
  switch (static_cast<OpCode>(code)) {
    case OpCode::kAdd:
    case OpCode::kConv2d:
    case OpCode::kDepthwiseConv2d:
    case OpCode::kDequantize:
    case OpCode::kLogistic:
    case OpCode::kMaxPool2d:
    case OpCode::kReshape:
    case OpCode::kResizeBilinear:
    case OpCode::kPad:
      return true;
  }
  return false;
}

Padding padding_of(std::int8_t value, const std::string& what) {
  if (value != 0 && value != 1)
    fail(ErrorCode::kInvalidValue, what + ": unknown padding " + std::to_string(value));
  return static_cast<Padding>(value);
}

Activation activation_of(std::int8_t value, const std::string& what) {
  if (value < 0 || value > 3)
    fail(ErrorCode::kInvalidValue,
         what + ": unsupported fused activation " + std::to_string(value));
  return static_cast<Activation>(value);
}

}  // namespace tflite_detail

using namespace tflite_detail;  // NOLINT(google-build-using-namespace): this file's helpers

const char* to_string(OpCode code) {
  switch (code) {
    case OpCode::kAdd:
      return "ADD";
    case OpCode::kConv2d:
      return "CONV_2D";
    case OpCode::kDepthwiseConv2d:
      return "DEPTHWISE_CONV_2D";
    case OpCode::kDequantize:
      return "DEQUANTIZE";
    case OpCode::kLogistic:
      return "LOGISTIC";
    case OpCode::kMaxPool2d:
      return "MAX_POOL_2D";
    case OpCode::kReshape:
      return "RESHAPE";
    case OpCode::kResizeBilinear:
      return "RESIZE_BILINEAR";
    case OpCode::kPad:
      return "PAD";
  }
  return "?";
}

std::size_t Tensor::element_count() const {
  std::size_t n = 1;
  for (const int d : shape) n *= static_cast<std::size_t>(std::max(d, 0));
  return n;
}

int TfliteModel::find_tensor(const std::string& name) const {
  for (std::size_t i = 0; i < tensors_.size(); ++i)
    if (tensors_[i].name == name) return static_cast<int>(i);
  return -1;
}

class ModelParser {
 public:
  explicit ModelParser(std::span<const std::uint8_t> bytes) : fb_(bytes) {}

  TfliteModel parse() {
    if (fb_.size() < 8) malformed("file of " + std::to_string(fb_.size()) + " bytes is too short");
    const auto id = fb_.bytes(4, 4, "file identifier");
    if (std::memcmp(id.data(), "TFL3", 4) != 0)
      malformed("no TFL3 file identifier: not a TFLite model");
    const Table model = fb_.table(fb_.follow(0, "root table"), "model");
    const auto version = fb_.scalar<std::uint32_t>(model, model_field::kVersion, 0, "version");
    if (version != 3)
      fail(ErrorCode::kUnsupportedVersion,
           "TFLite schema version " + std::to_string(version) + " (expected 3)");

    read_opcodes(model);
    const Vector buffers = fb_.vector(model, model_field::kBuffers, 4, "buffers");
    const Vector subgraphs = fb_.vector(model, model_field::kSubgraphs, 4, "subgraphs");
    if (subgraphs.size == 0) malformed("the model has no subgraph");
    const Table sg = fb_.table_at(subgraphs, 0, "subgraph 0");

    TfliteModel out;
    read_tensors(sg, buffers, out);
    out.inputs_ = tensor_list(sg, subgraph_field::kInputs, "subgraph inputs", out);
    out.outputs_ = tensor_list(sg, subgraph_field::kOutputs, "subgraph outputs", out);
    read_operators(sg, out);
    return out;
  }

 private:
  void read_opcodes(const Table& model) {
    const Vector codes = fb_.vector(model, model_field::kOperatorCodes, 4, "operator codes");
    for (std::uint32_t k = 0; k < codes.size; ++k) {
      const std::string what = "operator code " + std::to_string(k);
      const Table oc = fb_.table_at(codes, k, what);
      const int deprecated =
          fb_.scalar<std::int8_t>(oc, opcode_field::kDeprecatedBuiltinCode, 0, what);
      const int code = fb_.scalar<std::int32_t>(oc, opcode_field::kBuiltinCode, 0, what);
      opcodes_.push_back(std::max(deprecated, code));
      custom_.push_back(fb_.string(oc, opcode_field::kCustomCode, what + " custom code"));
    }
  }

  void read_tensors(const Table& sg, const Vector& buffers, TfliteModel& out) {
    const Vector tensors = fb_.vector(sg, subgraph_field::kTensors, 4, "tensors");
    out.tensors_.reserve(tensors.size);
    for (std::uint32_t k = 0; k < tensors.size; ++k) {
      const std::string what = "tensor " + std::to_string(k);
      const Table tt = fb_.table_at(tensors, k, what);
      Tensor t;
      t.name = fb_.string(tt, tensor_field::kName, what + " name");
      t.shape = fb_.ints(tt, tensor_field::kShape, what + " shape");
      std::size_t n = 1;
      for (const int d : t.shape) {
        if (d < 0) fail(ErrorCode::kInvalidValue, what + " '" + t.name + "': dynamic dimension");
        n *= static_cast<std::size_t>(d);
        if (n > kMaxElements) malformed(what + " '" + t.name + "': shape too large");
      }
      const auto type = fb_.scalar<std::int8_t>(tt, tensor_field::kType, 0, what);
      t.type = static_cast<TensorType>(type);
      const std::size_t bytes_each = element_bytes(t.type);
      if (bytes_each == 0)
        fail(ErrorCode::kInvalidValue, what + ": unsupported tensor type " + std::to_string(type));

      const auto buffer = fb_.scalar<std::uint32_t>(tt, tensor_field::kBuffer, 0, what);
      if (buffer >= buffers.size && !(buffer == 0 && buffers.size == 0))
        malformed(what + ": buffer " + std::to_string(buffer) + " of " +
                  std::to_string(buffers.size));
      const auto data = buffers.size ? buffer_data(buffers, buffer) : std::span<const uint8_t>{};
      if (!data.empty()) {
        if (data.size() != n * bytes_each)
          malformed(what + " '" + t.name + "': " + std::to_string(data.size()) +
                    " bytes of data for " + std::to_string(n) + " elements");
        t.is_constant = true;
        if (t.type == TensorType::kFloat32) {
          t.f32.resize(n);
          std::memcpy(t.f32.data(), data.data(), data.size());
        } else if (t.type == TensorType::kFloat16) {
          t.f32.resize(n);
          for (std::size_t i = 0; i < n; ++i) {
            std::uint16_t h;
            std::memcpy(&h, data.data() + 2 * i, 2);
            t.f32[i] = half_to_float(h);
          }
        } else if (t.type == TensorType::kInt32) {
          t.i32.resize(n);
          std::memcpy(t.i32.data(), data.data(), data.size());
        }
      }
      out.tensors_.push_back(std::move(t));
    }
  }

  std::span<const std::uint8_t> buffer_data(const Vector& buffers, std::uint32_t index) {
    const std::string what = "buffer " + std::to_string(index);
    const Table b = fb_.table_at(buffers, index, what);
    // Models over 2 GB keep data outside the flatbuffer: offset and size from the file start.
    const auto offset = fb_.scalar<std::uint64_t>(b, buffer_field::kOffset, 0, what);
    if (offset > 1) {
      const auto size = fb_.scalar<std::uint64_t>(b, buffer_field::kSize, 0, what);
      return fb_.bytes(offset, size, what);
    }
    const Vector v = fb_.vector(b, buffer_field::kData, 1, what + " data");
    return fb_.bytes(v.start, v.size, what);
  }

  std::vector<int> tensor_list(const Table& t, int index, const std::string& what,
                               const TfliteModel& out, bool optional_allowed = false) {
    std::vector<int> list = fb_.ints(t, index, what);
    for (const int i : list) {
      if (optional_allowed && i == -1) continue;
      if (i < 0 || static_cast<std::size_t>(i) >= out.tensors_.size())
        malformed(what + ": tensor index " + std::to_string(i) + " out of range (" +
                  std::to_string(out.tensors_.size()) + " tensors)");
    }
    return list;
  }

  void read_operators(const Table& sg, TfliteModel& out) {
    const Vector ops = fb_.vector(sg, subgraph_field::kOperators, 4, "operators");
    for (std::uint32_t k = 0; k < ops.size; ++k) {
      const std::string what = "operator " + std::to_string(k);
      const Table ot = fb_.table_at(ops, k, what);
      const auto index = fb_.scalar<std::uint32_t>(ot, operator_field::kOpcodeIndex, 0, what);
      if (index >= opcodes_.size())
        malformed(what + ": opcode index " + std::to_string(index) + " of " +
                  std::to_string(opcodes_.size()));
      const int code = opcodes_[index];
      if (!supported(code)) {
        std::string name = op_name(code);
        if (!custom_[index].empty()) name += " '" + custom_[index] + "'";
        fail(ErrorCode::kInvalidValue, what + ": unsupported op " + name);
      }
      Operator op;
      op.code = static_cast<OpCode>(code);
      const std::string named = what + " (" + to_string(op.code) + ")";
      op.inputs = tensor_list(ot, operator_field::kInputs, named + " inputs", out, true);
      op.outputs = tensor_list(ot, operator_field::kOutputs, named + " outputs", out);
      check_arity(op, named);
      read_options(ot, op, named);
      if (op.code == OpCode::kDequantize) {
        fold_dequantize(op, named, out);
        continue;
      }
      out.operators_.push_back(std::move(op));
    }
  }

  static void check_arity(const Operator& op, const std::string& what) {
    std::size_t required = 1, most = 1;
    switch (op.code) {
      case OpCode::kConv2d:
      case OpCode::kDepthwiseConv2d:
        required = 2, most = 3;
        break;
      case OpCode::kAdd:
      case OpCode::kPad:
        required = 2, most = 2;
        break;
      case OpCode::kResizeBilinear:
      case OpCode::kReshape:
        required = 1, most = 2;
        break;
      default:
        break;
    }
    if (op.inputs.size() < required || op.inputs.size() > most)
      malformed(what + ": " + std::to_string(op.inputs.size()) + " inputs");
    for (std::size_t i = 0; i < required; ++i)
      if (op.inputs[i] < 0) malformed(what + ": required input " + std::to_string(i) + " omitted");
    if (op.outputs.size() != 1)
      malformed(what + ": " + std::to_string(op.outputs.size()) + " outputs (expected 1)");
  }

  void read_options(const Table& ot, Operator& op, const std::string& what) {
    std::uint8_t expected = 0;
    switch (op.code) {
      case OpCode::kConv2d:
        expected = kConv2DOptions;
        break;
      case OpCode::kDepthwiseConv2d:
        expected = kDepthwiseConv2DOptions;
        break;
      case OpCode::kMaxPool2d:
        expected = kPool2DOptions;
        break;
      case OpCode::kAdd:
        expected = kAddOptions;
        break;
      case OpCode::kResizeBilinear:
        expected = kResizeBilinearOptions;
        break;
      case OpCode::kReshape:
        expected = kReshapeOptions;
        break;
      case OpCode::kPad:
        expected = kPadOptions;
        break;
      default:
        break;
    }
    const auto type = fb_.scalar<std::uint8_t>(ot, operator_field::kOptionsType, 0, what);
    const auto table = fb_.subtable(ot, operator_field::kOptions, what + " options");
    OpOptions& o = op.options;
    const bool needs_options = op.code == OpCode::kConv2d || op.code == OpCode::kDepthwiseConv2d ||
                               op.code == OpCode::kMaxPool2d;
    if (!table || type == 0) {
      if (needs_options) malformed(what + ": options missing");
      return;
    }
    if (type != expected)
      malformed(what + ": options of type " + std::to_string(type) + " (expected " +
                std::to_string(expected) + ")");
    const Table& t = *table;
    const std::string w = what + " options";
    auto i32 = [&](int i, int fallback) { return fb_.scalar<std::int32_t>(t, i, fallback, w); };
    auto i8 = [&](int i) { return fb_.scalar<std::int8_t>(t, i, 0, w); };
    switch (op.code) {
      case OpCode::kConv2d:  // padding, stride_w, stride_h, activation, dilation_w, dilation_h
        o.padding = padding_of(i8(0), w);
        o.stride_w = i32(1, 0), o.stride_h = i32(2, 0);
        o.activation = activation_of(i8(3), w);
        o.dilation_w = i32(4, 1), o.dilation_h = i32(5, 1);
        break;
      case OpCode::kDepthwiseConv2d:  // padding, strides, multiplier, activation, dilations
        o.padding = padding_of(i8(0), w);
        o.stride_w = i32(1, 0), o.stride_h = i32(2, 0);
        o.depth_multiplier = i32(3, 0);
        o.activation = activation_of(i8(4), w);
        o.dilation_w = i32(5, 1), o.dilation_h = i32(6, 1);
        if (o.depth_multiplier < 1) fail(ErrorCode::kInvalidValue, w + ": depth multiplier < 1");
        break;
      case OpCode::kMaxPool2d:  // padding, strides, filter width, height, activation
        o.padding = padding_of(i8(0), w);
        o.stride_w = i32(1, 0), o.stride_h = i32(2, 0);
        o.filter_w = i32(3, 0), o.filter_h = i32(4, 0);
        o.activation = activation_of(i8(5), w);
        if (o.filter_w < 1 || o.filter_h < 1)
          fail(ErrorCode::kInvalidValue, w + ": pool size below 1");
        break;
      case OpCode::kAdd:
        o.activation = activation_of(i8(0), w);
        break;
      case OpCode::kResizeBilinear:  // new_height, new_width (deprecated), align, half pixel
        o.align_corners = fb_.scalar<std::uint8_t>(t, 2, 0, w) != 0;
        o.half_pixel_centers = fb_.scalar<std::uint8_t>(t, 3, 0, w) != 0;
        break;
      case OpCode::kReshape:
        o.new_shape = fb_.ints(t, 0, w + " new shape");
        break;
      default:
        break;
    }
    if (o.stride_w < 1 || o.stride_h < 1 || o.dilation_w < 1 || o.dilation_h < 1)
      fail(ErrorCode::kInvalidValue, w + ": stride or dilation below 1");
  }

  static void fold_dequantize(const Operator& op, const std::string& what, TfliteModel& out) {
    const Tensor& in = out.tensors_[static_cast<std::size_t>(op.inputs[0])];
    Tensor& result = out.tensors_[static_cast<std::size_t>(op.outputs[0])];
    if (!in.is_constant || in.type != TensorType::kFloat16)
      fail(ErrorCode::kInvalidValue,
           what + ": only DEQUANTIZE of constant FP16 weights is supported ('" + in.name + "')");
    if (in.element_count() != result.element_count() || result.type != TensorType::kFloat32)
      malformed(what + ": output '" + result.name + "' does not match its FP16 input");
    result.f32 = in.f32;
    result.is_constant = true;
  }

  Flatbuffer fb_;
  std::vector<int> opcodes_;
  std::vector<std::string> custom_;
};

Result<TfliteModel> TfliteModel::parse(std::span<const std::uint8_t> bytes) {
  try {
    return ModelParser(bytes).parse();
  } catch (const ParseError& e) {
    return Error{e.code, "TFLite model: " + e.reason};
  } catch (const std::bad_alloc&) {
    return Error{ErrorCode::kTooLarge, "TFLite model: out of memory while reading"};
  }
}

Result<TfliteModel> TfliteModel::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Error{ErrorCode::kIo, "cannot open " + path};
  const std::streamoff size = in.tellg();
  if (size < 0) return Error{ErrorCode::kIo, "cannot read " + path};
  if (static_cast<std::size_t>(size) > kMaxFileBytes)
    return Error{ErrorCode::kTooLarge, path + ": over 1 GB"};
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
  in.seekg(0);
  if (!in.read(reinterpret_cast<char*>(bytes.data()), size))
    return Error{ErrorCode::kIo, "cannot read " + path};
  auto model = parse(bytes);
  if (!model) return Error{model.error().code, path + ": " + model.error().reason};
  return model;
}

}  // namespace anju::vision::pose
