// A camera that is missing is reported offline and retried; when it delivers it is reported
// online, analysed at most at its configured rate, and counted in the node's heartbeat figures.
#include "daemon/camera_worker.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <thread>

#include "daemon/vision_node.h"
#include "support/capture_sink.h"

namespace anju::vision {
namespace {

const std::filesystem::path kClip =
    std::filesystem::path(ANJU_SHARED_DIR) / "data" / "falls" / "urfd" / "fall-14-cam0.mp4";

using test::CaptureSink;

TEST(CameraWorker, MissingCameraGoesOfflineThenOnlineWhenItAppears) {
  if (!std::filesystem::exists(kClip)) GTEST_SKIP() << "no shared clips";
  const auto dir =
      std::filesystem::temp_directory_path() / ("anju-vision-worker-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  CameraConfig camera;
  camera.id = "cam-test";
  camera.room = "101";
  camera.source = (dir / "camera.mp4").string();
  camera.crop = cv::Rect(320, 0, 320, 240);
  camera.max_fps = 10;  // the clip runs at 30: about two frames in three are skipped

  CaptureSink sink;
  CameraWorker worker(camera, sink);
  worker.start();
  auto events = sink.wait_for(1, std::chrono::seconds(5));
  ASSERT_GE(events.size(), 1u);
  EXPECT_EQ(events[0].type, protocol::EventType::kCameraOffline);
  EXPECT_EQ(events[0].device, "cam-test");
  EXPECT_EQ(events[0].room, "101");
  EXPECT_FALSE(worker.stats().online);

  std::filesystem::copy_file(kClip, camera.source);
  events = sink.wait_for(2, std::chrono::seconds(10));
  ASSERT_GE(events.size(), 2u);
  EXPECT_EQ(events[1].type, protocol::EventType::kCameraOnline);
  // The file plays to its end (2 s) and the camera is gone again.
  events = sink.wait_for(3, std::chrono::seconds(10));
  worker.stop();
  ASSERT_GE(events.size(), 3u);
  EXPECT_EQ(events.back().type, protocol::EventType::kCameraOffline);
  const CameraStats stats = worker.stats();
  EXPECT_GT(stats.frames_analysed, 5u);
  EXPECT_GT(stats.frames_dropped, stats.frames_analysed / 2);
  std::filesystem::remove_all(dir);
}

// A stream that loses data (here 4 KB of the clip overwritten before the fall, as a network cut or
// a failing disk would) is not a camera that went away: the damaged packets are skipped, the camera
// stays online and the fall that follows is still raised.
TEST(CameraWorker, ADamagedStreamStaysOnlineAndItsFallIsRaised) {
  const auto clean = kClip.parent_path().parent_path() / "upfall" / "S1_A01_T1_C1.mp4";
  if (!std::filesystem::exists(clean)) GTEST_SKIP() << "no shared clips";
  const auto dir = std::filesystem::temp_directory_path() /
                   ("anju-vision-damaged-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::string bytes;
  {
    std::ifstream in(clean, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  std::mt19937 rng(7);
  const std::size_t at = bytes.size() / 5;  // ~1.5 s in; the fall starts at 2.6 s
  for (std::size_t i = at; i < at + 4096; ++i) bytes[i] = static_cast<char>(rng());
  CameraConfig camera;
  camera.id = "cam-damaged";
  camera.room = "101";
  camera.source = (dir / "damaged.mp4").string();
  std::ofstream(camera.source, std::ios::binary) << bytes;

  CaptureSink sink;
  CameraWorker worker(camera, sink);
  worker.start();
  const auto events = sink.wait_for_type(protocol::EventType::kFall, std::chrono::seconds(20));
  const CameraStats stats = worker.stats();
  worker.stop();
  std::filesystem::remove_all(dir);
  const auto fall = std::find_if(events.begin(), events.end(), [](const protocol::Event& e) {
    return e.type == protocol::EventType::kFall;
  });
  ASSERT_NE(fall, events.end()) << "the fall after the damage is raised";
  EXPECT_TRUE(std::none_of(events.begin(), fall, [](const protocol::Event& e) {
    return e.type == protocol::EventType::kCameraOffline;
  })) << "the damage did not take the camera offline";
  EXPECT_EQ(stats.reconnects, 0u);
  EXPECT_GT(stats.frames_read, 60u);  // 2.6 s of a 18 fps clip, damaged frames and all
}

TEST(VisionNode, HeartbeatFiguresNameEveryCamera) {
  NodeConfig config;
  CameraConfig camera;
  camera.id = "cam-a";
  camera.room = "101";
  camera.source = "/nonexistent/anju.mp4";
  config.cameras.push_back(camera);
  CaptureSink sink;
  VisionNode node(config, sink);
  node.start();
  sink.wait_for(1, std::chrono::seconds(5));
  const auto stats = node.heartbeat_stats();
  node.stop();
  auto value = [&](const std::string& key) {
    for (const auto& [k, v] : stats) {
      if (k == key) return v;
    }
    return -1.0;
  };
  EXPECT_EQ(value("cameras"), 1);
  EXPECT_EQ(value("cameras_online"), 0);
  EXPECT_EQ(value("cam-a.online"), 0);
  EXPECT_GE(value("fps"), 0);
  EXPECT_GE(value("dropped"), 0);
}

TEST(VisionNode, MetricsCountEachCamerasFramesUnderItsName) {
  if (!std::filesystem::exists(kClip)) GTEST_SKIP() << "no shared clips";
  NodeConfig config;
  CameraConfig camera;
  camera.id = "cam-a";
  camera.room = "101";
  camera.source = kClip.string();
  camera.max_fps = 10;
  config.cameras.push_back(camera);
  CaptureSink sink;
  VisionNode node(config, sink);
  node.start();
  sink.wait_for(2, std::chrono::seconds(10));  // online, then offline at the clip's end
  const std::string text = metrics::render(node.metrics());
  const CameraStats stats = node.camera_stats().at(0);
  node.stop();
  ASSERT_GT(stats.frames_read, 0u);
  for (const std::string& line :
       {"anju_vision_frames_read_total{camera=\"cam-a\"} " + std::to_string(stats.frames_read),
        "anju_vision_frames_analysed_total{camera=\"cam-a\"} " +
            std::to_string(stats.frames_analysed),
        "anju_vision_frames_dropped_total{camera=\"cam-a\"} " +
            std::to_string(stats.frames_dropped),
        std::string("anju_vision_camera_online{camera=\"cam-a\"} ") + (stats.online ? "1" : "0"),
        std::string("# TYPE anju_vision_frames_read_total counter")})
    EXPECT_NE(text.find(line + "\n"), std::string::npos) << line << "\n" << text;
}

}  // namespace
}  // namespace anju::vision
