// The TFLite reader and the XNNPACK graph on hand-made models (tiny_tflite.h), and the reader on
// hostile input: truncated files, random bytes, mutated models, unsupported ops. Every failure
// must be an Error naming the problem, never a crash.
#include "pose/tflite_model.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

#include "pose/xnn_graph.h"
#include "tiny_tflite.h"

namespace anju::vision::pose {
namespace {

using test::tiny_model;
using test::TinyModelOptions;

std::vector<std::uint8_t> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

TEST(TfliteModel, ReadsATinyModelAndFoldsItsFp16Constant) {
  const auto model = TfliteModel::parse(tiny_model());
  ASSERT_TRUE(model.ok()) << model.error().reason;
  ASSERT_EQ(model->tensors().size(), 5u);
  EXPECT_EQ(model->tensors()[0].name, "input");
  EXPECT_EQ(model->tensors()[0].shape, (std::vector<int>{1, 2, 2, 1}));
  EXPECT_EQ(model->inputs(), std::vector<int>{0});
  EXPECT_EQ(model->outputs(), std::vector<int>{1});
  // DEQUANTIZE is folded away: its output is an FP32 constant.
  ASSERT_EQ(model->operators().size(), 2u);
  EXPECT_EQ(model->operators()[0].code, OpCode::kAdd);
  EXPECT_EQ(model->operators()[1].code, OpCode::kLogistic);
  const Tensor& one = model->tensors()[3];
  EXPECT_TRUE(one.is_constant);
  ASSERT_EQ(one.f32.size(), 1u);
  EXPECT_EQ(one.f32[0], 1.0f);
  EXPECT_EQ(model->find_tensor("sum"), 4);
  EXPECT_EQ(model->find_tensor("nothing"), -1);
}

TEST(XnnGraph, RunsATinyModel) {
  auto model = TfliteModel::parse(tiny_model());
  ASSERT_TRUE(model.ok()) << model.error().reason;
  auto graph = XnnGraph::build(std::move(model).value());
  ASSERT_TRUE(graph.ok()) << graph.error().reason;
  ASSERT_EQ(graph->output_count(), 1u);
  EXPECT_EQ(graph->output_name(0), "output");
  const float input[4] = {-1.f, 0.f, 1.f, 2.f};
  auto& g = graph.value();
  ASSERT_TRUE(g.run(input).ok());
  const auto out = g.output("output");
  ASSERT_EQ(out.size(), 4u);
  for (int i = 0; i < 4; ++i) EXPECT_NEAR(out[i], 1.0 / (1.0 + std::exp(-(input[i] + 1.0))), 1e-5);
  EXPECT_TRUE(g.output("missing").empty());
}

TEST(TfliteModel, RejectsAnUnsupportedOpNamingIt) {
  const auto model = TfliteModel::parse(tiny_model({.second_op = 9}));
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.error().code, ErrorCode::kInvalidValue);
  EXPECT_NE(model.error().reason.find("unsupported op FULLY_CONNECTED"), std::string::npos)
      << model.error().reason;
}

TEST(TfliteModel, RejectsATensorIndexOutOfRange) {
  const auto model = TfliteModel::parse(tiny_model({.bad_index = true}));
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.error().code, ErrorCode::kMalformed);
  EXPECT_NE(model.error().reason.find("tensor index 99 out of range"), std::string::npos)
      << model.error().reason;
}

TEST(XnnGraph, RejectsAnOutputWhoseShapeTheOpCannotMake) {
  auto model = TfliteModel::parse(tiny_model({.output_shape = {1, 4}}));
  ASSERT_TRUE(model.ok()) << model.error().reason;
  const auto graph = XnnGraph::build(std::move(model).value());
  ASSERT_FALSE(graph.ok());
  EXPECT_NE(graph.error().reason.find("has shape [1,4], the op makes [1,2,2,1]"), std::string::npos)
      << graph.error().reason;
}

TEST(TfliteModel, RejectsEveryTruncationOfATinyModel) {
  const auto bytes = tiny_model();
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    const auto model = TfliteModel::parse({bytes.data(), n});
    EXPECT_FALSE(model.ok()) << "parsed with " << n << " of " << bytes.size() << " bytes";
    if (!model.ok()) {
      EXPECT_FALSE(model.error().reason.empty());
    }
  }
}

TEST(TfliteModel, RejectsRandomBytes) {
  std::mt19937 rng(7);
  for (int i = 0; i < 500; ++i) {
    std::vector<std::uint8_t> bytes(std::uniform_int_distribution<std::size_t>(0, 4096)(rng));
    for (auto& b : bytes) b = static_cast<std::uint8_t>(rng());
    if (i % 2 && bytes.size() >= 8) {  // half of them get past the file identifier
      std::memcpy(bytes.data() + 4, "TFL3", 4);
      bytes[0] = static_cast<std::uint8_t>(8 + rng() % 64), bytes[1] = bytes[2] = bytes[3] = 0;
    }
    const auto model = TfliteModel::parse(bytes);
    EXPECT_FALSE(model.ok()) << "random file " << i << " parsed";
    if (!model.ok()) {
      EXPECT_FALSE(model.error().reason.empty());
    }
  }
  const auto missing = TfliteModel::load("/nonexistent/model.tflite");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kIo);
}

// Mutated bytes may still parse (a changed weight is a valid model); whatever parses must build
// or fail cleanly. The point is that nothing crashes (run it under ASan to see more).
TEST(TfliteModel, SurvivesMutatedModels) {
  const auto original = tiny_model();
  std::mt19937 rng(11);
  int parsed = 0;
  for (int i = 0; i < 3000; ++i) {
    auto bytes = original;
    const int flips = 1 + static_cast<int>(rng() % 4);
    for (int k = 0; k < flips; ++k) bytes[rng() % bytes.size()] = static_cast<std::uint8_t>(rng());
    auto model = TfliteModel::parse(bytes);
    if (!model.ok()) continue;
    ++parsed;
    bool small = true;
    for (const auto& t : model->tensors()) small = small && t.element_count() < (1u << 20);
    if (!small) continue;
    auto graph = XnnGraph::build(std::move(model).value());
    if (graph.ok()) {
      std::vector<float> input(graph->input_size(), 0.5f);
      EXPECT_TRUE(graph.value().run(input.data()).ok());
    }
  }
  EXPECT_GT(parsed, 0);  // some mutations only touch data
}

// The real model, cut short: every cut is an error.
TEST(TfliteModel, RejectsTruncatedPoseModel) {
  if (!std::filesystem::exists(ANJU_POSE_MODEL))
    GTEST_SKIP() << "no pose model at " << ANJU_POSE_MODEL << ": run tools/fetch-pose-model "
                 << ANJU_POSE_MODEL;
  const auto bytes = read_file(ANJU_POSE_MODEL);
  ASSERT_TRUE(TfliteModel::parse(bytes).ok());
  for (std::size_t n :
       {std::size_t{0}, std::size_t{7}, std::size_t{64}, std::size_t{4096}, bytes.size() / 3,
        bytes.size() / 2, bytes.size() - 4096, bytes.size() - 64, bytes.size() - 1}) {
    const auto model = TfliteModel::parse({bytes.data(), n});
    EXPECT_FALSE(model.ok()) << "parsed with " << n << " of " << bytes.size() << " bytes";
  }
}

TEST(TfliteModel, ReadsThePoseModel) {
  if (!std::filesystem::exists(ANJU_POSE_MODEL))
    GTEST_SKIP() << "no pose model at " << ANJU_POSE_MODEL << ": run tools/fetch-pose-model "
                 << ANJU_POSE_MODEL;
  const auto model = TfliteModel::load(ANJU_POSE_MODEL);
  ASSERT_TRUE(model.ok()) << model.error().reason;
  EXPECT_EQ(model->tensors().size(), 492u);
  EXPECT_EQ(model->operators().size(), 305u - 176u);  // 176 DEQUANTIZE folded
  ASSERT_EQ(model->inputs().size(), 1u);
  EXPECT_EQ(model->tensors()[model->inputs()[0]].shape, (std::vector<int>{1, 256, 256, 3}));
  std::vector<std::string> names;
  for (const int t : model->outputs()) names.push_back(model->tensors()[t].name);
  EXPECT_EQ(names, (std::vector<std::string>{"Identity", "Identity_1", "Identity_2", "Identity_3",
                                             "Identity_4"}));
  for (const auto& op : model->operators()) EXPECT_NE(op.code, OpCode::kDequantize);
}

}  // namespace
}  // namespace anju::vision::pose
