// anju-soak: a facility of simulated rooms (default 1,000) living a normal day against a real
// broker (TLS Mosquitto) and the real engine process, with storms of calls (default 100 in one
// second, every 60 s). Samples the engine's memory and the alarm latency (call sent -> raised alarm
// at a console) over time, then drains and checks that every event was journalled (receipt) and
// prints the figures. Exit 1 if a figure breaks a limit given on the command line.
//
//   anju-soak [--rooms N] [--duration S] [--speed K] [--storm-every S] [--storm-calls N]
//             [--sample-every S] [--max-p99-ms MS] [--max-rss-growth-mb MB]
#include <signal.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "common/option_parser.h"
#include "latency_log.h"
#include "node/reliable_event_sender.h"
#include "process_memory.h"
#include "protocol/codec.h"
#include "protocol/topics.h"
#include "simulator/facility_simulator.h"
#include "support/child_process.h"
#include "support/test_broker.h"

#ifndef ANJU_BIN_DIR
#error "ANJU_BIN_DIR must name the folder with anju-engine"
#endif

namespace anju::soak {
namespace {

using namespace std::chrono_literals;
using protocol::EventType;
using protocol::NodeKind;
using protocol::TopicKind;

struct Options {
  int rooms = 1000;
  double duration_s = 1800;
  double speed = 1;  // simulated seconds per real second for the rooms' daily life
  double storm_every_s = 60;
  int storm_calls = 100;
  double sample_every_s = 10;
  double max_p99_ms = 0;         // 0: no limit
  double max_rss_growth_mb = 0;  // over the second half of the run; 0: no limit
};

cli::OptionParser declare(Options& o) {
  cli::OptionParser parser("usage: anju-soak [options]");
  parser.integer("--rooms", "N", "rooms simulated (default 1000)", o.rooms, 1, 100000)
      .number("--duration", "S", "seconds to run (default 1800)", o.duration_s, 1, 1e7)
      .number("--speed", "K", "simulated seconds per real second (default 1)", o.speed, 0.001,
              10000)
      .number("--storm-every", "S", "seconds between call storms (default 60)", o.storm_every_s, 0,
              1e7)
      .integer("--storm-calls", "N", "calls in one storm (default 100)", o.storm_calls, 0, 100000)
      .number("--sample-every", "S", "seconds between samples (default 10)", o.sample_every_s, 0.1,
              1e7)
      .number("--max-p99-ms", "MS", "fail above this call -> alarm p99 (default: no limit)",
              o.max_p99_ms, 0, 1e9)
      .number("--max-rss-growth-mb", "MB",
              "fail above this RSS growth over the second half (default: no limit)",
              o.max_rss_growth_mb, 0, 1e9);
  return parser;
}

bool raises_alarm(EventType t) {
  return t == EventType::kCall || t == EventType::kBathroomCall || t == EventType::kEmergency ||
         t == EventType::kStaffEmergency;
}

// Sent calls by id, to turn a raised alarm's source_event into a latency.
class SentCalls {
 public:
  void add(const std::string& id, TimestampMs ts, bool storm) {
    std::lock_guard lock(mutex_);
    sent_[id] = {ts, storm};
  }
  // The call behind `id` (once); false if unknown.
  bool take(const std::string& id, TimestampMs& ts, bool& storm) {
    std::lock_guard lock(mutex_);
    auto it = sent_.find(id);
    if (it == sent_.end()) return false;
    ts = it->second.first;
    storm = it->second.second;
    sent_.erase(it);
    return true;
  }
  // Forgets calls older than `before` that raised no alarm of their own (a second press of an
  // active call is the same alarm); returns how many.
  std::size_t forget_before(TimestampMs before) {
    std::lock_guard lock(mutex_);
    return std::erase_if(sent_, [&](const auto& kv) { return kv.second.first < before; });
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::pair<TimestampMs, bool>> sent_;
};

int run(const Options& o) {
  test::TestBroker broker({{"engine", "engine", ""},
                           {"gw-soak", "gateway", ""},
                           {"gw-storm", "gateway", ""},
                           {"console-soak", "console", ""}},
                          "soak", test::BrokerKind::kMosquitto);
  if (!broker.ok()) {
    std::fprintf(stderr, "anju-soak: %s\n", broker.error().c_str());
    return 2;
  }
  const auto dir = broker.dir();
  const auto journal = dir / "engine.journal";
  test::ChildProcess engine(
      {ANJU_BIN_DIR "/anju-engine", "--uri", broker.uri(), "--site", broker.site(), "--node",
       "engine", "--broker-dir", broker.broker_dir().string(), "--outbox",
       (dir / "engine.outbox").string(), "--journal", journal.string()},
      dir / "engine.log", false);
  if (!engine.started()) {
    std::fprintf(stderr, "anju-soak: cannot start anju-engine\n");
    return 2;
  }

  const auto& clock = SystemClock::instance();
  SentCalls sent;
  LatencyLog latency;
  std::atomic<std::uint64_t> raised{0};
  std::mutex seen_mutex;
  std::set<std::string> seen_alarms;
  bus::Bus console(broker.bus_config("console-soak", NodeKind::kConsole));
  console.subscribe(protocol::topic_filter(broker.site(), TopicKind::kAlarm),
                    [&](const bus::Message& m) {
                      if (m.payload.empty()) return;
                      auto a = protocol::decode_alarm_state(m.payload);
                      if (!a || a->status != protocol::AlarmStatus::kRaised) return;
                      {
                        std::lock_guard lock(seen_mutex);
                        if (!seen_alarms.insert(a->alarm).second) return;  // an escalation
                      }
                      ++raised;
                      TimestampMs ts = 0;
                      bool storm = false;
                      if (sent.take(a->source_event, ts, storm))
                        latency.add(static_cast<double>(clock.now_ms() - ts), storm);
                    });
  bus::Bus gateway(broker.bus_config("gw-soak", NodeKind::kGateway));
  bus::Bus storm_gateway(broker.bus_config("gw-storm", NodeKind::kGateway));
  auto rooms_sender = node::ReliableEventSender::open(gateway);
  auto storm_sender = node::ReliableEventSender::open(storm_gateway);
  if (!rooms_sender || !storm_sender) {
    std::fprintf(stderr, "anju-soak: cannot open the pending tables\n");
    return 2;
  }
  auto& rooms_out = *rooms_sender.value();
  auto& storm_out = *storm_sender.value();
  console.start();
  gateway.start();
  storm_gateway.start();
  for (auto* b : {&console, &gateway, &storm_gateway}) {
    if (!b->wait_connected(20s)) {
      std::fprintf(stderr, "anju-soak: %s did not connect\n", b->config().node.c_str());
      return 2;
    }
  }

  devices::SimulatorConfig sim;
  sim.rooms = o.rooms;
  sim.speed = o.speed;
  const auto start = clock.now_ms();
  devices::FacilitySimulator facility(sim, start);
  std::mt19937 rng(7);
  std::printf(
      "anju-soak: %d rooms (speed %.0fx), storms of %d calls every %.0f s, %.0f s; "
      "engine pid %d\n",
      o.rooms, o.speed, o.storm_calls, o.storm_every_s, o.duration_s, engine.pid());
  std::printf("%8s %9s %8s %8s %8s %8s %8s %9s\n", "t_s", "rss_mb", "events", "alarms", "p50_ms",
              "p99_ms", "max_ms", "pending");

  std::uint64_t events = 0, storm_events = 0, storms = 0, sent_errors = 0;
  std::vector<std::pair<double, double>> rss_samples;  // (hours, MB)
  double next_sample_s = o.sample_every_s, next_storm_s = o.storm_every_s;
  std::vector<std::pair<double, std::string>> cancels;  // (due s, room) for storm calls
  while (true) {
    const auto now = clock.now_ms();
    const double t = static_cast<double>(now - start) / 1000.0;
    if (t >= o.duration_s) break;
    for (auto& e : facility.advance(now)) {
      const bool alarm = raises_alarm(e.type);
      const auto sent_at = clock.now_ms();
      auto id = rooms_out.publish(std::move(e));  // stamps it: the id is known from here
      if (!id)
        ++sent_errors;
      else if (alarm)
        sent.add(*id, sent_at, false);
      ++events;
    }
    if (o.storm_every_s > 0 && t >= next_storm_s) {
      // A storm: storm_calls calls from distinct rooms within one second.
      std::vector<int> rooms(static_cast<std::size_t>(o.rooms));
      for (int i = 0; i < o.rooms; ++i) rooms[static_cast<std::size_t>(i)] = i;
      std::shuffle(rooms.begin(), rooms.end(), rng);
      const int calls = std::min(o.storm_calls, o.rooms);
      for (int i = 0; i < calls; ++i) {
        protocol::Event e;
        e.type = EventType::kCall;
        e.room = facility.room_id(rooms[static_cast<std::size_t>(i)]);
        const auto sent_at = clock.now_ms();
        if (auto id = storm_out.publish(e); id)
          sent.add(*id, sent_at, true);
        else
          ++sent_errors;
        ++storm_events;
        cancels.emplace_back(t + 20, e.room);
        std::this_thread::sleep_for(std::chrono::milliseconds(1000 / std::max(calls, 1)));
      }
      ++storms;
      next_storm_s += o.storm_every_s;
    }
    // Staff reach the storm's rooms 20 s later and cancel at the bedside.
    while (!cancels.empty() && cancels.front().first <= t) {
      for (auto type : {EventType::kStaffPresent, EventType::kCancel}) {
        protocol::Event e;
        e.type = type;
        e.room = cancels.front().second;
        e.staff = "soak-nurse";
        if (!storm_out.publish(std::move(e))) ++sent_errors;
        ++storm_events;
      }
      cancels.erase(cancels.begin());
    }
    if (t >= next_sample_s) {
      const double rss = rss_mb(engine.pid());
      rss_samples.emplace_back(t / 3600.0, rss);
      const auto w = latency.take_window();
      sent.forget_before(now - 60'000);
      std::printf("%8.0f %9.1f %8llu %8llu %8.1f %8.1f %8.1f %9zu\n", t, rss,
                  static_cast<unsigned long long>(events + storm_events),
                  static_cast<unsigned long long>(raised.load()), w.p50, w.p99, w.max,
                  rooms_out.pending() + storm_out.pending());
      std::fflush(stdout);
      next_sample_s += o.sample_every_s;
    }
    std::this_thread::sleep_for(20ms);
  }

  // Drain: every event must be confirmed as journalled.
  const auto drain_deadline = std::chrono::steady_clock::now() + 120s;
  while (rooms_out.pending() + storm_out.pending() > 0 &&
         std::chrono::steady_clock::now() < drain_deadline) {
    std::this_thread::sleep_for(100ms);
  }
  const std::size_t unconfirmed = rooms_out.pending() + storm_out.pending();
  const bool engine_alive = engine.running();
  const double rss_end = rss_mb(engine.pid());
  rooms_out.stop();
  storm_out.stop();
  engine.stop(SIGTERM, 10s);

  const auto bg = latency.background();
  const auto st = latency.storms();
  double rss_max = 0;
  for (const auto& s : rss_samples) rss_max = std::max(rss_max, s.second);
  std::vector<std::pair<double, double>> second_half;
  for (const auto& s : rss_samples) {
    if (s.first * 3600.0 >= o.duration_s / 2) second_half.push_back(s);
  }
  const double growth_per_hour = slope(second_half);
  const double half_hours = o.duration_s / 2 / 3600.0;
  const double growth_second_half = growth_per_hour * half_hours;
  const double rss_first = rss_samples.empty() ? 0 : rss_samples.front().second;
  std::printf("\nanju-soak: figures\n");
  std::printf("soak_duration_s %.0f\nsoak_rooms %d\nsoak_events %llu\nsoak_storms %llu\n",
              o.duration_s, o.rooms, static_cast<unsigned long long>(events + storm_events),
              static_cast<unsigned long long>(storms));
  std::printf("soak_alarms_raised %llu\n", static_cast<unsigned long long>(raised.load()));
  std::printf("soak_events_unconfirmed %zu\nsoak_send_errors %llu\n", unconfirmed,
              static_cast<unsigned long long>(sent_errors));
  std::printf(
      "soak_alarm_latency_p50_ms %.1f\nsoak_alarm_latency_p99_ms %.1f\n"
      "soak_alarm_latency_max_ms %.1f (%zu calls)\n",
      bg.p50, bg.p99, bg.max, bg.count);
  std::printf(
      "soak_storm_latency_p50_ms %.1f\nsoak_storm_latency_p99_ms %.1f\n"
      "soak_storm_latency_max_ms %.1f (%zu storm calls raised their own alarm)\n",
      st.p50, st.p99, st.max, st.count);
  std::printf(
      "soak_engine_rss_first_mb %.1f\nsoak_engine_rss_max_mb %.1f\n"
      "soak_engine_rss_end_mb %.1f\nsoak_engine_rss_growth_second_half_mb %.2f\n",
      rss_first, rss_max, rss_end, growth_second_half);
  std::printf("soak_journal_mb %.1f\n",
              static_cast<double>(std::filesystem::file_size(journal)) / 1e6);

  int failures = 0;
  const auto fail = [&](const std::string& why) {
    std::fprintf(stderr, "anju-soak: FAIL: %s\n", why.c_str());
    ++failures;
  };
  if (!engine_alive)
    fail("the engine exited during the run (see " + (dir / "engine.log").string() + ")");
  if (unconfirmed > 0) fail(std::to_string(unconfirmed) + " events never confirmed as journalled");
  if (sent_errors > 0) fail(std::to_string(sent_errors) + " events refused by the sender");
  if (o.max_p99_ms > 0 && bg.p99 > o.max_p99_ms)
    fail("alarm latency p99 " + std::to_string(bg.p99) + " ms > " + std::to_string(o.max_p99_ms));
  if (o.max_rss_growth_mb > 0 && growth_second_half > o.max_rss_growth_mb)
    fail("engine RSS grew " + std::to_string(growth_second_half) + " MB in the second half");
  if (bg.count == 0) fail("no alarm latency was measured");
  return failures == 0 ? 0 : 1;
}

}  // namespace
}  // namespace anju::soak

int main(int argc, char** argv) {
  anju::soak::Options options;
  auto parser = anju::soak::declare(options);
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (const auto exit_code = parser.parse_or_explain("anju-soak", args, std::cout, std::cerr))
    return *exit_code;
  return anju::soak::run(options);
}
