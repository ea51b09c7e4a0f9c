// A node in its own process, for the tests that must kill one (kill -9 is the honest crash).
//
//   bus_test_helper --uri U --ca FILE --site S --node N --password P [--outbox FILE] MODE
//   MODE: hold            connect, print "connected", wait to be killed
//         publish COUNT   publish COUNT events (ids <node>-crash-<i>) whether or not the broker
//                         is reachable, print "published", wait to be killed
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include "bus/bus.h"
#include "protocol/codec.h"
#include "protocol/topics.h"

namespace {

int usage() {
  std::fputs(
      "usage: bus_test_helper --uri U --ca FILE --site S --node N --password P "
      "[--outbox FILE] (hold | publish COUNT)\n",
      stderr);
  return 2;
}

[[noreturn]] void wait_to_be_killed() {
  while (true) std::this_thread::sleep_for(std::chrono::hours(1));
}

}  // namespace

int main(int argc, char** argv) {
  anju::bus::BusConfig config;
  config.kind = anju::protocol::NodeKind::kKiosk;
  config.backoff_min = std::chrono::milliseconds(50);
  config.backoff_max = std::chrono::milliseconds(500);
  std::string mode;
  int count = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--uri" && has_value)
      config.uri = argv[++i];
    else if (arg == "--ca" && has_value)
      config.ca_file = argv[++i];
    else if (arg == "--site" && has_value)
      config.site = argv[++i];
    else if (arg == "--node" && has_value)
      config.node = argv[++i];
    else if (arg == "--password" && has_value)
      config.password = argv[++i];
    else if (arg == "--outbox" && has_value)
      config.outbox_path = argv[++i];
    else if (arg == "hold")
      mode = arg;
    else if (arg == "publish" && has_value) {
      mode = arg;
      count = std::stoi(argv[++i]);
    } else {
      return usage();
    }
  }
  if (mode.empty() || config.node.empty()) return usage();

  anju::bus::Bus bus(config);
  bus.start();
  if (mode == "hold") {
    if (!bus.wait_connected(std::chrono::seconds(10))) {
      std::puts("not connected");
      return 1;
    }
    std::puts("connected");
    std::fflush(stdout);
    wait_to_be_killed();
  }
  const auto topic =
      anju::protocol::topic(config.site, anju::protocol::TopicKind::kEvent, config.node);
  for (int i = 1; i <= count; ++i) {
    anju::protocol::Event e;
    e.id = config.node + "-crash-" + std::to_string(i);
    e.ts = 1'700'000'000'000 + i;
    e.seq = static_cast<std::uint64_t>(i);
    e.node = config.node;
    e.type = anju::protocol::EventType::kCall;
    e.room = "101";
    bus.publish(topic, anju::protocol::encode(e));
  }
  std::puts("published");
  std::fflush(stdout);
  wait_to_be_killed();
}
