// Pose stage figure: pose_estimate_ms, one PoseLandmarker::estimate (crop, resize, BlazePose lite
// through XNNPACK, decode) on one thread, on the standing person of URFD fall-01 (cam0).
#include <benchmark/benchmark.h>

#include <chrono>
#include <filesystem>
#include <opencv2/core/utility.hpp>
#include <opencv2/videoio.hpp>

#include "pose/pose_landmarker.h"

namespace {

const std::filesystem::path kClip =
    std::filesystem::path(ANJU_SHARED_DIR) / "data" / "falls" / "urfd" / "fall-01-cam0.mp4";

void BM_PoseEstimate(benchmark::State& state) {
  cv::setNumThreads(1);  // one core: the crop and resize too
  auto landmarker = anju::vision::pose::PoseLandmarker::load(ANJU_POSE_MODEL);
  if (!landmarker) {
    state.SkipWithError(
        ("no pose model (tools/fetch-pose-model " ANJU_POSE_MODEL "): " + landmarker.error().reason)
            .c_str());
    return;
  }
  cv::VideoCapture capture(kClip.string(), cv::CAP_FFMPEG);
  cv::Mat frame;
  if (!capture.read(frame)) {
    state.SkipWithError("shared clip missing: ../shared/data/falls/urfd/fall-01-cam0.mp4");
    return;
  }
  const cv::Mat view = frame(cv::Rect(320, 0, 320, 240)).clone();
  const cv::Rect2d box(188, 48, 48, 116);  // measured, as in tests/vision/pose
  double seconds = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    auto pose = landmarker.value().estimate(view, box);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    benchmark::DoNotOptimize(pose);
  }
  state.counters["pose_estimate_ms"] = 1000.0 * seconds / static_cast<double>(state.iterations());
}
BENCHMARK(BM_PoseEstimate)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
