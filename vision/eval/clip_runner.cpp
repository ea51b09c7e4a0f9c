#include "eval/clip_runner.h"

#include <cmath>
#include <ctime>
#include <opencv2/videoio.hpp>

namespace anju::vision::eval {
namespace {

Error io_error(const std::filesystem::path& file, const std::string& why) {
  return Error{ErrorCode::kIo, file.string() + ": " + why};
}

}  // namespace

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

Result<ClipRun> run_clip(const ClipSpec& clip, const std::filesystem::path& root,
                         const RunOptions& options) {
  const std::filesystem::path file = root / clip.file;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return io_error(file, "no such file");

  ClipRun run;
  double mark = thread_cpu_seconds();
  auto charge = [&mark](double& account) {
    const double now = thread_cpu_seconds();
    account += now - mark;
    mark = now;
  };

  cv::VideoCapture capture;
  if (!capture.open(file.string(), cv::CAP_FFMPEG) || !capture.isOpened()) {
    return io_error(file, "cannot open as video (unknown format, corrupt or truncated)");
  }
  run.fps = clip.fps.value_or(capture.get(cv::CAP_PROP_FPS));
  if (!(run.fps > 0 && run.fps < 1000)) return io_error(file, "no usable frame rate");
  const double announced = capture.get(cv::CAP_PROP_FRAME_COUNT);

  CameraAnalyzer analyzer(options.params);
  cv::Mat frame, last;
  auto analyse = [&](const cv::Mat& input, std::int64_t index) {
    const double t = static_cast<double>(index) / run.fps;
    const auto observations = analyzer.process(input, t);
    for (const auto& o : observations) {
      if (o.kind == ObservationKind::kFall) run.alerts.push_back(o.t);
      if (o.kind == ObservationKind::kFallCleared) run.cleared.push_back(o.t);
    }
    if (options.on_frame) options.on_frame(input, t, analyzer, observations);
    ++run.analysed_frames;
  };

  charge(run.decode_cpu_s);
  while (capture.read(frame)) {
    if (frame.empty()) break;
    if (clip.crop) {
      if ((*clip.crop & cv::Rect(0, 0, frame.cols, frame.rows)) != *clip.crop) {
        return io_error(file, "crop lies outside the " + std::to_string(frame.cols) + "x" +
                                  std::to_string(frame.rows) + " frame");
      }
      last = frame(*clip.crop).clone();
    } else {
      last = frame.clone();
    }
    charge(run.decode_cpu_s);
    analyse(last, run.decoded_frames++);
    charge(run.analyse_cpu_s);
  }
  charge(run.decode_cpu_s);
  if (run.decoded_frames == 0) return io_error(file, "no frame could be decoded (corrupt?)");
  // Containers announce their length; a file cut short decodes well under it. Recordings cut by
  // a power loss are ordinary: what decoded is still judged, and the report says what was missing.
  if (announced > 0 && static_cast<double>(run.decoded_frames) < 0.95 * announced - 2) {
    run.warning = "truncated or corrupt: decoded " + std::to_string(run.decoded_frames) + " of " +
                  std::to_string(static_cast<std::int64_t>(announced)) + " frames; judged on those";
  }
  const auto tail = static_cast<std::int64_t>(std::llround(options.tail_s * run.fps));
  for (std::int64_t i = 0; i < tail; ++i) analyse(last, run.decoded_frames + i);
  charge(run.analyse_cpu_s);
  return run;
}

}  // namespace anju::vision::eval
