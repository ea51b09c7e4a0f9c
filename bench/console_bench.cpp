// console_frame_ms_500_alarms: the console with 500 active alarms, offscreen: each frame applies a
// batch of engine updates (new states for 10 alarms, ages refreshed) and renders until the frame is
// swapped. Reports the mean and p99 frame time.
#include <benchmark/benchmark.h>

#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>
#include <algorithm>
#include <chrono>

#include "console/console_controller.h"
#include "console/sample_facility.h"
#include "protocol/codec.h"

Q_IMPORT_QML_PLUGIN(Anju_ConsolePlugin)

namespace {

using namespace anju;

void BM_ConsoleFrame500Alarms(benchmark::State& state) {
  ManualClock clock(1'700'000'000'000);
  console::ConsoleController station(clock, "demo", "console-1", nullptr, nullptr);
  station.sign_in_as({"n01", "Bench", auth::Role::kNurse});
  for (const auto& [topic, payload] : console::sample_facility_messages(clock.now_ms(), 500))
    station.handle_message(topic, payload);
  if (station.alarms()->count() != 500) {
    state.SkipWithError("sample did not give 500 alarms");
    return;
  }
  QQmlApplicationEngine engine;
  engine.setInitialProperties({{"station", QVariant::fromValue(&station)}});
  engine.load(QUrl("qrc:/Anju/Console/Main.qml"));
  auto* window = engine.rootObjects().isEmpty()
                     ? nullptr
                     : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
  if (!window) {
    state.SkipWithError("console did not load");
    return;
  }
  window->resize(1920, 1080);
  auto wait_frame = [&] {
    QEventLoop loop;
    QObject::connect(window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
  };
  for (int i = 0; i < 5; ++i) wait_frame();  // warm up: first frames build the scene graph

  std::vector<double> ms;
  int round = 0;
  for (auto _ : state) {
    const auto t0 = std::chrono::steady_clock::now();
    clock.advance(1000);
    for (int k = 0; k < 10; ++k) {
      const auto* a = station.alarms()->at((round * 10 + k) % station.alarms()->count());
      protocol::AlarmState next = *a;
      next.ts = clock.now_ms();
      next.id = "bench-" + std::to_string(round) + "-" + std::to_string(k);
      next.escalation = std::min(2, next.escalation + 1);
      station.handle_message(
          QString::fromStdString(protocol::topic("demo", protocol::TopicKind::kAlarm, next.alarm)),
          QByteArray::fromStdString(protocol::encode(next)));
    }
    station.alarms()->refresh_ages();
    wait_frame();
    ms.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    ++round;
  }
  std::sort(ms.begin(), ms.end());
  double sum = 0;
  for (double v : ms) sum += v;
  state.counters["console_frame_ms_500_alarms"] = sum / static_cast<double>(ms.size());
  state.counters["console_frame_p99_ms_500_alarms"] =
      ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
}
BENCHMARK(BM_ConsoleFrame500Alarms)->Iterations(200)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
