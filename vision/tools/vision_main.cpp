// anju-vision: a vision node. One pipeline per configured camera (fall detection, wandering
// zones), events and camera status published through the bus, heartbeats with fps and dropped
// frames. See docs/vision.md for the config file.
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <opencv2/core/utility.hpp>
#include <sstream>
#include <thread>

#include "bus/bus.h"
#include "camera/camera_config.h"
#include "clips/av_handles.h"
#include "daemon/vision_node.h"
#include "node/node_options.h"
#include "node/reliable_event_sender.h"
#include "node/stop_signal.h"
#include "protocol/messages.h"

namespace {

// Logs each event on stdout, then hands it on; a refused event is logged on stderr.
class LoggingSink final : public anju::node::EventSink {
 public:
  explicit LoggingSink(anju::node::EventSink& next) : next_(next) {}
  anju::Result<std::string> publish(anju::protocol::Event e) override {
    std::ostringstream line;
    line << anju::protocol::to_string(e.type) << " room " << e.room << " camera " << e.device;
    if (!e.detail.empty()) line << " (" << e.detail << ")";
    if (e.type == anju::protocol::EventType::kFall) line << " confidence " << e.confidence;
    if (!e.clip.empty()) line << " clip " << e.clip;
    auto id = next_.publish(std::move(e));
    if (id) {
      std::cout << "anju-vision: " << line.str() << " [" << id.value() << "]" << std::endl;
    } else {
      std::cerr << "anju-vision: NOT SENT " << line.str() << ": " << id.error().reason << std::endl;
    }
    return id;
  }

 private:
  anju::node::EventSink& next_;
};

}  // namespace

int main(int argc, char** argv) {
  using namespace anju;
  std::string config_file, metrics_at;
  double duration_s = 0;
  cli::OptionParser own("usage: anju-vision --config FILE.json [options]");
  own.value("--config", "FILE", "cameras, rooms, sources, zones and clips (docs/vision.md)",
            config_file)
      .value("--metrics", "ADDRESS:PORT",
             "serve Prometheus metrics at http://ADDRESS:PORT/metrics (e.g. 127.0.0.1:9465)",
             metrics_at)
      .number("--duration", "S", "stop after S seconds (default: run until Ctrl-C)", duration_s, 0,
              1e9);
  auto command_line = node::parse_command_line("anju-vision", argc, argv, own, "vision",
                                               protocol::NodeKind::kVision);
  if (command_line.exit_code) return *command_line.exit_code;
  const auto& parsed = command_line.node;
  if (config_file.empty()) {
    std::cerr << "anju-vision: --config is required\n" << own.usage();
    return 2;
  }
  auto loaded = vision::read_node_config(config_file);
  if (!loaded) {
    std::cerr << "anju-vision: " << loaded.error().reason << "\n";
    return 2;
  }
  vision::NodeConfig config = std::move(loaded).value();
  // Clip references name this node: "<node>/<day>/<name>".
  config.clips.node = parsed.bus.node;
  for (auto& camera : config.cameras) camera.clips.node = parsed.bus.node;
  vision::clips::quiet_ffmpeg_logs();

  // Each camera has its own thread already; OpenCV's own pool on top would only oversubscribe.
  cv::setNumThreads(1);
  node::install_stop_signals();

  bus::Bus bus(parsed.bus);
  // Events stay pending (next to the outbox) until the engine's receipt: a fall survives a
  // crash of the engine, of the broker or of this process.
  auto sender = node::ReliableEventSender::open(bus);
  if (!sender) {
    std::cerr << "anju-vision: " << sender.error().reason << "\n";
    return 1;
  }
  LoggingSink sink(*sender.value());
  vision::VisionNode node(config, sink);
  bus.set_heartbeat_stats([&node] { return node.heartbeat_stats(); });
  metrics::Serving metrics_serving;
  if (!metrics_at.empty()) {
    auto serving = metrics::serve_metrics(metrics_at, [&node] { return node.metrics(); });
    if (!serving) {
      std::cerr << "anju-vision: " << serving.error().reason << "\n";
      return 2;
    }
    metrics_serving = std::move(serving).value();
    std::cerr << "anju-vision: metrics on " << metrics_serving.url << std::endl;
  }
  bus.start();
  node.start();
  std::cout << "anju-vision: node " << parsed.bus.node << ", " << config.cameras.size()
            << " camera(s)" << std::endl;

  const auto start = std::chrono::steady_clock::now();
  while (!node::stop_requested()) {
    if (duration_s > 0 &&
        std::chrono::steady_clock::now() - start >= std::chrono::duration<double>(duration_s)) {
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  if (metrics_serving.server) metrics_serving.server->stop();
  node.stop();
  bus.wait_flushed(std::chrono::seconds(3));
  auto& events = *sender.value();
  const auto unconfirmed = events.wait_confirmed(std::chrono::seconds(3));
  events.stop();
  bus.stop();
  std::cout << "anju-vision: stopped, " << unconfirmed << " event(s) awaiting a receipt"
            << std::endl;
  return 0;
}
