// vision_cameras_per_node: how many cameras one node keeps up with, each 640x480 H.264 at 18 fps
// analysed at 15 fps, as the daemon runs them (one thread per camera: read, decode, analyse).
// A camera keeps up when it analyses at least 95% of 15 frames per second over the window; the
// figure is the largest count where every camera does. Also per count: the slowest camera's fps
// and the node's CPU use. The clip (a fall, then lying still) loops.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "daemon/vision_node.h"

namespace {

const std::filesystem::path kClip =
    std::filesystem::path(ANJU_SHARED_DIR) / "data" / "falls" / "upfall" / "S1_A01_T1_C1.mp4";
constexpr double kRate = 15.0;
constexpr double kKeepsUp = 0.95 * kRate;

class CountingSink final : public anju::node::EventSink {
 public:
  anju::Result<std::string> publish(anju::protocol::Event) override { return std::string("ok"); }
};

double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Run {
  double slowest_fps = 0, mean_fps = 0, cpu_cores = 0;
};

Run run_cameras(int count, std::chrono::seconds window) {
  anju::vision::NodeConfig config;
  for (int i = 0; i < count; ++i) {
    anju::vision::CameraConfig camera;
    camera.id = "cam-" + std::to_string(i + 1);
    camera.room = std::to_string(101 + i);
    camera.source = kClip.string();
    camera.loop = true;
    camera.max_fps = kRate;
    config.cameras.push_back(camera);
  }
  CountingSink sink;
  anju::vision::VisionNode node(config, sink);
  node.start();
  std::this_thread::sleep_for(std::chrono::seconds(3));  // open, first keyframes, warm-up
  const auto before = node.camera_stats();
  const double cpu_before = process_cpu_seconds();
  const auto start = std::chrono::steady_clock::now();
  std::this_thread::sleep_for(window);
  const auto after = node.camera_stats();
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu = process_cpu_seconds() - cpu_before;
  node.stop();
  Run run;
  run.slowest_fps = 1e9;
  for (std::size_t i = 0; i < after.size(); ++i) {
    const double fps =
        static_cast<double>(after[i].frames_analysed - before[i].frames_analysed) / wall;
    run.slowest_fps = std::min(run.slowest_fps, fps);
    run.mean_fps += fps / static_cast<double>(after.size());
  }
  run.cpu_cores = cpu / wall;
  return run;
}

void BM_CamerasPerNode(benchmark::State& state) {
  if (!std::filesystem::exists(kClip)) {
    state.SkipWithError("shared clip missing: ../shared/data/falls/upfall/S1_A01_T1_C1.mp4");
    return;
  }
  int kept_up = 0;
  for (auto _ : state) {
    for (const int count : {8, 12, 16, 20, 24, 28, 32}) {
      const Run run = run_cameras(count, std::chrono::seconds(12));
      const std::string n = std::to_string(count);
      state.counters["slowest_fps_" + n] = run.slowest_fps;
      state.counters["cpu_cores_" + n] = run.cpu_cores;
      if (run.slowest_fps < kKeepsUp) break;
      kept_up = count;
    }
  }
  state.counters["vision_cameras_per_node"] = kept_up;
}

BENCHMARK(BM_CamerasPerNode)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
