// Codec throughput, single thread: decode_event and encode of a typical call event (~250 bytes, as
// a gateway publishes it for a bedside pillow button). Figures: codec_decode_msgs_per_s,
// codec_encode_msgs_per_s.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "protocol/codec.h"

namespace {

using anju::protocol::Event;
using anju::protocol::EventType;

Event typical_call_event() {
  Event e;
  e.id = "gw-east-wing-2-3f9c2b1e-104217";
  e.ts = 1'718'035'200'123;
  e.seq = 104217;
  e.node = "gw-east-wing-2";
  e.type = EventType::kCall;
  e.room = "east-2-214";
  e.bed = "B";
  e.device = "pillow-button-214B";
  e.detail = "pillow speaker call button, pressed twice within 60 seconds";
  return e;
}

void BM_DecodeEvent(benchmark::State& state) {
  const std::string payload = anju::protocol::encode(typical_call_event());
  for (auto _ : state) {
    auto decoded = anju::protocol::decode_event(payload);
    if (!decoded) std::abort();  // the figure is only meaningful for a message that decodes
    benchmark::DoNotOptimize(decoded);
  }
  state.counters["codec_decode_msgs_per_s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  // A label, not a counter: every lower_snake_case counter is collected as a project figure.
  state.SetLabel(std::to_string(payload.size()) + "-byte call event");
}
BENCHMARK(BM_DecodeEvent);

void BM_EncodeEvent(benchmark::State& state) {
  const Event event = typical_call_event();
  for (auto _ : state) {
    auto payload = anju::protocol::encode(event);
    benchmark::DoNotOptimize(payload);
  }
  state.counters["codec_encode_msgs_per_s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_EncodeEvent);

}  // namespace

BENCHMARK_MAIN();
