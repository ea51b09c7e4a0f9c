#include "eval/leave_one_out.h"

#include <set>
#include <stdexcept>

namespace anju::vision::eval {
namespace {

std::vector<ClipResult> of_datasets(const std::vector<ClipResult>& row, const std::string& name,
                                    bool inside) {
  std::vector<ClipResult> out;
  for (const auto& r : row) {
    if ((r.clip.dataset == name) == inside) out.push_back(r);
  }
  return out;
}

}  // namespace

TrainingScore training_score(const Metrics& m) {
  TrainingScore s;
  const double sensitivity = m.sensitivity.value_or(0);
  s.balanced_accuracy = m.specificity ? (sensitivity + *m.specificity) / 2 : sensitivity;
  s.f1 = m.f1.value_or(0);
  s.median_latency_s = m.median_latency_s.value_or(1e9);
  return s;
}

bool better(const TrainingScore& a, const TrainingScore& b) {
  // Clip counts are small: differences below one clip in a thousand are ties.
  constexpr double kTie = 1e-9;
  if (a.balanced_accuracy > b.balanced_accuracy + kTie) return true;
  if (a.balanced_accuracy < b.balanced_accuracy - kTie) return false;
  if (a.f1 > b.f1 + kTie) return true;
  if (a.f1 < b.f1 - kTie) return false;
  return a.median_latency_s < b.median_latency_s - kTie;
}

LeaveOneOut leave_one_dataset_out(const std::vector<std::vector<ClipResult>>& results) {
  if (results.empty()) throw std::invalid_argument("leave_one_dataset_out: no candidates");
  std::set<std::string> datasets;
  for (const auto& r : results.front()) datasets.insert(r.clip.dataset);
  if (datasets.size() < 2) {
    throw std::invalid_argument("leave_one_dataset_out: needs clips from two data sets or more");
  }
  LeaveOneOut out;
  std::vector<ClipResult> pooled;
  for (const auto& held_out : datasets) {
    Fold fold;
    fold.held_out = held_out;
    TrainingScore best;
    for (std::size_t c = 0; c < results.size(); ++c) {
      const Metrics training = summarize(of_datasets(results[c], held_out, false));
      const TrainingScore score = training_score(training);
      if (c == 0 || better(score, best)) {
        best = score;
        fold.chosen = c;
        fold.training = training;
      }
    }
    fold.held_results = of_datasets(results[fold.chosen], held_out, true);
    fold.held = summarize(fold.held_results);
    pooled.insert(pooled.end(), fold.held_results.begin(), fold.held_results.end());
    out.folds.push_back(std::move(fold));
  }
  out.pooled = summarize(pooled);
  return out;
}

}  // namespace anju::vision::eval
