// Broken inputs give a clear error, never a crash: a clip cut short (container index first and
// last), a file of random bytes, a missing file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "eval/clip_runner.h"
#include "support/shared_data.h"

namespace anju::vision::eval {
namespace {

using test_data::kFalls;

class CorruptVideo : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("anju-vision-corrupt-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Copies the first `share` of a shared clip.
  std::filesystem::path truncated_copy(const std::string& clip, double share) {
    const auto source = kFalls / clip;
    if (!std::filesystem::exists(source)) return {};
    std::ifstream in(source, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bytes.resize(static_cast<std::size_t>(bytes.size() * share));
    const auto out = dir_ / std::filesystem::path(clip).filename();
    std::ofstream(out, std::ios::binary) << bytes;
    return out;
  }

  Result<ClipRun> run(const std::filesystem::path& file) {
    ClipSpec clip;
    clip.file = file.filename().string();
    clip.dataset = "test";
    return run_clip(clip, file.parent_path(), {});
  }

  std::filesystem::path dir_;
};

// A recording cut by a power loss is ordinary: the frames that decode are judged, with a warning.
TEST_F(CorruptVideo, TruncatedWithIndexFirstIsJudgedOnTheFramesThatDecode) {
  // urfd clips carry their index (moov) before the data: they open, then run out of frames.
  const auto file = truncated_copy("urfd/fall-01-cam0.mp4", 0.4);
  if (file.empty()) GTEST_SKIP() << "no shared clips";
  const auto whole = run(kFalls / "urfd/fall-01-cam0.mp4");
  ASSERT_TRUE(whole) << whole.error().reason;
  EXPECT_EQ(whole->warning, "");
  const auto result = run(file);
  ASSERT_TRUE(result) << result.error().reason;
  EXPECT_NE(result->warning.find("truncated"), std::string::npos) << result->warning;
  EXPECT_GT(result->decoded_frames, 0);
  EXPECT_LT(result->decoded_frames, whole->decoded_frames * 6 / 10);
  // The same frames as the whole clip gives, then the usual repeated tail.
  EXPECT_EQ(result->analysed_frames - result->decoded_frames,
            whole->analysed_frames - whole->decoded_frames);
}

// The case the held-out set met: a clip that lost its last few frames.
TEST_F(CorruptVideo, AClipMissingItsLastFramesKeepsItsVerdict) {
  const auto file = truncated_copy("urfd/fall-01-cam0.mp4", 0.9);
  if (file.empty()) GTEST_SKIP() << "no shared clips";
  const auto whole = run(kFalls / "urfd/fall-01-cam0.mp4");
  const auto cut = run(file);
  ASSERT_TRUE(whole && cut) << (cut ? "" : cut.error().reason);
  EXPECT_LT(cut->decoded_frames, whole->decoded_frames);
  ASSERT_FALSE(whole->alerts.empty()) << "the whole clip's fall is detected";
  ASSERT_FALSE(cut->alerts.empty()) << "and still with the end cut off";
  EXPECT_NEAR(cut->alerts.front(), whole->alerts.front(), 0.5);
}

// Damage inside the file (a failing disk, a lost stretch of a network recording): the damaged
// packets are skipped and every frame after them still decodes and is judged.
TEST_F(CorruptVideo, DamageInTheMiddleIsSkippedAndTheRestJudged) {
  const auto source = kFalls / "urfd/fall-14-cam0.mp4";
  if (!std::filesystem::exists(source)) GTEST_SKIP() << "no shared clips";
  std::ifstream in(source, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::mt19937 rng(7);
  const std::size_t at = bytes.size() * 3 / 10;
  for (std::size_t i = at; i < at + 3000; ++i) bytes[i] = static_cast<char>(rng());
  const auto file = dir_ / "damaged.mp4";
  std::ofstream(file, std::ios::binary) << bytes;
  ClipSpec clip;
  clip.file = "damaged.mp4";
  clip.dataset = "test";
  clip.crop = cv::Rect(320, 0, 320, 240);
  const auto result = run_clip(clip, dir_, {});
  ASSERT_TRUE(result) << result.error().reason;
  EXPECT_NE(result->warning.find("corrupt"), std::string::npos) << result->warning;
  EXPECT_GE(result->decoded_frames, 55);  // of 61; OpenCV's reader stopped at the damage (16)
  EXPECT_FALSE(result->alerts.empty()) << "the fall is still seen";
}

TEST_F(CorruptVideo, TruncatedWithIndexLastCannotBeOpened) {
  // upfall clips carry their index at the end: cut off, the file is no video at all.
  const auto file = truncated_copy("upfall/S1_A01_T1_C1.mp4", 0.5);
  if (file.empty()) GTEST_SKIP() << "no shared clips";
  const auto result = run(file);
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().reason.find("cannot open"), std::string::npos) << result.error().reason;
}

TEST_F(CorruptVideo, RandomBytesAreNoVideo) {
  const auto file = dir_ / "noise.mp4";
  std::mt19937 rng(42);
  std::string bytes(256 * 1024, '\0');
  for (char& c : bytes) c = static_cast<char>(rng());
  std::ofstream(file, std::ios::binary) << bytes;
  const auto result = run(file);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::kIo);
}

TEST_F(CorruptVideo, MissingFileIsNamed) {
  const auto result = run(dir_ / "nowhere.mp4");
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().reason.find("nowhere.mp4"), std::string::npos);
}

}  // namespace
}  // namespace anju::vision::eval
