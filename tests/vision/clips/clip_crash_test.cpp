// Crash safety: anju-clip record (the node's recorder in a process of its own) is killed with
// SIGKILL while writing a clip; the fragmented MP4 it leaves must demux and decode up to about
// its last complete fragment (one second).
#include <gtest/gtest.h>
#include <signal.h>

#include <filesystem>

#include "support/child_process.h"
#include "test_video.h"

namespace anju::vision::clips {
namespace {

namespace fs = std::filesystem;

class ClipCrashTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("anju-clip-crash-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_P(ClipCrashTest, KilledRecordingLeavesAPlayableFile) {
  const bool encode = GetParam();
  test::VideoSpec spec;
  spec.width = 640;
  spec.height = 480;
  spec.seconds = 40;
  test::write_video(spec, dir_ / "camera.mp4");
  const fs::path out = dir_ / "clip.mp4";
  std::vector<std::string> argv = {
      ANJU_CLIP_TOOL, "record",     "--in",   (dir_ / "camera.mp4").string(),
      "--out",        out.string(), "--at",   "3",
      "--pre",        "2",          "--post", "60",
      "--speed",      "4"};
  if (encode) argv.push_back("--encode");
  anju::test::ChildProcess child(argv, dir_ / "stderr.txt");
  ASSERT_TRUE(child.started());
  // Wait until 6 s of stream after the event are written (plus 2 s of pre-event buffer).
  bool recording = false;
  while (auto line = child.read_line(std::chrono::seconds(20))) {
    if (*line == "recording 6") {
      recording = true;
      break;
    }
  }
  ASSERT_TRUE(recording) << "the recorder did not get going";
  const int status = child.stop(SIGKILL);
  ASSERT_TRUE(WIFSIGNALED(status)) << "it finished before it was killed";
  ASSERT_TRUE(fs::exists(out));
  const auto probe = test::probe(out);
  ASSERT_TRUE(probe.opened) << probe.error;
  // 8 s were written; at most the last fragment (1 s) may be lost.
  EXPECT_GE(probe.frames, 7 * 15) << probe.error;
  EXPECT_NEAR(probe.first_t, 0.0, 0.01);
}

INSTANTIATE_TEST_SUITE_P(CopyAndEncode, ClipCrashTest, ::testing::Values(false, true),
                         [](const auto& param_info) {
                           return param_info.param ? "Encode" : "Copy";
                         });

}  // namespace
}  // namespace anju::vision::clips
