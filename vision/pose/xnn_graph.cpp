#include "pose/xnn_graph.h"

#include <xnnpack.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <map>

namespace anju::vision::pose {

namespace {

constexpr std::size_t kPadFloats = XNN_EXTRA_BYTES / sizeof(float) + 1;  // XNNPACK over-reads

struct BuildError {
  ErrorCode code;
  std::string reason;
};

[[noreturn]] void invalid(const std::string& reason) {
  throw BuildError{ErrorCode::kInvalidValue, reason};
}

void check(xnn_status status, const std::string& what) {
  if (status != xnn_status_success)
    invalid(what + ": XNNPACK refused it (status " + std::to_string(static_cast<int>(status)) +
            ")");
}

std::string shape_text(const std::vector<int>& shape) {
  std::string s = "[";
  for (std::size_t i = 0; i < shape.size(); ++i) s += (i ? "," : "") + std::to_string(shape[i]);
  return s + "]";
}

// Output size of a window op per TensorFlow: SAME pads to ceil(in / stride), VALID does not pad.
int window_out(int in, int kernel, int stride, int dilation, Padding padding) {
  if (padding == Padding::kSame) return (in + stride - 1) / stride;
  const int effective = (kernel - 1) * dilation + 1;
  return in < effective ? 0 : (in - effective) / stride + 1;
}

}  // namespace

struct XnnGraph::State {
  TfliteModel model;
  xnn_subgraph_t subgraph = nullptr;
  xnn_runtime_t runtime = nullptr;
  std::vector<std::vector<float>> constants;  // padded copies of the static data XNNPACK holds
  std::vector<float> input;
  std::size_t input_size = 0;
  std::vector<std::vector<float>> outputs;
  std::vector<std::string> output_names;
  std::vector<std::vector<int>> output_shapes;

  ~State() {
    if (runtime) xnn_delete_runtime(runtime);
    if (subgraph) xnn_delete_subgraph(subgraph);
  }
};

namespace {

class Builder {
 public:
  Builder(XnnGraph::State& s) : s_(s), tensors_(s.model.tensors()) {}

  void build() {
    const auto& in = s_.model.inputs();
    const auto& out = s_.model.outputs();
    if (in.size() != 1) invalid("the model has " + std::to_string(in.size()) + " inputs, not 1");
    if (out.empty()) invalid("the model has no output");
    external_count_ = static_cast<std::uint32_t>(in.size() + out.size());
    check(xnn_create_subgraph(external_count_, 0, &s_.subgraph), "subgraph");
    std::uint32_t next_external = 0;
    for (const int t : in) {
      external_[t] = next_external++;
      produced_.push_back(t);
    }
    for (const int t : out) {
      if (external_.count(t)) invalid("tensor " + std::to_string(t) + " is input and output");
      external_[t] = next_external++;
    }
    for (std::size_t k = 0; k < s_.model.operators().size(); ++k)
      define(s_.model.operators()[k], "operator " + std::to_string(k));
    for (const int t : out)
      if (!is_produced(t)) invalid("output '" + tensors_[t].name + "' is produced by no operator");
  }

 private:
  const Tensor& tensor(int index) const { return tensors_[static_cast<std::size_t>(index)]; }
  bool is_produced(int t) const {
    return std::find(produced_.begin(), produced_.end(), t) != produced_.end();
  }

  // The XNNPACK value of a tensor an op reads: a constant or something already computed.
  std::uint32_t value(int t, const std::string& what) {
    if (const auto it = ids_.find(t); it != ids_.end()) return it->second;
    const Tensor& tn = tensor(t);
    if (tn.type != TensorType::kFloat32 && tn.type != TensorType::kFloat16)
      invalid(what + ": tensor '" + tn.name + "' is not float");
    if (tn.is_constant) {
      auto& data = s_.constants.emplace_back(tn.f32);
      data.resize(tn.f32.size() + kPadFloats, 0.f);
      return define_value(t, data.data());
    }
    if (!is_produced(t)) invalid(what + ": tensor '" + tn.name + "' is read before it is written");
    return define_value(t, nullptr);
  }

  // The value an op writes: written once, never a constant or the model input.
  std::uint32_t result(int t, const std::string& what) {
    const Tensor& tn = tensor(t);
    if (tn.is_constant || is_produced(t) || ids_.count(t))
      invalid(what + ": tensor '" + tn.name + "' is written twice or is a constant");
    if (tn.type != TensorType::kFloat32) invalid(what + ": output '" + tn.name + "' is not float");
    produced_.push_back(t);
    return define_value(t, nullptr);
  }

  std::uint32_t define_value(int t, const void* data) {
    const Tensor& tn = tensor(t);
    if (tn.shape.size() > XNN_MAX_TENSOR_DIMS)
      invalid("tensor '" + tn.name + "' has rank " + std::to_string(tn.shape.size()));
    for (const int d : tn.shape)
      if (d < 1) invalid("tensor '" + tn.name + "' has an empty dimension");
    std::vector<std::size_t> dims(tn.shape.begin(), tn.shape.end());
    std::uint32_t external = XNN_INVALID_VALUE_ID, flags = 0;
    if (const auto it = external_.find(t); it != external_.end()) {
      external = it->second;
      const bool is_input = std::find(s_.model.inputs().begin(), s_.model.inputs().end(), t) !=
                            s_.model.inputs().end();
      flags = is_input ? XNN_VALUE_FLAG_EXTERNAL_INPUT : XNN_VALUE_FLAG_EXTERNAL_OUTPUT;
    }
    std::uint32_t id = XNN_INVALID_VALUE_ID;
    check(xnn_define_tensor_value(s_.subgraph, xnn_datatype_fp32, dims.size(), dims.data(), data,
                                  external, flags, &id),
          "tensor '" + tn.name + "'");
    ids_[t] = id;
    return id;
  }

  void expect_shape(int t, const std::vector<int>& expected, const std::string& what) {
    if (tensor(t).shape != expected)
      invalid(what + ": output '" + tensor(t).name + "' has shape " + shape_text(tensor(t).shape) +
              ", the op makes " + shape_text(expected));
  }

  const std::vector<int>& rank4(int t, const std::string& what) {
    if (tensor(t).shape.size() != 4)
      invalid(what + ": '" + tensor(t).name + "' is not NHWC " + shape_text(tensor(t).shape));
    return tensor(t).shape;
  }

  static void range(Activation a, float& lo, float& hi) {
    lo = -std::numeric_limits<float>::infinity();
    hi = std::numeric_limits<float>::infinity();
    if (a == Activation::kRelu) lo = 0.f;
    if (a == Activation::kRelu6) lo = 0.f, hi = 6.f;
    if (a == Activation::kReluN1To1) lo = -1.f, hi = 1.f;
  }

  void define(const Operator& op, const std::string& index) {
    const std::string what = index + " (" + to_string(op.code) + ")";
    const OpOptions& o = op.options;
    const int x = op.inputs[0];
    const int y = op.outputs[0];
    float lo, hi;
    range(o.activation, lo, hi);
    const std::uint32_t same = o.padding == Padding::kSame ? XNN_FLAG_TENSORFLOW_SAME_PADDING : 0;
    switch (op.code) {
      case OpCode::kConv2d:
      case OpCode::kDepthwiseConv2d: {
        const bool depthwise = op.code == OpCode::kDepthwiseConv2d;
        const auto& in = rank4(x, what);
        const auto& w = rank4(op.inputs[1], what);  // OHWI, or 1HW(C*m) when depthwise
        if (!tensor(op.inputs[1]).is_constant) invalid(what + ": weights are not constant");
        const int out_channels = depthwise ? in[3] * o.depth_multiplier : w[0];
        if (depthwise ? (w[0] != 1 || w[3] != out_channels) : w[3] != in[3])
          invalid(what + ": weights " + shape_text(w) + " do not fit input " + shape_text(in));
        const bool has_bias = op.inputs.size() > 2 && op.inputs[2] >= 0;
        if (has_bias &&
            (!tensor(op.inputs[2]).is_constant ||
             tensor(op.inputs[2]).element_count() != static_cast<std::size_t>(out_channels)))
          invalid(what + ": bias is not a constant of " + std::to_string(out_channels));
        expect_shape(y,
                     {in[0], window_out(in[1], w[1], o.stride_h, o.dilation_h, o.padding),
                      window_out(in[2], w[2], o.stride_w, o.dilation_w, o.padding), out_channels},
                     what);
        const auto xi = value(x, what), wi = value(op.inputs[1], what);
        const auto bi = has_bias ? value(op.inputs[2], what) : XNN_INVALID_VALUE_ID;
        const auto yi = result(y, what);
        const auto u = [](int v) { return static_cast<std::uint32_t>(v); };
        if (depthwise)
          check(xnn_define_depthwise_convolution_2d(
                    s_.subgraph, 0, 0, 0, 0, u(w[1]), u(w[2]), u(o.stride_h), u(o.stride_w),
                    u(o.dilation_h), u(o.dilation_w), u(o.depth_multiplier),
                    static_cast<std::size_t>(in[3]), lo, hi, xi, wi, bi, yi, same),
                what);
        else
          check(xnn_define_convolution_2d(
                    s_.subgraph, 0, 0, 0, 0, u(w[1]), u(w[2]), u(o.stride_h), u(o.stride_w),
                    u(o.dilation_h), u(o.dilation_w), 1, static_cast<std::size_t>(w[3]),
                    static_cast<std::size_t>(w[0]), lo, hi, xi, wi, bi, yi, same),
                what);
        break;
      }
      case OpCode::kMaxPool2d: {
        const auto& in = rank4(x, what);
        expect_shape(y,
                     {in[0], window_out(in[1], o.filter_h, o.stride_h, 1, o.padding),
                      window_out(in[2], o.filter_w, o.stride_w, 1, o.padding), in[3]},
                     what);
        const auto xi = value(x, what), yi = result(y, what);
        const auto u = [](int v) { return static_cast<std::uint32_t>(v); };
        check(xnn_define_max_pooling_2d(s_.subgraph, 0, 0, 0, 0, u(o.filter_h), u(o.filter_w),
                                        u(o.stride_h), u(o.stride_w), 1, 1, lo, hi, xi, yi, same),
              what);
        break;
      }
      case OpCode::kAdd: {
        const auto& a = tensor(x).shape;
        const auto& b = tensor(op.inputs[1]).shape;
        std::vector<int> out(std::max(a.size(), b.size()));  // numpy broadcasting
        for (std::size_t i = 0; i < out.size(); ++i) {
          const int da = i < out.size() - a.size() ? 1 : a[i - (out.size() - a.size())];
          const int db = i < out.size() - b.size() ? 1 : b[i - (out.size() - b.size())];
          if (da != db && da != 1 && db != 1)
            invalid(what + ": shapes " + shape_text(a) + " and " + shape_text(b) + " differ");
          out[i] = std::max(da, db);
        }
        expect_shape(y, out, what);
        const auto ai = value(x, what), bi = value(op.inputs[1], what), yi = result(y, what);
        check(xnn_define_add2(s_.subgraph, lo, hi, ai, bi, yi, 0), what);
        break;
      }
      case OpCode::kPad: {
        const auto& in = tensor(x).shape;
        const Tensor& pads = tensor(op.inputs[1]);
        if (!pads.is_constant || pads.type != TensorType::kInt32 ||
            pads.i32.size() != 2 * in.size())
          invalid(what + ": paddings are not a constant int32 [" + std::to_string(in.size()) +
                  ",2]");
        std::vector<std::size_t> pre(in.size()), post(in.size());
        std::vector<int> out(in.size());
        for (std::size_t i = 0; i < in.size(); ++i) {
          const int p = pads.i32[2 * i], q = pads.i32[2 * i + 1];
          if (p < 0 || q < 0 || p > 1 << 16 || q > 1 << 16) invalid(what + ": bad padding");
          pre[i] = static_cast<std::size_t>(p), post[i] = static_cast<std::size_t>(q);
          out[i] = in[i] + p + q;
        }
        expect_shape(y, out, what);
        const auto xi = value(x, what), yi = result(y, what);
        check(xnn_define_static_constant_pad(s_.subgraph, pre.data(), post.data(), 0.f, xi, yi, 0),
              what);
        break;
      }
      case OpCode::kResizeBilinear: {
        const auto& in = rank4(x, what);
        const auto& out = rank4(y, what);
        if (out[0] != in[0] || out[3] != in[3])
          expect_shape(y, {in[0], out[1], out[2], in[3]}, what);
        if (op.inputs.size() > 1 && op.inputs[1] >= 0) {
          const Tensor& size = tensor(op.inputs[1]);
          if (size.is_constant && size.i32 != std::vector<int>{out[1], out[2]})
            invalid(what + ": size input does not match output '" + tensor(y).name + "'");
        }
        // TensorFlow's three conventions; XNNPACK's default is half-pixel centres.
        const std::uint32_t flags = o.align_corners        ? XNN_FLAG_ALIGN_CORNERS
                                    : o.half_pixel_centers ? 0
                                                           : XNN_FLAG_TENSORFLOW_LEGACY_MODE;
        const auto xi = value(x, what), yi = result(y, what);
        check(xnn_define_static_resize_bilinear_2d(s_.subgraph, static_cast<std::size_t>(out[1]),
                                                   static_cast<std::size_t>(out[2]), xi, yi, flags),
              what);
        break;
      }
      case OpCode::kReshape: {
        if (tensor(x).element_count() != tensor(y).element_count())
          invalid(what + ": " + shape_text(tensor(x).shape) + " cannot become " +
                  shape_text(tensor(y).shape));
        std::vector<std::size_t> dims(tensor(y).shape.begin(), tensor(y).shape.end());
        const auto xi = value(x, what), yi = result(y, what);
        check(xnn_define_static_reshape(s_.subgraph, dims.size(), dims.data(), xi, yi, 0), what);
        break;
      }
      case OpCode::kLogistic: {
        expect_shape(y, tensor(x).shape, what);
        const auto xi = value(x, what), yi = result(y, what);
        check(xnn_define_sigmoid(s_.subgraph, xi, yi, 0), what);
        break;
      }
      case OpCode::kDequantize:
        invalid(what + ": left after folding");
    }
  }

  XnnGraph::State& s_;
  const std::vector<Tensor>& tensors_;
  std::uint32_t external_count_ = 0;
  std::map<int, std::uint32_t> external_;  // model tensor -> external value id
  std::map<int, std::uint32_t> ids_;       // model tensor -> XNNPACK value id
  std::vector<int> produced_;
};

}  // namespace

Result<XnnGraph> XnnGraph::build(TfliteModel model) {
  if (xnn_initialize(nullptr) != xnn_status_success)
    return Error{ErrorCode::kConfig, "XNNPACK does not initialise on this CPU"};
  auto state = std::make_unique<State>();
  state->model = std::move(model);
  try {
    Builder(*state).build();
  } catch (const BuildError& e) {
    return Error{e.code, "XNNPACK graph: " + e.reason};
  }
  State& s = *state;
  // One thread: a null thread pool runs every operator on the caller's thread.
  const xnn_status created = xnn_create_runtime_v2(s.subgraph, nullptr, 0, &s.runtime);
  if (created != xnn_status_success)
    return Error{ErrorCode::kInvalidValue, "XNNPACK graph: runtime not created (status " +
                                               std::to_string(static_cast<int>(created)) + ")"};
  xnn_delete_subgraph(s.subgraph);
  s.subgraph = nullptr;

  std::vector<xnn_external_value> bindings;
  const Tensor& in = s.model.tensors()[static_cast<std::size_t>(s.model.inputs()[0])];
  s.input_size = in.element_count();
  s.input.assign(s.input_size + kPadFloats, 0.f);
  bindings.push_back({0, s.input.data()});
  std::uint32_t id = 1;
  for (const int t : s.model.outputs()) {
    const Tensor& out = s.model.tensors()[static_cast<std::size_t>(t)];
    s.outputs.emplace_back(out.element_count() + kPadFloats, 0.f);
    s.output_names.push_back(out.name);
    s.output_shapes.push_back(out.shape);
    bindings.push_back({id++, s.outputs.back().data()});
  }
  const xnn_status setup = xnn_setup_runtime(s.runtime, bindings.size(), bindings.data());
  if (setup != xnn_status_success)
    return Error{ErrorCode::kInvalidValue, "XNNPACK graph: runtime setup failed (status " +
                                               std::to_string(static_cast<int>(setup)) + ")"};
  return XnnGraph(std::move(state));
}

XnnGraph::XnnGraph(std::unique_ptr<State> state) : state_(std::move(state)) {}
XnnGraph::XnnGraph(XnnGraph&&) noexcept = default;
XnnGraph& XnnGraph::operator=(XnnGraph&&) noexcept = default;
XnnGraph::~XnnGraph() = default;

std::span<float> XnnGraph::input() {
  return {state_->input.data(), state_->input_size};
}
std::size_t XnnGraph::input_size() const {
  return state_->input_size;
}

Result<bool> XnnGraph::run(const float* data) {
  std::memcpy(state_->input.data(), data, state_->input_size * sizeof(float));
  return run();
}

Result<bool> XnnGraph::run() {
  const xnn_status status = xnn_invoke_runtime(state_->runtime);
  if (status != xnn_status_success)
    return Error{ErrorCode::kInvalidValue, "XNNPACK inference failed (status " +
                                               std::to_string(static_cast<int>(status)) + ")"};
  return true;
}

std::size_t XnnGraph::output_count() const {
  return state_->outputs.size();
}

std::span<const float> XnnGraph::output(std::size_t index) const {
  if (index >= state_->outputs.size()) return {};
  return {state_->outputs[index].data(), state_->outputs[index].size() - kPadFloats};
}

std::span<const float> XnnGraph::output(const std::string& name) const {
  for (std::size_t i = 0; i < state_->output_names.size(); ++i)
    if (state_->output_names[i] == name) return output(i);
  return {};
}

const std::string& XnnGraph::output_name(std::size_t index) const {
  return state_->output_names.at(index);
}

const std::vector<int>& XnnGraph::output_shape(std::size_t index) const {
  return state_->output_shapes.at(index);
}

}  // namespace anju::vision::pose
