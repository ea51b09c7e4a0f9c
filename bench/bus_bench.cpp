// The bus over loopback TLS through a real Mosquitto (TestBroker):
//  - bus_roundtrip_p50_ms / _p99_ms / _max_ms: QoS 1 from publish() on one node to the handler
//    on another, one message in flight, outbox included (target p99 <= 2 ms);
//  - bus_publish_msgs_per_s: QoS 1 publishes stored in the on-disk outbox and acknowledged by the
//    broker, max_inflight in flight.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

#include "bus/bus.h"
#include "protocol/codec.h"
#include "protocol/topics.h"
#include "support/test_broker.h"

namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr int kWarmUp = 300;
constexpr int kSamples = 2000;
constexpr int kThroughputMessages = 5000;

std::string event_payload(const std::string& node, std::uint64_t seq) {
  anju::protocol::Event e;
  e.id = node + "-bench-" + std::to_string(seq);
  e.ts = 1'700'000'000'000;
  e.seq = seq;
  e.node = node;
  e.type = anju::protocol::EventType::kCall;
  e.room = "101";
  e.bed = "A";
  return anju::protocol::encode(e);
}

double percentile_ms(std::vector<double> samples_ms, double p) {
  std::sort(samples_ms.begin(), samples_ms.end());
  const auto rank = static_cast<std::size_t>(p * static_cast<double>(samples_ms.size()));
  return samples_ms[std::min(rank, samples_ms.size() - 1)];
}

// The receiving side: counts arrivals and notes when the latest one came.
class Arrivals {
 public:
  void on_message() {
    {
      std::lock_guard lock(mutex_);
      ++count_;
      last_ = Clock::now();
    }
    cv_.notify_all();
  }
  // Waits for arrival number `n`; returns when it came, or nullopt on timeout.
  std::optional<Clock::time_point> wait_for(std::uint64_t n, std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    if (!cv_.wait_for(lock, timeout, [&] { return count_ >= n; })) return std::nullopt;
    return last_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  std::uint64_t count_ = 0;
  Clock::time_point last_;
};

void BM_BusQos1OverTls(benchmark::State& state) {
  using anju::protocol::NodeKind;
  using anju::protocol::TopicKind;
  anju::test::TestBroker broker({{"engine-1", "engine", ""}, {"kiosk-101", "kiosk", "101"}},
                                "bench");
  if (!broker.ok()) {
    state.SkipWithError(broker.error().c_str());
    return;
  }
  Arrivals arrivals;
  anju::bus::Bus engine(broker.bus_config("engine-1", NodeKind::kEngine, false));
  engine.subscribe(anju::protocol::topic_filter(broker.site(), TopicKind::kEvent),
                   [&](const anju::bus::Message&) { arrivals.on_message(); });
  anju::bus::Bus kiosk(broker.bus_config("kiosk-101", NodeKind::kKiosk));  // outbox on disk
  engine.start();
  kiosk.start();
  if (!engine.wait_connected(10s) || !kiosk.wait_connected(10s)) {
    state.SkipWithError("bus did not connect");
    return;
  }
  const auto topic = anju::protocol::topic(broker.site(), TopicKind::kEvent, "kiosk-101");

  for (auto _ : state) {
    std::uint64_t seq = 0;
    std::vector<double> samples_ms;
    samples_ms.reserve(kSamples);
    for (int i = 0; i < kWarmUp + kSamples; ++i) {
      const std::string payload = event_payload("kiosk-101", ++seq);
      const auto sent = Clock::now();
      kiosk.publish(topic, payload);
      const auto arrived = arrivals.wait_for(seq, 5s);
      if (!arrived) {
        state.SkipWithError("a message did not arrive within 5 s");
        return;
      }
      if (i >= kWarmUp) {
        samples_ms.push_back(std::chrono::duration<double, std::milli>(*arrived - sent).count());
      }
    }
    state.counters["bus_roundtrip_p50_ms"] = percentile_ms(samples_ms, 0.50);
    state.counters["bus_roundtrip_p99_ms"] = percentile_ms(samples_ms, 0.99);
    state.counters["bus_roundtrip_max_ms"] = percentile_ms(samples_ms, 1.0);

    std::vector<std::string> payloads;
    for (int i = 0; i < kThroughputMessages; ++i)
      payloads.push_back(event_payload("kiosk-101", ++seq));
    const auto start = Clock::now();
    for (auto& p : payloads) kiosk.publish(topic, std::move(p));
    if (!kiosk.wait_flushed(60s)) {
      state.SkipWithError("outbox did not drain within 60 s");
      return;
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    state.counters["bus_publish_msgs_per_s"] = kThroughputMessages / seconds;
    arrivals.wait_for(seq, 30s);  // let the engine drain before teardown
  }
}

BENCHMARK(BM_BusQos1OverTls)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
