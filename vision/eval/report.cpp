#include "eval/report.h"

#include <cmath>
#include <cstdio>
#include <sstream>
#include <string>

namespace anju::vision::eval {
namespace {

nlohmann::json optional_number(const std::optional<double>& v) {
  if (!v) return nullptr;
  return std::round(*v * 1000.0) / 1000.0;
}

std::string cell(const std::optional<double>& v, const char* format) {
  if (!v) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, format, *v);
  return buf;
}

void print_row(std::ostream& out, const std::string& name, const Metrics& m) {
  char line[256];
  std::snprintf(line, sizeof line, "%-10s %5d %4d %4d %4d %4d %6s %6s %6s %6s %8s %8s %9s\n",
                name.c_str(), m.clips, m.tp, m.fn, m.fp, m.tn, cell(m.sensitivity, "%.3f").c_str(),
                cell(m.specificity, "%.3f").c_str(), cell(m.precision, "%.3f").c_str(),
                cell(m.f1, "%.3f").c_str(), cell(m.median_latency_s, "%+.2f").c_str(),
                cell(m.mean_latency_s, "%+.2f").c_str(), cell(m.fps_per_core, "%.0f").c_str());
  out << line;
}

}  // namespace

nlohmann::json to_json(const Metrics& m) {
  return {{"clips", m.clips},
          {"tp", m.tp},
          {"fn", m.fn},
          {"fp", m.fp},
          {"tn", m.tn},
          {"errors", m.errors},
          {"sensitivity", optional_number(m.sensitivity)},
          {"specificity", optional_number(m.specificity)},
          {"precision", optional_number(m.precision)},
          {"f1", optional_number(m.f1)},
          {"median_latency_s", optional_number(m.median_latency_s)},
          {"mean_latency_s", optional_number(m.mean_latency_s)},
          {"frames", m.frames},
          {"cpu_s", std::round(m.cpu_s * 1000.0) / 1000.0},
          {"fps_per_core", optional_number(m.fps_per_core)}};
}

nlohmann::json report_json(const std::vector<ClipResult>& results) {
  nlohmann::json clips = nlohmann::json::array();
  for (const auto& r : results) {
    nlohmann::json alerts = nlohmann::json::array();
    for (const double t : r.alerts) alerts.push_back(std::round(t * 1000.0) / 1000.0);
    nlohmann::json clip = {{"file", r.clip.file},
                           {"dataset", r.clip.dataset},
                           {"label", r.clip.is_fall ? "fall" : "adl"},
                           {"alerts", alerts},
                           {"outcome", to_string(r.outcome)},
                           {"latency_s", optional_number(r.latency_s)}};
    if (!r.error.empty()) clip["error"] = r.error;
    if (!r.warning.empty()) clip["warning"] = r.warning;
    clips.push_back(std::move(clip));
  }
  nlohmann::json datasets = nlohmann::json::object();
  for (const auto& [name, m] : summarize_by_dataset(results)) datasets[name] = to_json(m);
  return {{"clips", clips},
          {"metrics", {{"overall", to_json(summarize(results))}, {"datasets", datasets}}}};
}

void print_report(std::ostream& out, const std::vector<ClipResult>& results) {
  out << "set        clips   TP   FN   FP   TN   sens   spec   prec     F1  lat.med  lat.mean"
         "  fps/core\n";
  print_row(out, "overall", summarize(results));
  for (const auto& [name, m] : summarize_by_dataset(results)) print_row(out, name, m);
  bool header = false;
  for (const auto& r : results) {
    if (r.warning.empty()) continue;
    if (!header) out << "\njudged on part of the clip:\n";
    header = true;
    out << "  " << to_string(r.outcome) << "  " << r.clip.file << "  " << r.warning << "\n";
  }
  header = false;
  for (const auto& r : results) {
    if (r.outcome == Outcome::kTruePositive || r.outcome == Outcome::kTrueNegative) continue;
    if (!header) out << "\nnot right:\n";
    header = true;
    out << "  " << to_string(r.outcome) << "  " << r.clip.file;
    if (!r.alerts.empty()) out << "  alerts at " << cell(r.alerts.front(), "%.2f") << " s";
    if (r.clip.fall_start_s) out << "  (fall " << cell(r.clip.fall_start_s, "%.2f") << " s)";
    if (!r.error.empty()) out << "  " << r.error;
    out << "\n";
  }
}

nlohmann::json leave_one_out_json(const LeaveOneOut& lodo, const std::vector<std::string>& names) {
  nlohmann::json folds = nlohmann::json::array();
  for (const auto& fold : lodo.folds) {
    folds.push_back({{"held_out", fold.held_out},
                     {"chosen", names.at(fold.chosen)},
                     {"training", to_json(fold.training)},
                     {"held_out_metrics", to_json(fold.held)},
                     {"clips", report_json(fold.held_results)["clips"]}});
  }
  return {{"candidates", names}, {"folds", folds}, {"pooled", to_json(lodo.pooled)}};
}

void print_leave_one_out(std::ostream& out, const LeaveOneOut& lodo,
                         const std::vector<std::string>& names) {
  out << "leave one data set out (tuned on the others, scored on the one named):\n"
         "held out   clips   TP   FN   FP   TN   sens   spec   prec     F1  lat.med  lat.mean"
         "  fps/core  chosen\n";
  for (const auto& fold : lodo.folds) {
    std::ostringstream row;
    print_row(row, fold.held_out, fold.held);
    std::string line = row.str();
    line.pop_back();  // the newline
    out << line << "  " << names.at(fold.chosen) << "\n";
  }
  print_row(out, "pooled", lodo.pooled);
  bool header = false;
  for (const auto& fold : lodo.folds) {
    for (const auto& r : fold.held_results) {
      if (r.outcome == Outcome::kTruePositive || r.outcome == Outcome::kTrueNegative) continue;
      if (!header) out << "\nnot right when held out:\n";
      header = true;
      out << "  " << to_string(r.outcome) << "  " << r.clip.file << "\n";
    }
  }
}

}  // namespace anju::vision::eval
