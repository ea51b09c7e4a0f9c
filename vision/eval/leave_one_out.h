#pragma once
// Leave one data set out: an honest estimate of how the detector does on cameras it was not tuned
// on. For every data set D, the candidate parameter set that scores best on the other data sets is
// chosen (D is never looked at), then scored on D; the held-out results of all folds together are
// the estimate.
#include <string>
#include <vector>

#include "eval/metrics.h"

namespace anju::vision::eval {

// How a candidate is ranked on the training clips: balanced accuracy (mean of sensitivity and
// specificity; sensitivity alone where there is no ADL clip), then F1, then the lower median
// latency; a tie goes to the earlier candidate (list the defaults first).
struct TrainingScore {
  double balanced_accuracy = 0;
  double f1 = 0;
  double median_latency_s = 0;
};
TrainingScore training_score(const Metrics& m);
bool better(const TrainingScore& a, const TrainingScore& b);

struct Fold {
  std::string held_out;    // the data set scored
  std::size_t chosen = 0;  // index of the candidate tuned on the others
  Metrics training;        // the chosen candidate on the other data sets
  Metrics held;            // ... and on the held-out one
  std::vector<ClipResult> held_results;
};

struct LeaveOneOut {
  std::vector<Fold> folds;  // one per data set, by name
  Metrics pooled;           // every fold's held-out clips together
};

// results[c][i]: candidate c on clip i; every row lists the same clips in the same order. Needs at
// least two data sets.
LeaveOneOut leave_one_dataset_out(const std::vector<std::vector<ClipResult>>& results);

}  // namespace anju::vision::eval
