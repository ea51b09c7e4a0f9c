#include "eval/clip_runner.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <memory>

#include "clips/video_reader.h"

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

ClipResult judge_run(const ClipSpec& clip, const Result<ClipRun>& run) {
  ClipResult result;
  result.clip = clip;
  if (run) {
    result.alerts = run->alerts;
    result.analysed_frames = run->analysed_frames;
    result.analyse_cpu_s = run->analyse_cpu_s;
    result.warning = run->warning;
  } else {
    result.error = run.error().reason;
  }
  judge(result);
  return result;
}

Result<ClipRun> run_clip(const ClipSpec& clip, const std::filesystem::path& root,
                         const RunOptions& options) {
  auto runs = run_clip_variants(clip, root, {options});
  if (!runs) return runs.error();
  return std::move(runs->front());
}

Result<std::vector<ClipRun>> run_clip_variants(const ClipSpec& clip,
                                               const std::filesystem::path& root,
                                               const std::vector<RunOptions>& variants) {
  const std::filesystem::path file = root / clip.file;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return io_error(file, "no such file");
  if (variants.empty()) return std::vector<ClipRun>{};

  ClipRun common;
  double mark = thread_cpu_seconds();
  auto charge = [&mark](double& account) {
    const double now = thread_cpu_seconds();
    account += now - mark;
    mark = now;
  };

  // The daemon's own reader (libavformat): a damaged packet is skipped and decoding goes on at
  // the next frame that decodes, as it would on a live camera.
  auto opened = clips::VideoReader::open(file.string());
  if (!opened) {
    return io_error(file, "cannot open as video (unknown format, corrupt or truncated): " +
                              opened.error().reason);
  }
  clips::VideoReader& reader = **opened;
  common.fps = clip.fps.value_or(reader.info().fps);
  if (!(common.fps > 0 && common.fps < 1000)) return io_error(file, "no usable frame rate");
  const auto announced = static_cast<double>(reader.info().frames);

  // One analyzer per variant, all fed the same decoded frame: a parameter sweep decodes once.
  std::vector<std::unique_ptr<CameraAnalyzer>> analyzers;
  std::vector<ClipRun> runs(variants.size(), common);
  for (const auto& variant : variants) {
    analyzers.push_back(std::make_unique<CameraAnalyzer>(variant.params));
  }
  // Noise seeded by the clip's name: a synthetic view is the same on every run.
  std::uint64_t seed = 1469598103934665603ull;
  for (const char c : clip.file) seed = (seed ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  std::vector<cv::RNG> noise(variants.size(), cv::RNG(seed));
  // A sweep sees every variant through one view: transform each frame once, not once per variant.
  const bool one_view = std::all_of(variants.begin(), variants.end(), [&](const RunOptions& o) {
    return o.view == variants[0].view;
  });
  cv::Mat viewed;
  double viewed_t = -1;
  auto step = [&](std::size_t v, const cv::Mat& frame, double t) {
    ClipRun& run = runs[v];
    if (!one_view || viewed_t != t) {
      viewed = apply_view(variants[v].view, frame, noise[v]);
      viewed_t = one_view ? t : -1;
    }
    const cv::Mat& input = viewed;
    const auto observations = analyzers[v]->process(input, t);
    for (const auto& o : observations) {
      if (o.kind == ObservationKind::kFall) run.alerts.push_back(o.t);
      if (o.kind == ObservationKind::kFallCleared) run.cleared.push_back(o.t);
    }
    if (variants[v].on_frame) variants[v].on_frame(input, t, *analyzers[v], observations);
    ++run.analysed_frames;
    charge(run.analyse_cpu_s);
  };
  auto tail_frames = [&](const RunOptions& variant) {
    return static_cast<std::int64_t>(std::llround(variant.tail_s * common.fps));
  };

  cv::Mat last;
  int damaged_packets = 0;
  std::string read_error;
  auto analyse_decoded = [&](std::vector<clips::DecodedFrame>& frames) {
    for (auto& decoded : frames) {
      last = clip.crop ? decoded.bgr(*clip.crop).clone() : decoded.bgr;
      charge(common.decode_cpu_s);
      const double t = static_cast<double>(common.decoded_frames++) / common.fps;
      for (std::size_t v = 0; v < variants.size(); ++v) step(v, last, t);
    }
    frames.clear();
  };
  const auto packet = clips::make_packet();
  std::vector<clips::DecodedFrame> frames;
  std::string why;
  charge(common.decode_cpu_s);
  while (true) {
    const auto status = reader.read(packet.get(), why);
    if (status == clips::VideoReader::Read::kError) {
      read_error = why;  // a cut file: what decoded so far is judged
      break;
    }
    const bool end = status == clips::VideoReader::Read::kEnd;
    if (!reader.decode(end ? nullptr : packet.get(), frames, why)) ++damaged_packets;
    if (clip.crop && !frames.empty()) {
      const cv::Mat& first = frames.front().bgr;
      if ((*clip.crop & cv::Rect(0, 0, first.cols, first.rows)) != *clip.crop) {
        return io_error(file, "crop lies outside the " + std::to_string(first.cols) + "x" +
                                  std::to_string(first.rows) + " frame");
      }
    }
    analyse_decoded(frames);
    if (end) break;
  }
  charge(common.decode_cpu_s);
  // Containers announce their length; a file cut short decodes well under it. Recordings cut by
  // a power loss are ordinary: what decoded is still judged, and the report says what was missing.
  std::string warning;
  if (announced > 0 && static_cast<double>(common.decoded_frames) < 0.95 * announced - 2) {
    warning = "truncated or corrupt: decoded " + std::to_string(common.decoded_frames) + " of " +
              std::to_string(static_cast<std::int64_t>(announced)) + " frames; judged on those";
  } else if (damaged_packets > 0 || !read_error.empty()) {
    warning = "partly corrupt: decoded " + std::to_string(common.decoded_frames) + " frames";
  }
  if (damaged_packets > 0)
    warning += ", " + std::to_string(damaged_packets) + " damaged packets skipped";
  if (!read_error.empty()) warning += ", stopped at " + read_error;
  // Each variant repeats the last frame for its own tail_s.
  std::int64_t longest_tail = 0;
  for (const auto& variant : variants) longest_tail = std::max(longest_tail, tail_frames(variant));
  for (std::int64_t i = 0; i < longest_tail; ++i) {
    const double t = static_cast<double>(common.decoded_frames + i) / common.fps;
    for (std::size_t v = 0; v < variants.size(); ++v) {
      if (i < tail_frames(variants[v])) step(v, last, t);
    }
  }
  for (auto& run : runs) {
    run.decoded_frames = common.decoded_frames;
    run.decode_cpu_s = common.decode_cpu_s;
    run.warning = warning;
  }
  return runs;
}

}  // namespace anju::vision::eval
