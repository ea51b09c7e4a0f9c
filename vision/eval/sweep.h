#pragma once
// A parameter sweep over labelled clips: candidate parameter sets read from a file, every clip
// decoded once and analysed under each candidate, clips shared out over worker threads.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "camera/detector_params.h"
#include "common/result.h"
#include "eval/clip_list.h"
#include "eval/metrics.h"
#include "eval/view_transform.h"

namespace anju::vision::eval {

struct Candidate {
  std::string name;  // "defaults" or the assignments joined with spaces
  DetectorParams params;
};

// The file is a JSON array; each entry an array of "S.K=V" assignments applied to base ([] is
// base itself). Errors (kConfig) name the entry that is wrong.
Result<std::vector<Candidate>> read_candidates(const std::filesystem::path& file,
                                               const DetectorParams& base);

// progress(done, total, clip) after each clip, from the worker that ran it (may be empty).
using SweepProgress = std::function<void(std::size_t, std::size_t, const ClipResult&)>;

// results[c][i]: candidates[c] on clips[i] seen through view, judged. A clip that cannot be run is
// an error result in every row.
std::vector<std::vector<ClipResult>> run_sweep(const std::vector<ClipSpec>& clips,
                                               const std::filesystem::path& root,
                                               const std::vector<Candidate>& candidates,
                                               const ViewTransform& view, unsigned threads,
                                               const SweepProgress& progress);

}  // namespace anju::vision::eval
