// Kiosk figures, on the offscreen platform with a real TLS Mosquitto:
//   kiosk_cold_start_ms        process start to the first frame drawn (median of runs)
//   kiosk_rss_mb               resident memory of the running kiosk once settled (largest of runs)
//   kiosk_press_to_publish_ms  call button handled -> the call event delivered by the broker to a
//                              subscriber (median; the p99 is kiosk_press_to_publish_p99_ms)
#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "app/call_session.h"
#include "protocol/codec.h"
#include "protocol/topics.h"
#include "qt/qt_bus.h"
#include "qt/qt_event_sender.h"
#include "support/child_process.h"
#include "support/test_broker.h"

namespace {

using namespace std::chrono;
using namespace anju;

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0
                   : v[std::min(v.size() - 1,
                                static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

double rss_mb(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;  // kB
  return 0;
}

const std::vector<test::BrokerNode> kNodes = {{"engine-1", "engine", ""},
                                              {"kiosk-101", "kiosk", "101"}};

void BM_KioskColdStart(benchmark::State& state) {
  test::TestBroker broker(kNodes);
  if (!broker.ok()) {
    state.SkipWithError(broker.error().c_str());
    return;
  }
  const std::string assets = ANJU_SOURCE_DIR "/assets/kiosk/";
  const std::string state_dir = broker.dir().string();
  std::vector<double> start_ms, memory_mb;
  for (auto _ : state) {
    const auto t0 = steady_clock::now();
    test::ChildProcess kiosk(
        {ANJU_KIOSK_BIN, "--room", "101", "--node", "kiosk-101", "--uri", broker.uri(), "--site",
         broker.site(), "--broker-dir", broker.broker_dir().string(), "--outbox",
         state_dir + "/kiosk-101.outbox", "--state-file", state_dir + "/kiosk-101.call-state.json",
         "--staff-file", assets + "kiosk-staff.conf", "--schedule", assets + "day-schedule.json",
         "--size", "1920x1080",
         // flite speaks in-process: its memory is counted, and no daemon stays behind.
         "--voice", "flite", "--report-first-frame"},
        state_dir + "/kiosk.log");
    std::optional<std::string> line;
    while ((line = kiosk.read_line(seconds(10))) && *line != "first-frame") {
    }
    if (!line) {
      state.SkipWithError(
          "the kiosk drew no frame within 10 s (see kiosk.log in the broker folder)");
      return;
    }
    const double ms = duration<double, std::milli>(steady_clock::now() - t0).count();
    state.SetIterationTime(ms / 1000.0);
    start_ms.push_back(ms);
    std::this_thread::sleep_for(seconds(2));  // connected, speech engine loaded: the steady state
    memory_mb.push_back(rss_mb(kiosk.pid()));
    kiosk.stop(SIGTERM);
  }
  state.counters["kiosk_cold_start_ms"] = median(start_ms);
  state.counters["kiosk_cold_start_max_ms"] = *std::max_element(start_ms.begin(), start_ms.end());
  state.counters["kiosk_rss_mb"] = *std::max_element(memory_mb.begin(), memory_mb.end());
}
BENCHMARK(BM_KioskColdStart)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);

// What reached the broker's other side: the ids of call events, in arrival order.
class Station {
 public:
  explicit Station(bus::BusConfig config) : bus_(std::move(config)) {
    bus_.subscribe(protocol::topic_filter(bus_.config().site, protocol::TopicKind::kEvent),
                   [this](const bus::Message& m) {
                     auto decoded = protocol::decode(m.topic, m.payload);
                     if (!decoded) return;
                     const auto& e = std::get<protocol::Event>(decoded.value().message);
                     std::lock_guard lock(mutex_);
                     arrived_.push_back(e.id);
                     cv_.notify_all();
                   });
    bus_.start();
  }
  bool wait_for(std::size_t count, milliseconds timeout) {
    std::unique_lock lock(mutex_);
    return cv_.wait_for(lock, timeout, [&] { return arrived_.size() >= count; });
  }
  bus::Bus& bus() { return bus_; }

 private:
  bus::Bus bus_;
  std::mutex mutex_;
  std::condition_variable cv_;
  std::vector<std::string> arrived_;
};

void BM_KioskPressToPublish(benchmark::State& state) {
  test::TestBroker broker(kNodes);
  if (!broker.ok()) {
    state.SkipWithError(broker.error().c_str());
    return;
  }
  Station station(broker.bus_config("engine-1", protocol::NodeKind::kEngine));
  qt::QtBus kiosk_bus(broker.bus_config("kiosk-101", protocol::NodeKind::kKiosk));
  auto sender = qt::QtEventSender::open(kiosk_bus);  // what the kiosk publishes through
  if (!sender) {
    state.SkipWithError(sender.error().reason.c_str());
    return;
  }
  kiosk::LanguageState language(kiosk::Language::kZh);
  kiosk::CallSession session({broker.site(), "kiosk-101", "101", ""}, **sender,
                             SystemClock::instance(), language);
  kiosk_bus.start();
  if (!kiosk_bus.bus().wait_connected(seconds(10)) || !station.bus().wait_connected(seconds(10))) {
    state.SkipWithError("not connected");
    return;
  }
  std::vector<double> ms;
  std::size_t events = 0;
  for (auto _ : state) {
    const auto t0 = steady_clock::now();
    session.call();  // what the call button's handler does
    if (!station.wait_for(++events, seconds(5))) {
      state.SkipWithError("a call did not arrive within 5 s");
      return;
    }
    const double elapsed = duration<double, std::milli>(steady_clock::now() - t0).count();
    state.SetIterationTime(elapsed / 1000.0);
    ms.push_back(elapsed);
    session.staffCancel("bench");  // back to idle, so the next press is a new call
    station.wait_for(++events, seconds(5));
  }
  state.counters["kiosk_press_to_publish_ms"] = median(ms);
  state.counters["kiosk_press_to_publish_p99_ms"] = percentile(ms, 0.99);
}
BENCHMARK(BM_KioskPressToPublish)->Iterations(200)->UseManualTime()->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  setenv("QT_QPA_PLATFORM", "offscreen", 1);  // for this process and the kiosks it starts
  QCoreApplication app(argc, argv);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
