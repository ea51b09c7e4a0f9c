#pragma once
// Runs one camera analyzer over one labelled clip exactly as the evaluation protocol says
// (../shared/data/falls/README.md): decode from frame 0 in order, crop, then 10 s more of the last
// frame repeated at the clip's rate; every fall alert is kept with its video time (index / fps).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

#include "camera/camera_analyzer.h"
#include "common/result.h"
#include "eval/clip_list.h"
#include "eval/metrics.h"
#include "eval/view_transform.h"

namespace anju::vision::eval {

struct ClipRun {
  std::vector<double> alerts;   // fall alerts, video seconds
  std::vector<double> cleared;  // fall cleared, video seconds
  std::int64_t decoded_frames = 0;
  std::int64_t analysed_frames = 0;  // decoded + the repeated tail
  double fps = 0;
  double analyse_cpu_s = 0;  // thread CPU time spent in the analyzer (what a camera costs)
  double decode_cpu_s = 0;   // thread CPU time spent decoding and cropping
  // Set when the file decodes well short of the frames its container announces (a recording cut
  // by a power loss, a partly corrupt file): the clip is still judged on the frames that decoded.
  std::string warning;
};

struct RunOptions {
  DetectorParams params;
  double tail_s = 10.0;
  ViewTransform view;  // a synthetic camera made from the clip (identity: as recorded)
  // Called after every analysed frame (tracing, debugging); may be empty.
  std::function<void(const cv::Mat& frame, double t, const CameraAnalyzer&,
                     const std::vector<Observation>&)>
      on_frame;
};

// Errors (kIo) for files that cannot be opened, decode no frame, or a crop outside the frame. A
// file that decodes far fewer frames than its container announces (truncated or corrupt) is run
// on what decodes, with ClipRun::warning saying so.
Result<ClipRun> run_clip(const ClipSpec& clip, const std::filesystem::path& root,
                         const RunOptions& options);

// The same clip under several variants (a parameter sweep): decoded once, every frame fed to one
// analyzer per variant; runs[i] is what variants[i] gave, exactly as run_clip would.
Result<std::vector<ClipRun>> run_clip_variants(const ClipSpec& clip,
                                               const std::filesystem::path& root,
                                               const std::vector<RunOptions>& variants);

// The judged outcome of one run (or of the error that stopped it).
ClipResult judge_run(const ClipSpec& clip, const Result<ClipRun>& run);

// Seconds of CPU time the calling thread has used.
double thread_cpu_seconds();

}  // namespace anju::vision::eval
