// anju-monitor: prints every message on the site's topics, decoded, and every reject with its
// reason.
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <thread>

#include "bus/bus.h"
#include "monitor/message_printer.h"
#include "node/node_options.h"
#include "node/stop_signal.h"
#include "protocol/topics.h"

namespace {

const char* kUsage =
    "usage: anju-monitor [options]\n"
    "  --count N            exit after N messages\n"
    "  --duration S         exit after S seconds\n"
    "  --no-heartbeats      hide heartbeats\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace anju;
  auto parsed = node::parse_node_options(argc, argv, "monitor", protocol::NodeKind::kConsole);
  if (!parsed) {
    std::cerr << "anju-monitor: " << parsed.error().reason << "\n"
              << kUsage << node::node_options_usage();
    return 2;
  }
  long count = 0;
  double duration_s = 0;
  bool heartbeats = true;
  const auto& rest = parsed->rest;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    const auto& a = rest[i];
    if (a == "--help" || a == "-h") {
      std::cout << kUsage << node::node_options_usage();
      return 0;
    } else if (a == "--no-heartbeats") {
      heartbeats = false;
    } else if (a == "--count" && i + 1 < rest.size()) {
      count = std::atol(rest[++i].c_str());
    } else if (a == "--duration" && i + 1 < rest.size()) {
      duration_s = std::atof(rest[++i].c_str());
    } else {
      std::cerr << "anju-monitor: unknown option " << a << "\n" << kUsage;
      return 2;
    }
  }
  node::install_stop_signals();

  auto config = parsed->bus;
  config.heartbeat_s = 0;
  bus::Bus bus(config);
  std::atomic<long> seen{0};
  std::mutex print;
  const std::string heartbeat_prefix =
      protocol::topic(parsed->bus.site, protocol::TopicKind::kHeartbeat, "");
  bus.subscribe("anju/v1/" + parsed->bus.site + "/#", [&](const bus::Message& m) {
    if (!heartbeats && m.topic.starts_with(heartbeat_prefix)) return;
    std::lock_guard lock(print);
    std::cout << devices::describe_message(m.topic, m.payload) << (m.retained ? " (retained)" : "")
              << std::endl;
    if (count > 0 && ++seen >= count) node::request_stop();
  });
  bus.on_connection_change([](bool up) {
    std::cerr << "anju-monitor: " << (up ? "connected" : "broker unreachable, retrying")
              << std::endl;
  });
  bus.start();
  const auto start = std::chrono::steady_clock::now();
  while (!node::stop_requested()) {
    if (duration_s > 0 &&
        std::chrono::steady_clock::now() - start > std::chrono::duration<double>(duration_s))
      break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  bus.stop();
  return 0;
}
