#include "eval/sweep.h"

#include <atomic>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "camera/params_json.h"
#include "eval/clip_runner.h"

namespace anju::vision::eval {

Result<std::vector<Candidate>> read_candidates(const std::filesystem::path& file,
                                               const DetectorParams& base) {
  std::ifstream in(file);
  if (!in) return Error{ErrorCode::kConfig, file.string() + ": cannot read"};
  const auto json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded() || !json.is_array() || json.empty()) {
    return Error{ErrorCode::kConfig,
                 file.string() + ": expected a non-empty JSON array of assignment lists"};
  }
  std::vector<Candidate> out;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const auto where = file.string() + " entry " + std::to_string(i + 1) + ": ";
    if (!json[i].is_array()) return Error{ErrorCode::kConfig, where + "not a list"};
    Candidate candidate{"", base};
    for (const auto& assignment : json[i]) {
      if (!assignment.is_string()) {
        return Error{ErrorCode::kConfig, where + "assignments are strings like \"fall.x=1\""};
      }
      const auto text = assignment.get<std::string>();
      const auto patch = parse_param_assignment(text);
      if (!patch) return Error{ErrorCode::kConfig, where + patch.error().reason};
      auto applied = apply_params_json(*patch, candidate.params);
      if (!applied) return Error{ErrorCode::kConfig, where + applied.error().reason};
      candidate.params = *applied;
      candidate.name += (candidate.name.empty() ? "" : " ") + text;
    }
    if (candidate.name.empty()) candidate.name = "defaults";
    out.push_back(std::move(candidate));
  }
  return out;
}

std::vector<std::vector<ClipResult>> run_sweep(const std::vector<ClipSpec>& clips,
                                               const std::filesystem::path& root,
                                               const std::vector<Candidate>& candidates,
                                               const ViewTransform& view, unsigned threads,
                                               const SweepProgress& progress) {
  std::vector<std::vector<ClipResult>> results(candidates.size(),
                                               std::vector<ClipResult>(clips.size()));
  std::vector<RunOptions> variants;
  for (const auto& candidate : candidates) {
    RunOptions options;
    options.params = candidate.params;
    options.view = view;
    variants.push_back(options);
  }
  std::atomic<std::size_t> next{0}, done{0};
  std::mutex progress_mutex;
  auto work = [&] {
    for (std::size_t i = next++; i < clips.size(); i = next++) {
      const auto runs = run_clip_variants(clips[i], root, variants);
      for (std::size_t c = 0; c < candidates.size(); ++c) {
        results[c][i] = runs ? judge_run(clips[i], (*runs)[c]) : judge_run(clips[i], runs.error());
      }
      const std::size_t finished = ++done;
      if (progress) {
        const std::lock_guard lock(progress_mutex);
        progress(finished, clips.size(), results.front()[i]);
      }
    }
  };
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < std::max(1u, threads); ++t) workers.emplace_back(work);
  work();
  for (auto& worker : workers) worker.join();
  return results;
}

}  // namespace anju::vision::eval
