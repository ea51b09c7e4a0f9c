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

int main(int argc, char** argv) {
  using namespace anju;
  long count = 0;
  double duration_s = 0;
  bool no_heartbeats = false;
  cli::OptionParser own("usage: anju-monitor [options]");
  own.integer("--count", "N", "exit after N messages", count, 1, 1'000'000'000L)
      .number("--duration", "S", "exit after S seconds", duration_s, 0, 1e9)
      .flag("--no-heartbeats", "hide heartbeats", no_heartbeats);
  auto command_line = node::parse_command_line("anju-monitor", argc, argv, own, "monitor",
                                               protocol::NodeKind::kConsole);
  if (command_line.exit_code) return *command_line.exit_code;
  const bool heartbeats = !no_heartbeats;
  node::install_stop_signals();

  auto config = command_line.node.bus;
  config.heartbeat_s = 0;
  bus::Bus bus(config);
  std::atomic<long> seen{0};
  std::mutex print;
  const std::string heartbeat_prefix =
      protocol::topic(command_line.node.bus.site, protocol::TopicKind::kHeartbeat, "");
  bus.subscribe("anju/v1/" + command_line.node.bus.site + "/#", [&](const bus::Message& m) {
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
