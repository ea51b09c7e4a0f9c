#include "eval/metrics.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace anju::vision::eval {
namespace {

std::optional<double> ratio(int num, int den) {
  if (den == 0) return std::nullopt;
  return static_cast<double>(num) / den;
}

}  // namespace

const char* to_string(Outcome outcome) {
  switch (outcome) {
    case Outcome::kTruePositive:
      return "TP";
    case Outcome::kFalseNegative:
      return "FN";
    case Outcome::kFalsePositive:
      return "FP";
    case Outcome::kTrueNegative:
      return "TN";
    case Outcome::kError:
      return "error";
  }
  return "?";
}

void judge(ClipResult& r) {
  r.latency_s.reset();
  if (!r.error.empty()) {
    r.outcome = Outcome::kError;
    return;
  }
  if (!r.clip.is_fall) {
    r.outcome = r.alerts.empty() ? Outcome::kTrueNegative : Outcome::kFalsePositive;
    return;
  }
  const double earliest = r.clip.fall_start_s ? *r.clip.fall_start_s - kEarlyAlertAllowance_s
                                              : -std::numeric_limits<double>::infinity();
  const auto valid =
      std::find_if(r.alerts.begin(), r.alerts.end(), [&](double t) { return t >= earliest; });
  if (valid == r.alerts.end()) {
    r.outcome = Outcome::kFalseNegative;
    return;
  }
  r.outcome = Outcome::kTruePositive;
  if (r.clip.fall_end_s) r.latency_s = *valid - *r.clip.fall_end_s;
}

Metrics summarize(const std::vector<ClipResult>& results) {
  Metrics m;
  std::vector<double> latencies;
  for (const auto& r : results) {
    ++m.clips;
    switch (r.outcome) {
      case Outcome::kTruePositive:
        ++m.tp;
        break;
      case Outcome::kFalseNegative:
        ++m.fn;
        break;
      case Outcome::kFalsePositive:
        ++m.fp;
        break;
      case Outcome::kTrueNegative:
        ++m.tn;
        break;
      case Outcome::kError:
        ++m.errors;
        continue;
    }
    if (r.latency_s) latencies.push_back(*r.latency_s);
    m.frames += r.analysed_frames;
    m.cpu_s += r.analyse_cpu_s;
  }
  m.sensitivity = ratio(m.tp, m.tp + m.fn);
  m.specificity = ratio(m.tn, m.tn + m.fp);
  m.precision = ratio(m.tp, m.tp + m.fp);
  if (m.sensitivity && m.precision && *m.sensitivity + *m.precision > 0) {
    m.f1 = 2 * *m.sensitivity * *m.precision / (*m.sensitivity + *m.precision);
  }
  if (!latencies.empty()) {
    std::sort(latencies.begin(), latencies.end());
    const std::size_t n = latencies.size();
    m.median_latency_s = n % 2 ? latencies[n / 2] : (latencies[n / 2 - 1] + latencies[n / 2]) / 2;
    m.mean_latency_s = std::accumulate(latencies.begin(), latencies.end(), 0.0) / n;
  }
  if (m.cpu_s > 0) m.fps_per_core = m.frames / m.cpu_s;
  return m;
}

std::map<std::string, Metrics> summarize_by_dataset(const std::vector<ClipResult>& results) {
  std::map<std::string, std::vector<ClipResult>> groups;
  for (const auto& r : results) groups[r.clip.dataset].push_back(r);
  std::map<std::string, Metrics> out;
  for (const auto& [name, group] : groups) out[name] = summarize(group);
  return out;
}

}  // namespace anju::vision::eval
