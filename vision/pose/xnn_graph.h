#pragma once
// A TfliteModel as an XNNPACK subgraph and runtime (Debian's libxnnpack), on the calling thread:
// no thread pool, so one inference uses one core. Input and output buffers are owned here and
// bound once; run() copies the input in and invokes the runtime.
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "common/result.h"
#include "pose/tflite_model.h"

namespace anju::vision::pose {

class XnnGraph {
 public:
  // Errors: kInvalidValue (a tensor or op XNNPACK cannot take: shapes, types, activations),
  // kConfig (XNNPACK cannot initialise on this CPU).
  static Result<XnnGraph> build(TfliteModel model);

  XnnGraph(XnnGraph&&) noexcept;
  XnnGraph& operator=(XnnGraph&&) noexcept;
  ~XnnGraph();

  // The model's first input, written in place (NHWC floats), then run().
  std::span<float> input();
  std::size_t input_size() const;
  // Copies input_size() floats from `data`, then runs.
  Result<bool> run(const float* data);
  Result<bool> run();

  std::size_t output_count() const;
  std::span<const float> output(std::size_t index) const;
  // The output of that tensor name; empty when there is none.
  std::span<const float> output(const std::string& name) const;
  const std::string& output_name(std::size_t index) const;
  const std::vector<int>& output_shape(std::size_t index) const;

  struct State;  // the XNNPACK objects and buffers (xnn_graph.cpp)

 private:
  explicit XnnGraph(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace anju::vision::pose
