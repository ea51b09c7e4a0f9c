// Vision figures: vision_detect_fps_per_core (frames analysed per CPU-second, one thread, 640x480
// input, frames pre-decoded so decoding does not count) and vision_frame_p99_ms (99th percentile
// of the time one frame takes). The clip has a person walking, falling and lying still.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>
#include <vector>

#include "camera/camera_analyzer.h"

namespace {

const std::filesystem::path kClip =
    std::filesystem::path(ANJU_SHARED_DIR) / "data" / "falls" / "upfall" / "S1_A01_T1_C1.mp4";

const std::vector<cv::Mat>& frames() {
  static const std::vector<cv::Mat> decoded = [] {
    std::vector<cv::Mat> out;
    cv::VideoCapture capture(kClip.string(), cv::CAP_FFMPEG);
    cv::Mat frame;
    while (capture.read(frame)) {
      if (frame.size() != cv::Size(640, 480)) cv::resize(frame, frame, {640, 480});
      out.push_back(frame.clone());
    }
    return out;
  }();
  return decoded;
}

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

void BM_VisionDetect(benchmark::State& state) {
  const auto& clip = frames();
  if (clip.empty()) {
    state.SkipWithError("shared clip missing: ../shared/data/falls/upfall/S1_A01_T1_C1.mp4");
    return;
  }
  cv::setNumThreads(1);          // one core: the figure is per core
  constexpr double kFps = 18.0;  // the clip's rate: the analyzer sees real time stamps
  anju::vision::CameraAnalyzer analyzer;
  std::vector<double> frame_ms;
  std::size_t index = 0;
  double cpu = 0;
  for (auto _ : state) {
    const cv::Mat& frame = clip[index % clip.size()];
    const double t = static_cast<double>(index) / kFps;
    const double cpu_before = thread_cpu_seconds();
    const auto start = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(analyzer.process(frame, t));
    frame_ms.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
    cpu += thread_cpu_seconds() - cpu_before;
    ++index;
  }
  std::sort(frame_ms.begin(), frame_ms.end());
  const std::size_t p99 = std::min(frame_ms.size() - 1, frame_ms.size() * 99 / 100);
  state.counters["vision_detect_fps_per_core"] = static_cast<double>(index) / cpu;
  state.counters["vision_frame_p99_ms"] = frame_ms[p99];
}

// Several passes over the 142-frame clip, so warm-up, a fall and lying still all count.
BENCHMARK(BM_VisionDetect)->Iterations(2000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
