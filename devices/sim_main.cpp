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

int main(int argc, char** argv) {
  using namespace anju;
  devices::SimulatorConfig sim;
  double duration_s = 0;
  long seed = sim.seed;
  cli::OptionParser own("usage: anju-sim [options]");
  own.integer("--rooms", "N", "rooms to simulate (default 20, first room 101)", sim.rooms, 1, 10000)
      .number("--speed", "K", "simulated seconds per real second (default 1)", sim.speed, 0.001,
              10000)
      .number("--rate", "R", "load mode: R events per second instead of daily life",
              sim.fixed_rate_per_s, 0, 100000)
      .integer("--seed", "S", "random seed (default 1)", seed, 0, 4294967295L)
      .number("--duration", "S", "stop after S seconds (default: run until Ctrl-C)", duration_s, 0,
              1e9);
  auto command_line =
      node::parse_command_line("anju-sim", argc, argv, own, "sim", protocol::NodeKind::kSimulator);
  if (command_line.exit_code) return *command_line.exit_code;
  const auto& parsed = command_line.node;
  sim.seed = static_cast<std::uint32_t>(seed);

  node::install_stop_signals();

  bus::Bus bus(parsed.bus);
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
      protocol::topic(parsed.bus.site, protocol::TopicKind::kEvent, parsed.bus.node);
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
