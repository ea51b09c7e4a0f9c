// Engine figures:
//   engine_ingest_events_per_s   events through AlarmEngine + SQLite journal (every transition
//                                journalled), a realistic mix of calls, presence and cancels
//   engine_alarm_latency_p99_ms  call published by a kiosk -> alarm state received by a console,
//                                through a real TLS broker and the running engine, with 100
//                                events/s of background traffic
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

#include "engine/engine_service.h"
#include "engine/journal.h"
#include "protocol/codec.h"
#include "support/test_broker.h"

namespace {

using namespace anju;
using protocol::Event;
using protocol::EventType;

Event make(EventType type, int room, std::uint64_t seq, TimestampMs ts) {
  Event e;
  e.id = "gw-bench-" + std::to_string(seq);
  e.seq = seq;
  e.ts = ts;
  e.node = "gw-1";
  e.type = type;
  e.room = std::to_string(100 + room);
  if (type != EventType::kCall) e.staff = "n01";
  return e;
}

std::filesystem::path temp_path(const char* name) {
  return std::filesystem::temp_directory_path() /
         (std::string(name) + "-" + std::to_string(::getpid()));
}

void BM_EngineIngest(benchmark::State& state) {
  const auto path = temp_path("anju-bench-journal");
  std::filesystem::remove(path);
  auto journal = engine::Journal::open(path);
  if (!journal) {
    state.SkipWithError(journal.error().reason.c_str());
    return;
  }
  ManualClock clock;
  engine::AlarmEngine engine(engine::AlarmPolicy::defaults(), clock);
  std::uint64_t seq = 0;
  // Cycle over 1,000 rooms: call, staff present, cancel.
  for (auto _ : state) {
    const int room = static_cast<int>((seq / 3) % 1000);
    const auto type = seq % 3 == 0   ? EventType::kCall
                      : seq % 3 == 1 ? EventType::kStaffPresent
                                     : EventType::kCancel;
    clock.advance(1);
    const Event e = make(type, room, ++seq, clock.now_ms());
    const std::string payload = protocol::encode(e);
    auto out = engine.on_event(e);
    auto r = journal.value()->record(&e, payload, out, clock.now_ms());
    if (!r) state.SkipWithError(r.error().reason.c_str());
  }
  state.counters["engine_ingest_events_per_s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  journal.value().reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
}
BENCHMARK(BM_EngineIngest)->MinTime(3.0)->Unit(benchmark::kMicrosecond);

void BM_EngineAlarmLatency(benchmark::State& state) {
  test::TestBroker broker({{"engine", "engine", ""},
                           {"kiosk-101", "kiosk", "101"},
                           {"gw-1", "gateway", ""},
                           {"console-1", "console", ""}});
  if (!broker.ok()) {
    state.SkipWithError(broker.error().c_str());
    return;
  }
  const auto journal = temp_path("anju-bench-latency-journal");
  std::filesystem::remove(journal);
  engine::EngineServiceConfig cfg;
  cfg.bus = broker.bus_config("engine", protocol::NodeKind::kEngine);
  cfg.journal_path = journal;
  engine::EngineService service(cfg);
  service.on_log([](const std::string&) {});
  if (!service.start()) {
    state.SkipWithError("engine did not start");
    return;
  }
  bus::Bus kiosk(broker.bus_config("kiosk-101", protocol::NodeKind::kKiosk));
  bus::Bus gateway(broker.bus_config("gw-1", protocol::NodeKind::kGateway));
  bus::Bus console(broker.bus_config("console-1", protocol::NodeKind::kConsole));

  std::mutex m;
  std::condition_variable cv;
  std::string waiting_for;  // source event id whose alarm we wait for
  bool seen = false;
  console.subscribe(protocol::topic_filter(broker.site(), protocol::TopicKind::kAlarm),
                    [&](const bus::Message& msg) {
                      auto a = protocol::decode_alarm_state(msg.payload);
                      if (!a || a->status != protocol::AlarmStatus::kRaised) return;
                      std::lock_guard lock(m);
                      if (a->source_event == waiting_for) {
                        seen = true;
                        cv.notify_all();
                      }
                    });
  for (auto* b : {&kiosk, &gateway, &console}) b->start();
  for (auto* b : {&kiosk, &gateway, &console}) b->wait_connected(std::chrono::seconds(10));

  // Background: 100 events/s of call / present / cancel in other rooms.
  std::atomic<bool> stop{false};
  std::thread background([&] {
    std::uint64_t seq = 0;
    const auto topic = protocol::topic(broker.site(), protocol::TopicKind::kEvent, "gw-1");
    while (!stop) {
      const int room = 200 + static_cast<int>((seq / 3) % 300);
      const auto type = seq % 3 == 0   ? EventType::kCall
                        : seq % 3 == 1 ? EventType::kStaffPresent
                                       : EventType::kCancel;
      gateway.publish(topic,
                      protocol::encode(make(type, room, ++seq, SystemClock::instance().now_ms())));
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  });

  std::vector<double> ms;
  const auto kiosk_topic = protocol::topic(broker.site(), protocol::TopicKind::kEvent, "kiosk-101");
  std::uint64_t seq = 0;
  for (auto _ : state) {
    for (int i = 0; i < 300; ++i) {
      Event call = make(EventType::kCall, 1, ++seq, SystemClock::instance().now_ms());
      call.node = "kiosk-101";
      call.id = "kiosk-101-bench-" + std::to_string(seq);
      {
        std::lock_guard lock(m);
        waiting_for = call.id;
        seen = false;
      }
      const auto t0 = std::chrono::steady_clock::now();
      kiosk.publish(kiosk_topic, protocol::encode(call));
      std::unique_lock lock(m);
      if (!cv.wait_for(lock, std::chrono::seconds(5), [&] { return seen; })) {
        state.SkipWithError("alarm not received within 5 s");
        break;
      }
      lock.unlock();
      ms.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
      // Cancel it at the bedside so the next press raises a new alarm.
      Event cancel = make(EventType::kCancel, 1, ++seq, SystemClock::instance().now_ms() + 1);
      cancel.node = "kiosk-101";
      cancel.id = "kiosk-101-bench-" + std::to_string(seq);
      kiosk.publish(kiosk_topic, protocol::encode(cancel));
      std::this_thread::sleep_for(std::chrono::milliseconds(15));
    }
  }
  stop = true;
  background.join();
  if (!ms.empty()) {
    std::sort(ms.begin(), ms.end());
    state.counters["engine_alarm_latency_p50_ms"] = ms[ms.size() / 2];
    state.counters["engine_alarm_latency_p99_ms"] =
        ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
    state.counters["engine_alarm_latency_max_ms"] = ms.back();
  }
  for (auto* b : {&kiosk, &gateway, &console}) b->stop();
  service.stop();
  for (const char* suffix : {"", "-wal", "-shm"})
    std::filesystem::remove(journal.string() + suffix);
}
BENCHMARK(BM_EngineAlarmLatency)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
