// anju-sim: a facility's call buttons, pull cords, presence buttons, bed and door sensors behind
// one gateway node, publishing realistic events through the bus.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "bus/bus.h"
#include "node/node_options.h"
#include "node/reliable_event_sender.h"
#include "node/stop_signal.h"
#include "protocol/codec.h"
#include "simulator/facility_simulator.h"

namespace {

const char* kUsage =
    "usage: anju-sim [options]\n"
    "  --rooms N            rooms to simulate (default 20, first room 101)\n"
    "  --speed K            simulated seconds per real second (default 1)\n"
    "  --rate R             load mode: R events per second instead of daily life\n"
    "  --seed S             random seed (default 1)\n"
    "  --duration S         stop after S seconds (default: run until Ctrl-C)\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace anju;
  auto parsed = node::parse_node_options(argc, argv, "sim", protocol::NodeKind::kSimulator);
  if (!parsed) {
    std::cerr << "anju-sim: " << parsed.error().reason << "\n"
              << kUsage << node::node_options_usage();
    return 2;
  }
  devices::SimulatorConfig sim;
  double duration_s = 0;
  const auto& rest = parsed->rest;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    const auto& a = rest[i];
    const bool has_value = i + 1 < rest.size();
    if (a == "--help" || a == "-h") {
      std::cout << kUsage << node::node_options_usage();
      return 0;
    }
    if (!has_value) {
      std::cerr << "anju-sim: unknown or incomplete option " << a << "\n" << kUsage;
      return 2;
    }
    const std::string v = rest[++i];
    if (a == "--rooms")
      sim.rooms = std::atoi(v.c_str());
    else if (a == "--speed")
      sim.speed = std::atof(v.c_str());
    else if (a == "--rate")
      sim.fixed_rate_per_s = std::atof(v.c_str());
    else if (a == "--seed")
      sim.seed = static_cast<std::uint32_t>(std::strtoul(v.c_str(), nullptr, 10));
    else if (a == "--duration")
      duration_s = std::atof(v.c_str());
    else {
      std::cerr << "anju-sim: unknown option " << a << "\n" << kUsage;
      return 2;
    }
  }
  if (sim.rooms <= 0 || sim.speed <= 0) {
    std::cerr << "anju-sim: --rooms and --speed must be positive\n";
    return 2;
  }

  node::install_stop_signals();

  bus::Bus bus(parsed->bus);
  // Events stay pending (next to the outbox) until the engine's receipt: a crash of the engine
  // or of this process loses none of them.
  auto sender = node::ReliableEventSender::open(bus);
  if (!sender) {
    std::cerr << "anju-sim: " << sender.error().reason << "\n";
    return 1;
  }
  auto& events = *sender.value();
  bus.start();
  const auto& clock = SystemClock::instance();
  const auto start = clock.now_ms();
  devices::FacilitySimulator simulator(sim, start);
  const std::string topic =
      protocol::topic(parsed->bus.site, protocol::TopicKind::kEvent, parsed->bus.node);
  std::cout << "anju-sim: " << sim.rooms << " rooms, speed " << sim.speed << "x, publishing on "
            << topic << std::endl;

  std::uint64_t sent = 0;
  auto last_report = start;
  while (!node::stop_requested()) {
    const auto now = clock.now_ms();
    if (duration_s > 0 && now - start >= static_cast<TimestampMs>(duration_s * 1000)) break;
    for (auto& event : simulator.advance(now)) {
      if (auto r = events.publish(std::move(event)); !r)
        std::cerr << "anju-sim: " << r.error().reason << "\n";
      ++sent;
    }
    if (now - last_report >= 10'000) {
      const auto s = bus.stats();
      std::cout << "anju-sim: " << sent << " events, " << s.published << " acknowledged, "
                << s.outbox_pending << " pending, " << events.pending()
                << " awaiting the engine's receipt"
                << (bus.connected() ? "" : " (broker unreachable)") << std::endl;
      last_report = now;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(sim.fixed_rate_per_s > 0 ? 2 : 100));
  }
  bus.wait_flushed(std::chrono::seconds(3));
  const auto unconfirmed = events.wait_confirmed(std::chrono::seconds(3));
  events.stop();
  bus.stop();
  std::cout << "anju-sim: stopped after " << sent << " events, " << unconfirmed
            << " awaiting a receipt" << std::endl;
  return 0;
}
