// A network camera's stream stalls: the connection stays open but no more bytes come (a hung
// encoder, a saturated link). The camera worker must not wait forever: its read time-out raises
// camera_offline, and when the camera streams again it is reported online.
//
// The camera is played by a small HTTP server in this test that streams MPEG-TS at real-time pace
// (made once with the ffmpeg tool from a synthetic pattern) and, on its first connection, stops
// sending after a few seconds without closing.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <iterator>

#include "daemon/camera_worker.h"
#include "fault_support.h"
#include "support/child_process.h"

namespace anju::fault {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kVideoSeconds = 30;

class CaptureSink final : public node::EventSink {
 public:
  Result<std::string> publish(protocol::Event event) override {
    event.id = "stall-" + std::to_string(++published_);
    inbox.add({Clock::now(), event});
    return event.id;
  }
  Inbox<std::pair<Clock::time_point, protocol::Event>> inbox;

 private:
  std::atomic<int> published_{0};
};

// Serves `video` over HTTP at its own pace. The first connection stalls after `stall_after`.
class StallingCamera {
 public:
  StallingCamera(std::string video, std::chrono::milliseconds stall_after)
      : video_(std::move(video)), stall_after_(stall_after) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::listen(fd_, 4) != 0 || ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
      return;
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { serve(); });
  }
  ~StallingCamera() {
    stopping_ = true;
    if (thread_.joinable()) thread_.join();
    ::close(fd_);
  }
  int port() const { return port_; }
  Clock::time_point stalled_at() const { return stalled_at_; }

 private:
  void serve() {
    for (int connection = 0; !stopping_;) {
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, 50) <= 0) continue;
      const int client = ::accept(fd_, nullptr, nullptr);
      if (client < 0) continue;
      stream(client, connection++ == 0);
      ::close(client);
    }
  }
  // Real-time pace: the whole file over kVideoSeconds, in 50 ms slices.
  void stream(int client, bool stall) {
    const std::string header = "HTTP/1.0 200 OK\r\nContent-Type: video/mp2t\r\n\r\n";
    char request[4096];
    (void)::recv(client, request, sizeof request, 0);
    if (::send(client, header.data(), header.size(), MSG_NOSIGNAL) < 0) return;
    const std::size_t slice = video_.size() / (kVideoSeconds * 20) + 1;
    const auto start = Clock::now();
    for (std::size_t sent = 0; sent < video_.size() && !stopping_; sent += slice) {
      if (stall && Clock::now() - start >= stall_after_) {
        stalled_at_ = Clock::now();
        // Hold the connection open, silent, until the worker gives up on it.
        while (!stopping_) {
          pollfd p{client, POLLIN, 0};
          if (::poll(&p, 1, 50) > 0) return;  // the worker hung up
        }
        return;
      }
      const auto n = std::min(slice, video_.size() - sent);
      if (::send(client, video_.data() + sent, n, MSG_NOSIGNAL) <= 0) return;
      std::this_thread::sleep_for(50ms);
    }
  }

  std::string video_;
  std::chrono::milliseconds stall_after_;
  int fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::atomic<Clock::time_point> stalled_at_{};
  std::thread thread_;
};

std::string make_test_video(const std::filesystem::path& dir, std::string& error) {
  const auto out = dir / "camera.ts";
  test::ChildProcess ffmpeg({"ffmpeg",
                             "-nostdin",
                             "-loglevel",
                             "error",
                             "-y",
                             "-f",
                             "lavfi",
                             "-i",
                             "testsrc2=size=320x240:rate=15",
                             "-t",
                             std::to_string(kVideoSeconds),
                             "-c:v",
                             "libx264",
                             "-preset",
                             "ultrafast",
                             "-g",
                             "15",
                             "-pix_fmt",
                             "yuv420p",
                             "-f",
                             "mpegts",
                             out.string()},
                            dir / "ffmpeg.log", false);
  const int status = ffmpeg.wait(60s);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    error = "ffmpeg failed (status " + std::to_string(status) + ")";
    return {};
  }
  std::ifstream in(out, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(CameraFault, StalledStreamIsReportedOfflineThenOnlineWhenItFlowsAgain) {
  if (::access("/usr/bin/ffmpeg", X_OK) != 0) GTEST_SKIP() << "the ffmpeg tool is not installed";
  const auto dir =
      std::filesystem::temp_directory_path() / ("anju-camera-stall-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::string error;
  const std::string video = make_test_video(dir, error);
  ASSERT_FALSE(video.empty()) << error;

  StallingCamera camera(video, 4s);
  ASSERT_GT(camera.port(), 0);
  vision::CameraConfig config;
  config.id = "cam-stall";
  config.room = "101";
  config.source = "http://127.0.0.1:" + std::to_string(camera.port()) + "/stream.ts";
  config.max_fps = 5;
  CaptureSink sink;
  vision::CameraWorker worker(config, sink);
  worker.start();

  using Seen = std::vector<std::pair<Clock::time_point, protocol::Event>>;
  ASSERT_TRUE(sink.inbox.wait_for([](const Seen& v) { return !v.empty(); }, 20s))
      << "no camera_offline after the stream stalled";
  const auto [offline_at, offline] = sink.inbox.items().front();
  EXPECT_TRUE(eventually([&] { return worker.stats().frames_analysed > 0; }, 1s));
  EXPECT_EQ(offline.type, protocol::EventType::kCameraOffline);
  EXPECT_EQ(offline.device, "cam-stall");
  EXPECT_EQ(offline.room, "101");
  const auto stalled_at = camera.stalled_at();
  ASSERT_NE(stalled_at, Clock::time_point{}) << "the stream never stalled: " << offline.detail;
  const auto noticed =
      std::chrono::duration_cast<std::chrono::milliseconds>(offline_at - stalled_at);
  // The read time-out is 5 s; frames already buffered may be read first.
  EXPECT_GE(noticed, 3s) << "offline before the stall could have been noticed";
  EXPECT_LE(noticed, 12s) << "the stall took too long to notice";

  ASSERT_TRUE(sink.inbox.wait_for([](const Seen& v) { return v.size() >= 2; }, 20s))
      << "the camera never came back online";
  EXPECT_EQ(sink.inbox.items()[1].second.type, protocol::EventType::kCameraOnline);
  worker.stop();
  EXPECT_EQ(sink.inbox.items().size(), 2u) << "more status changes than the one stall";
  RecordProperty("stall_noticed_ms", static_cast<int>(noticed.count()));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace anju::fault
