#pragma once
// Scoring per the evaluation protocol: a fall clip is a true positive if an alert has
// t >= fall_start_s - 0.5 (any alert if the start is unknown); an ADL clip with any alert is a
// false positive. Latency = first valid alert - fall_end_s.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "eval/clip_list.h"

namespace anju::vision::eval {

inline constexpr double kEarlyAlertAllowance_s = 0.5;

enum class Outcome { kTruePositive, kFalseNegative, kFalsePositive, kTrueNegative, kError };
const char* to_string(Outcome outcome);

struct ClipResult {
  ClipSpec clip;
  std::vector<double> alerts;
  Outcome outcome = Outcome::kError;
  std::optional<double> latency_s;
  std::string error;    // outcome kError
  std::string warning;  // judged, but on part of the clip (truncated or corrupt file)
  std::int64_t analysed_frames = 0;
  double analyse_cpu_s = 0;
};

// Fills outcome and latency from clip and alerts.
void judge(ClipResult& result);

struct Metrics {
  int clips = 0, tp = 0, fn = 0, fp = 0, tn = 0, errors = 0;
  std::optional<double> sensitivity, specificity, precision, f1;  // empty when undefined (0/0)
  std::optional<double> median_latency_s, mean_latency_s;
  std::int64_t frames = 0;
  double cpu_s = 0;
  std::optional<double> fps_per_core;
};

Metrics summarize(const std::vector<ClipResult>& results);
// Each dataset by name.
std::map<std::string, Metrics> summarize_by_dataset(const std::vector<ClipResult>& results);

}  // namespace anju::vision::eval
