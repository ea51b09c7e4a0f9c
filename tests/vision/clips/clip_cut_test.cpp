// anju-clip cut on the shared fall videos and on video encoded here: the clip spans the event,
// lasts pre + post (±0.5 s) and decodes; copy is used only where a keyframe allows it; broken
// or missing input is an error, never a crash.
#include "clips/clip_cut.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "support/shared_data.h"
#include "test_video.h"

namespace anju::vision::clips {
namespace {

namespace fs = std::filesystem;
using test_data::kFalls;

class ClipCutTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("anju-clip-cut-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  Result<CutResult> cut(const fs::path& in, double at, double pre, double post,
                        CutMode mode = CutMode::kAuto) {
    CutRequest request;
    request.input = in.string();
    request.output = dir_ / "out.mp4";
    request.at_s = at;
    request.pre_s = pre;
    request.post_s = post;
    request.mode = mode;
    return cut_clip(request);
  }
  fs::path dir_;
};

// A 45 s UP-Fall recording with one keyframe at the start: the cut must re-encode.
TEST_F(ClipCutTest, SharedVideoCutAroundEventHasTheRightDuration) {
  const fs::path in = kFalls / "upfall" / "S1_A06_T1_C1.mp4";
  if (!fs::exists(in)) GTEST_SKIP() << "no " << in;
  const auto result = cut(in, 20, 5, 10);
  ASSERT_TRUE(result) << result.error().reason;
  EXPECT_FALSE(result->copied);
  EXPECT_NEAR(result->duration_s, 15.0, 0.5);
  const auto probe = test::probe(dir_ / "out.mp4");
  ASSERT_TRUE(probe.opened) << probe.error;
  EXPECT_TRUE(probe.error.empty()) << probe.error;
  EXPECT_NEAR(probe.span_s(), 15.0, 0.5);
  EXPECT_NEAR(probe.frames, 15 * 18, 2);
}

// A GMDCSA24 fall (keyframes every 2 s): the fall at 6.9 s is inside a 5.5 s clip.
TEST_F(ClipCutTest, SharedFallClipCopyOrEncodeAsKeyframesAllow) {
  const fs::path in = kFalls / "gmdcsa24" / "S2_Fall_12.mp4";
  if (!fs::exists(in)) GTEST_SKIP() << "no " << in;
  // 6.0 - 2.0 = 4.0: a keyframe lies at 4.016 s, i.e. after the start: auto encodes.
  auto encoded = cut(in, 6.9, 2.9, 2.6);
  ASSERT_TRUE(encoded) << encoded.error().reason;
  EXPECT_NEAR(encoded->duration_s, 5.5, 0.5);
  EXPECT_LE(encoded->start_s, 6.9);
  EXPECT_NEAR(test::probe(dir_ / "out.mp4").span_s(), 5.5, 0.5);
  // Starting 0.05 s after the keyframe at 2.0 s: auto copies the camera's stream.
  auto copied = cut(in, 6.9, 4.85, 2.6);
  ASSERT_TRUE(copied) << copied.error().reason;
  EXPECT_TRUE(copied->copied);
  EXPECT_NEAR(copied->duration_s, 7.5, 0.5);
  const auto probe = test::probe(dir_ / "out.mp4");
  EXPECT_TRUE(probe.error.empty()) << probe.error;
  EXPECT_NEAR(probe.frames, 7.5 * 15000 / 1001, 3);
}

TEST_F(ClipCutTest, OwnVideoCopiedOnKeyframes) {
  test::VideoSpec spec;
  spec.seconds = 30;
  write_video(spec, dir_ / "in.mp4");
  const auto result = cut(dir_ / "in.mp4", 15, 10, 5);
  ASSERT_TRUE(result) << result.error().reason;
  EXPECT_TRUE(result->copied);
  EXPECT_NEAR(result->duration_s, 15.0, 0.5);
  EXPECT_NEAR(result->start_s, 5.0, 0.01);
  const auto probe = test::probe(dir_ / "out.mp4");
  EXPECT_EQ(probe.frames, 15 * 15);
  // Forced re-encoding gives the same span.
  const auto encoded = cut(dir_ / "in.mp4", 15, 10, 5, CutMode::kEncode);
  ASSERT_TRUE(encoded) << encoded.error().reason;
  EXPECT_FALSE(encoded->copied);
  EXPECT_EQ(test::probe(dir_ / "out.mp4").frames, 15 * 15);
}

TEST_F(ClipCutTest, WindowsAreClippedToTheVideo) {
  test::VideoSpec spec;
  spec.seconds = 8;
  write_video(spec, dir_ / "in.mp4");
  const auto result = cut(dir_ / "in.mp4", 2, 10, 3);  // from 0, not -8
  ASSERT_TRUE(result) << result.error().reason;
  EXPECT_NEAR(result->duration_s, 5.0, 0.1);
  const auto tail = cut(dir_ / "in.mp4", 7, 1, 10);  // to the end
  ASSERT_TRUE(tail) << tail.error().reason;
  EXPECT_NEAR(tail->duration_s, 2.0, 0.1);
  EXPECT_FALSE(cut(dir_ / "in.mp4", 30, 5, 5));  // after the end: nothing to cut
}

TEST_F(ClipCutTest, BrokenInputIsAnError) {
  EXPECT_FALSE(cut(dir_ / "missing.mp4", 1, 1, 1));
  std::mt19937 random(7);
  std::ofstream noise(dir_ / "noise.mp4", std::ios::binary);
  for (int i = 0; i < 200000; ++i) noise.put(static_cast<char>(random()));
  noise.close();
  const auto result = cut(dir_ / "noise.mp4", 1, 1, 1);
  ASSERT_FALSE(result);
  EXPECT_FALSE(result.error().reason.empty());
  EXPECT_FALSE(cut(dir_ / "missing.mp4", -1, 1, 1));
}

}  // namespace
}  // namespace anju::vision::clips
