// The vision daemon's clips: a camera's frames fill the pre-event buffer, a fall starts a clip
// whose reference the fall event carries, the clip runs on while the person is down, and once
// finalised the node publishes clip_ready with the clip's span. The camera's H.264 is copied;
// a source in another codec (MJPEG here) is encoded. Clip settings parse from the node config.
#include "daemon/camera_clips.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <opencv2/videoio.hpp>

#include "camera/camera_config.h"
#include "clips/clip_store.h"
#include "daemon/camera_worker.h"
#include "support/capture_sink.h"
#include "test_video.h"

namespace anju::vision {
namespace {

namespace fs = std::filesystem;

using test::CaptureSink;

class CameraClipsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("anju-camera-clips-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    camera_.id = "cam-101";
    camera_.room = "101";
    camera_.clips.enabled = true;
    camera_.clips.root = dir_ / "store";
    camera_.clips.pre_s = 3;
    camera_.clips.post_s = 4;
    camera_.clips.node = "vision-1";
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Plays the source as fast as it decodes; a fall at 6 s of stream, the person down until 8 s.
  void play(CameraClips& clips, std::vector<std::string>& references) {
    CameraSource source(camera_);
    std::string why;
    ASSERT_TRUE(source.open(why)) << why;
    cv::Mat frame;
    int index = 0;
    bool fell = false;
    while (source.read(frame, why) == CameraSource::Read::kFrame) {
      const double t = index++ / 15.0;
      clips.on_frame(source, frame, t);
      clips.on_analysed({cv::Rect(40, 60, 30, 50)});
      const double now = source.stream() ? source.frame_time() : t;
      if (!fell && now >= 6.0) {
        fell = true;
        references.push_back(clips.on_fall());
      } else if (fell && now >= 7.0 && references.size() == 1) {
        references.push_back(clips.on_fall());  // the detector reports it again: the same clip
      }
      if (fell && now >= 8.0) clips.on_fall_cleared();
    }
    clips.end();
  }

  fs::path dir_;
  CameraConfig camera_;
};

TEST_F(CameraClipsTest, FallRecordsACopiedClipAndPublishesClipReady) {
  clips::test::VideoSpec spec;
  spec.seconds = 20;
  clips::test::write_video(spec, dir_ / "camera.mp4");
  camera_.source = (dir_ / "camera.mp4").string();
  CaptureSink sink;
  ClipJobs jobs(camera_.clips, sink, SystemClock::instance());
  jobs.start();
  std::vector<std::string> references;
  {
    CameraClips clips(camera_, jobs, SystemClock::instance());
    play(clips, references);
    EXPECT_TRUE(clips.copying());
  }
  const auto events = sink.wait_for(1, std::chrono::seconds(20));
  jobs.stop();
  ASSERT_EQ(references.size(), 2u);
  EXPECT_EQ(references[0], references[1]);
  ASSERT_TRUE(references[0].starts_with("vision-1/"));
  const std::string id = references[0].substr(9);
  EXPECT_TRUE(clips::is_valid_clip_id(id)) << id;
  EXPECT_TRUE(id.ends_with("-fall"));
  EXPECT_NE(id.find("/cam-101-"), std::string::npos);

  ASSERT_EQ(events.size(), 1u);
  const auto& ready = events[0];
  EXPECT_EQ(ready.type, protocol::EventType::kClipReady);
  EXPECT_EQ(ready.clip, references[0]);
  EXPECT_EQ(ready.device, "cam-101");
  EXPECT_EQ(ready.room, "101");
  // From the keyframe at 3 s to 8 s (down until then) + 4 s: 9 s.
  EXPECT_NEAR(static_cast<double>(ready.clip_end_ts - ready.clip_start_ts), 9000, 150);
  EXPECT_EQ(jobs.clips_ready(), 1);

  const clips::ClipStore store(camera_.clips.root);
  const auto paths = store.paths(id);
  for (const auto& f : {paths.mp4, paths.privacy_mp4, paths.jpg, paths.json}) {
    EXPECT_TRUE(fs::exists(f)) << f;
  }
  EXPECT_NEAR(clips::test::probe(paths.mp4).span_s(), 9.0, 0.1);
  std::ifstream in(paths.json);
  const auto sidecar = nlohmann::json::parse(in);
  EXPECT_EQ(sidecar["clip"], id);
  EXPECT_EQ(sidecar["node"], "vision-1");
  EXPECT_EQ(sidecar["start_ts"], ready.clip_start_ts);
  EXPECT_EQ(sidecar["frames"].size(), 9u * 15);
}

TEST_F(CameraClipsTest, SourceWithoutH264IsEncodedAndCropped) {
  // An MJPEG camera, as some IP cameras serve over HTTP.
  const fs::path source = dir_ / "camera.avi";
  {
    cv::VideoWriter writer(source.string(), cv::CAP_FFMPEG,
                           cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 15, cv::Size(320, 240));
    ASSERT_TRUE(writer.isOpened());
    clips::test::VideoSpec spec;
    for (int i = 0; i < 15 * 14; ++i) writer.write(clips::test::synthetic_frame(spec, i));
  }
  camera_.source = source.string();
  camera_.crop = cv::Rect(0, 0, 160, 120);
  camera_.clips.privacy = PrivacyMode::kSilhouette;
  CaptureSink sink;
  ClipJobs jobs(camera_.clips, sink, SystemClock::instance());
  jobs.start();
  std::vector<std::string> references;
  {
    CameraClips clips(camera_, jobs, SystemClock::instance());
    play(clips, references);
    EXPECT_FALSE(clips.copying());
  }
  const auto events = sink.wait_for(1, std::chrono::seconds(20));
  jobs.stop();
  ASSERT_EQ(events.size(), 1u);
  const clips::ClipStore store(camera_.clips.root);
  const auto paths = store.paths(events[0].clip.substr(9));
  std::ifstream in(paths.json);
  const auto sidecar = nlohmann::json::parse(in);
  EXPECT_EQ(sidecar["width"], 160);  // what the detector sees: the crop
  EXPECT_EQ(sidecar["height"], 120);
  const auto probe = clips::test::probe(paths.privacy_mp4);
  EXPECT_GE(probe.frames, 8 * 15);
}

TEST_F(CameraClipsTest, ClipSettingsFromTheNodeConfig) {
  const auto json = nlohmann::json::parse(R"({
    "clips": {"root": "clips", "pre_s": 8, "post_s": 25, "privacy": "silhouette",
              "retention_days": 14, "max_gb": 2.5},
    "cameras": [
      {"id": "cam-a", "room": "101", "source": "a.mp4"},
      {"id": "cam-b", "room": "102", "source": "b.mp4", "clips": {"post_s": 40, "privacy": "blur"}},
      {"id": "cam-c", "room": "103", "source": "c.mp4", "clips": {"enabled": false}}
    ]})");
  const auto config = parse_node_config(json, "/etc/anju");
  ASSERT_TRUE(config) << config.error().reason;
  EXPECT_TRUE(config->clips.enabled);
  EXPECT_EQ(config->clips.root, fs::path("/etc/anju/clips"));
  EXPECT_EQ(config->clips.retention_days, 14);
  EXPECT_EQ(config->clips.max_bytes, 2'500'000'000u);
  const auto& a = config->cameras[0].clips;
  EXPECT_TRUE(a.enabled);
  EXPECT_EQ(a.pre_s, 8);
  EXPECT_EQ(a.post_s, 25);
  EXPECT_EQ(a.privacy, PrivacyMode::kSilhouette);
  const auto& b = config->cameras[1].clips;
  EXPECT_EQ(b.pre_s, 8);
  EXPECT_EQ(b.post_s, 40);
  EXPECT_EQ(b.privacy, PrivacyMode::kBlur);
  EXPECT_FALSE(config->cameras[2].clips.enabled);

  // Without a "clips" section nothing is recorded.
  const auto none = parse_node_config(
      nlohmann::json::parse(R"({"cameras": [{"id": "a", "room": "1", "source": "a.mp4"}]})"));
  ASSERT_TRUE(none);
  EXPECT_FALSE(none->cameras[0].clips.enabled);

  for (
      const char* bad : {
          R"({"clips": {"pre_s": 5}, "cameras": [{"id": "a", "room": "1", "source": "a"}]})",
          R"({"clips": {"root": "x", "privacy": "pixelate"}, "cameras": [{"id": "a", "room": "1", "source": "a"}]})",
          R"({"clips": {"root": "x", "post_s": -3}, "cameras": [{"id": "a", "room": "1", "source": "a"}]})",
          R"({"clips": {"root": "x", "colour": 1}, "cameras": [{"id": "a", "room": "1", "source": "a"}]})",
          R"({"cameras": [{"id": "a", "room": "1", "source": "a", "clips": {"enabled": true}}]})",
      }) {
    const auto result = parse_node_config(nlohmann::json::parse(bad));
    ASSERT_FALSE(result) << bad;
    EXPECT_NE(result.error().reason.find("clips"), std::string::npos) << result.error().reason;
  }
}

}  // namespace
}  // namespace anju::vision

namespace anju::vision {
namespace {

// End to end on a shared UP-Fall recording: the camera worker's detector sees the fall, the fall
// event names the clip, and clip_ready follows with that clip.
TEST(CameraWorkerClips, DetectedFallCarriesItsClipAndClipReadyFollows) {
  const fs::path shared =
      fs::path(ANJU_SHARED_DIR) / "data" / "falls" / "upfall" / "S1_A01_T1_C1.mp4";
  if (!fs::exists(shared)) GTEST_SKIP() << "no " << shared;
  const fs::path dir =
      fs::temp_directory_path() / ("anju-worker-clips-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  CameraConfig camera;
  camera.id = "cam-7";
  camera.room = "107";
  camera.source = shared.string();
  camera.clips.enabled = true;
  camera.clips.root = dir;
  camera.clips.pre_s = 3;
  camera.clips.post_s = 2;
  camera.clips.node = "vision-2";
  CaptureSink sink;
  ClipJobs jobs(camera.clips, sink, SystemClock::instance());
  jobs.start();
  CameraWorker worker(camera, sink, &jobs);
  worker.start();
  // The fall, then (the file ends: camera_offline) the clip.
  auto events = sink.wait_for_type(protocol::EventType::kClipReady, std::chrono::seconds(30));
  worker.stop();
  jobs.stop();
  const protocol::Event* fall = nullptr;
  const protocol::Event* ready = nullptr;
  for (const auto& e : events) {
    if (e.type == protocol::EventType::kFall && !fall) fall = &e;
    if (e.type == protocol::EventType::kClipReady) ready = &e;
  }
  ASSERT_NE(fall, nullptr) << "the detector saw no fall";
  ASSERT_NE(ready, nullptr);
  EXPECT_TRUE(fall->clip.starts_with("vision-2/"));
  EXPECT_EQ(ready->clip, fall->clip);
  EXPECT_EQ(ready->device, "cam-7");
  EXPECT_GT(ready->clip_end_ts, ready->clip_start_ts);
  const auto paths = clips::ClipStore(dir).paths(fall->clip.substr(9));
  EXPECT_TRUE(fs::exists(paths.privacy_mp4));
  std::ifstream in(paths.json);
  const auto sidecar = nlohmann::json::parse(in);
  EXPECT_EQ(sidecar["width"], 640);
  EXPECT_FALSE(sidecar["frames"].empty());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace anju::vision
