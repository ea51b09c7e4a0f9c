// Finalisation: the privacy version decodes frame for frame and shows no original pixels, the
// thumbnail is the filtered event frame, and the sidecar says what the contract says.
#include "clips/clip_finaliser.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>

#include "clips/clip_recorder.h"
#include "test_video.h"

namespace anju::vision::clips {
namespace {

namespace fs = std::filesystem;
constexpr TimestampMs kStart = 1'795'403'702'000;

class ClipFinaliserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("anju-clip-final-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  // Records a 6 s clip (event at 5 s, 3 s before and after) with a box on every frame.
  RecordedClip record(ClipStore& store, ClipPaths& paths,
                      std::optional<PrivacyMode> progressive = std::nullopt) {
    test::VideoSpec spec;
    spec.seconds = 12;
    StreamInfo info;
    auto packets = test::encode_video(spec, info);
    ManualClock clock(kStart);
    ClipRecorder recorder(info, RecorderWindow{3, 3, 60, 5}, clock);
    std::optional<RecordedClip> done;
    bool started = false;
    for (auto& p : packets) {
      clock.set(kStart + static_cast<TimestampMs>(p.t * 1000));
      recorder.add_boxes(p.t, {cv::Rect(100, 80, 60, 90)});
      if (!started && p.t >= 5) {
        started = true;
        auto created = store.new_clip("cam-101", "fall", clock.now_ms());
        EXPECT_TRUE(created);
        paths = *created;
        ClipMeta meta{paths.id, "cam-101", "101", "vision-1", "fall", clock.now_ms()};
        std::optional<PrivacyTarget> privacy;
        if (progressive) privacy = PrivacyTarget{*progressive, paths.privacy_mp4};
        EXPECT_TRUE(recorder.start(meta, paths.mp4, p.t, privacy));
      }
      if (auto clip = recorder.push(std::move(p))) done = std::move(clip);
    }
    EXPECT_TRUE(done);
    return done ? *done : RecordedClip{};
  }

  fs::path root_;
};

TEST_F(ClipFinaliserTest, BlurVersionThumbnailAndSidecar) {
  ClipStore store(root_);
  ClipPaths paths;
  const RecordedClip clip = record(store, paths);
  ASSERT_EQ(clip.packets, 6 * 15) << clip.duration_s << " " << clip.event_offset_s;
  const auto times = finalise_clip(clip, paths, PrivacyMode::kBlur);
  ASSERT_TRUE(times) << times.error().reason;
  EXPECT_EQ(times->frames, 90);
  const auto original = test::probe(paths.mp4);
  const auto privacy = test::probe(paths.privacy_mp4);
  EXPECT_EQ(privacy.frames, original.frames);
  EXPECT_TRUE(privacy.error.empty()) << privacy.error;
  EXPECT_NEAR(privacy.span_s(), original.span_s(), 0.1);

  const cv::Mat thumb = cv::imread(paths.jpg.string());
  ASSERT_FALSE(thumb.empty());
  EXPECT_EQ(thumb.size(), cv::Size(320, 240));
  // The event frame (index 75) through the filter, not the frame itself.
  test::VideoSpec spec;
  const cv::Mat raw = test::synthetic_frame(spec, 75);
  const cv::Mat blurred = apply_privacy(raw, PrivacyMode::kBlur);
  // Around the moving box and the frame number, where the detail is.
  const cv::Rect detail(0, 0, 100, 160);
  const double to_blurred = cv::norm(thumb(detail), blurred(detail), cv::NORM_L1);
  const double to_raw = cv::norm(thumb(detail), raw(detail), cv::NORM_L1);
  EXPECT_LT(to_blurred * 3, to_raw);

  std::ifstream in(paths.json);
  const auto sidecar = nlohmann::json::parse(in);
  EXPECT_EQ(sidecar["clip"], paths.id);
  EXPECT_EQ(sidecar["camera"], "cam-101");
  EXPECT_EQ(sidecar["room"], "101");
  EXPECT_EQ(sidecar["node"], "vision-1");
  EXPECT_EQ(sidecar["event"], "fall");
  EXPECT_EQ(sidecar["event_ts"], kStart + 5000);
  EXPECT_EQ(sidecar["start_ts"], kStart + 2000);
  EXPECT_EQ(sidecar["end_ts"], kStart + 8000);
  EXPECT_EQ(sidecar["width"], 320);
  EXPECT_EQ(sidecar["height"], 240);
  EXPECT_DOUBLE_EQ(sidecar["fps"].get<double>(), 15.0);
  EXPECT_EQ(sidecar["keep"], false);
  ASSERT_EQ(sidecar["frames"].size(), 90u);
  EXPECT_EQ(sidecar["frames"][0]["t"], 0.0);
  EXPECT_EQ(sidecar["frames"][0]["boxes"][0], nlohmann::json({100, 80, 60, 90}));
  // Nothing half-written is left behind.
  for (const auto& entry : fs::directory_iterator(paths.dir)) {
    EXPECT_EQ(entry.path().string().find(".tmp"), std::string::npos) << entry.path();
  }
}

TEST_F(ClipFinaliserTest, SilhouetteDrawsTheBoxesAsPeople) {
  ClipStore store(root_);
  ClipPaths paths;
  const RecordedClip clip = record(store, paths);
  std::string why;
  ASSERT_TRUE(store.set_keep(paths.id, true, why));
  const auto times = finalise_clip(clip, paths, PrivacyMode::kSilhouette);
  ASSERT_TRUE(times) << times.error().reason;
  const cv::Mat thumb = cv::imread(paths.jpg.string(), cv::IMREAD_GRAYSCALE);
  ASSERT_FALSE(thumb.empty());
  EXPECT_NEAR(cv::mean(thumb(cv::Rect(110, 90, 40, 70)))[0], 200, 8);  // the person: flat grey
  EXPECT_LT(cv::mean(thumb(cv::Rect(200, 10, 100, 40)))[0], 120);      // the room: dark, edges
  std::ifstream in(paths.json);
  EXPECT_EQ(nlohmann::json::parse(in)["keep"], true);
}

TEST_F(ClipFinaliserTest, PrivacyVersionMadeWhileRecordingIsDoneAtTheEnd) {
  ClipStore store(root_);
  ClipPaths paths;
  const RecordedClip clip = record(store, paths, PrivacyMode::kBlur);
  ASSERT_NE(clip.privacy, nullptr);
  // Two frames per packet: the 3 s pre-event backlog is caught up long before the end.
  EXPECT_EQ(clip.privacy->queued(), 0u);
  EXPECT_GE(clip.privacy->frames(), 88);
  EXPECT_FALSE(fs::exists(paths.privacy_mp4));  // not in place before it is complete
  const auto times = finalise_clip(clip, paths, PrivacyMode::kBlur);
  ASSERT_TRUE(times) << times.error().reason;
  EXPECT_EQ(times->frames, 90);
  EXPECT_EQ(test::probe(paths.privacy_mp4).frames, 90);
  EXPECT_TRUE(fs::exists(paths.jpg));
  for (const auto& entry : fs::directory_iterator(paths.dir)) {
    EXPECT_EQ(entry.path().string().find(".tmp"), std::string::npos) << entry.path();
  }
}

TEST_F(ClipFinaliserTest, MissingRecordingIsAnError) {
  ClipStore store(root_);
  RecordedClip clip;
  clip.file = root_ / "gone.mp4";
  auto paths = store.new_clip("cam-1", "fall", kStart);
  ASSERT_TRUE(paths);
  EXPECT_FALSE(finalise_clip(clip, *paths, PrivacyMode::kBlur));
  EXPECT_FALSE(fs::exists(paths->json));
}

}  // namespace
}  // namespace anju::vision::clips
