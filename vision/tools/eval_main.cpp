// anju-vision-eval: runs the fall detector over labelled clips per the evaluation protocol in
// ../shared/data/falls/README.md and reports sensitivity, specificity, precision, F1, latency and
// speed, overall and per dataset.
#include <fstream>
#include <iostream>
#include <memory>
#include <opencv2/core/utility.hpp>
#include <string>
#include <vector>

#include "camera/params_json.h"
#include "common/option_parser.h"
#include "eval/clip_list.h"
#include "eval/clip_runner.h"
#include "eval/clip_trace.h"
#include "eval/metrics.h"
#include "eval/report.h"

namespace {

struct Options {
  std::string clips, root, out, params_file, trace_dir;
  std::vector<std::string> sets, only;
  bool quiet = false;
};

anju::cli::OptionParser declare(Options& o) {
  anju::cli::OptionParser parser(
      "usage: anju-vision-eval --clips CSV --root DIR --out FILE.json [options]");
  parser
      .value("--clips", "CSV",
             "clip list (file,dataset,label,fall_start_s,fall_end_s,crop,fps,...)", o.clips)
      .value("--root", "DIR", "folder the clip paths are relative to (default: the CSV's folder)",
             o.root)
      .value("--out", "FILE.json", "per-clip alerts and the metrics", o.out)
      .value("--params", "FILE.json", "detector parameter overrides (see docs/vision.md)",
             o.params_file)
      .list("--set", "S.K=V", "one override, e.g. --set fall.confirm_s=3 (repeatable)", o.sets)
      .list("--only", "TEXT", "only clips whose path contains TEXT (repeatable)", o.only)
      .value("--trace", "DIR", "per-clip track CSV and contact sheet, for debugging", o.trace_dir)
      .flag("--quiet", "no per-clip progress", o.quiet);
  return parser;
}

bool selected(const Options& o, const std::string& file) {
  if (o.only.empty()) return true;
  for (const auto& text : o.only) {
    if (file.find(text) != std::string::npos) return true;
  }
  return false;
}

anju::Result<anju::vision::DetectorParams> load_params(const Options& o) {
  using anju::vision::apply_params_json;
  anju::vision::DetectorParams params;
  if (!o.params_file.empty()) {
    std::ifstream in(o.params_file);
    const auto json = nlohmann::json::parse(in, nullptr, false);
    if (json.is_discarded()) {
      return anju::Error{anju::ErrorCode::kConfig, o.params_file + " is not valid JSON"};
    }
    auto applied = apply_params_json(json, params);
    if (!applied) return applied.error();
    params = *applied;
  }
  for (const auto& set : o.sets) {
    const auto patch = anju::vision::parse_param_assignment(set);
    if (!patch) return patch.error();
    auto applied = apply_params_json(*patch, params);
    if (!applied) return applied.error();
    params = *applied;
  }
  return params;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace anju::vision;
  using namespace anju::vision::eval;
  // One thread: "fps per core" counts this thread's CPU time, and a camera gets one core's share.
  cv::setNumThreads(1);
  Options options;
  auto parser = declare(options);
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (const auto exit_code =
          parser.parse_or_explain("anju-vision-eval", args, std::cout, std::cerr))
    return *exit_code;
  if (options.clips.empty() || options.out.empty()) {
    std::cerr << "anju-vision-eval: --clips and --out are required\n" << parser.usage();
    return 2;
  }
  const auto clips = read_clip_list(options.clips);
  if (!clips) {
    std::cerr << "anju-vision-eval: " << clips.error().reason << "\n";
    return 2;
  }
  const auto params = load_params(options);
  if (!params) {
    std::cerr << "anju-vision-eval: " << params.error().reason << "\n";
    return 2;
  }
  const std::filesystem::path root = options.root.empty()
                                         ? std::filesystem::path(options.clips).parent_path()
                                         : std::filesystem::path(options.root);
  std::vector<ClipSpec> chosen;
  for (const auto& clip : *clips) {
    if (selected(options, clip.file)) chosen.push_back(clip);
  }

  std::vector<ClipResult> results;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    const auto& clip = chosen[i];
    RunOptions run_options;
    run_options.params = *params;
    std::unique_ptr<ClipTrace> trace;
    if (!options.trace_dir.empty()) {
      trace = std::make_unique<ClipTrace>(options.trace_dir, clip.file);
      run_options.on_frame = [&trace](const cv::Mat& frame, double t, const CameraAnalyzer& a,
                                      const std::vector<Observation>& obs) {
        trace->on_frame(frame, t, a, obs);
      };
    }
    ClipResult result;
    result.clip = clip;
    const auto run = run_clip(clip, root, run_options);
    if (run) {
      result.alerts = run->alerts;
      result.analysed_frames = run->analysed_frames;
      result.analyse_cpu_s = run->analyse_cpu_s;
      result.warning = run->warning;
    } else {
      result.error = run.error().reason;
    }
    judge(result);
    results.push_back(result);
    if (!options.quiet) {
      std::cerr << "[" << i + 1 << "/" << chosen.size() << "] " << clip.file << "  "
                << (clip.is_fall ? "fall" : "adl") << " -> " << to_string(result.outcome);
      if (!result.alerts.empty()) std::cerr << "  first alert " << result.alerts.front() << " s";
      if (result.latency_s) std::cerr << "  latency " << *result.latency_s << " s";
      if (!result.error.empty()) std::cerr << "  " << result.error;
      if (!result.warning.empty()) std::cerr << "  warning: " << result.warning;
      std::cerr << std::endl;
    }
  }

  auto json = report_json(results);
  json["params"] = params_to_json(*params);
  std::ofstream out(options.out);
  out << json.dump(2) << "\n";
  if (!out) {
    std::cerr << "anju-vision-eval: cannot write " << options.out << "\n";
    return 2;
  }
  print_report(std::cout, results);
  const bool any_error = std::any_of(results.begin(), results.end(), [](const ClipResult& r) {
    return r.outcome == Outcome::kError;
  });
  return any_error ? 1 : 0;
}
