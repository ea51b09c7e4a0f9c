// anju-vision-eval: runs the fall detector over labelled clips per the evaluation protocol in
// ../shared/data/falls/README.md and reports sensitivity, specificity, precision, F1, latency and
// speed, overall and per dataset; --leave-one-out tunes on all data sets but one and scores on it.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <opencv2/core/utility.hpp>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "camera/params_json.h"
#include "clips/av_handles.h"
#include "common/option_parser.h"
#include "eval/clip_list.h"
#include "eval/clip_runner.h"
#include "eval/clip_trace.h"
#include "eval/metrics.h"
#include "eval/report.h"
#include "eval/sweep.h"
#ifdef ANJU_HAVE_POSE
#include "pose/pose_landmarker.h"
#endif

namespace {

struct Options {
  std::string clips, root, out, params_file, trace_dir, candidates_file, view, pose_model;
  std::vector<std::string> sets, only;
  bool quiet = false;
  unsigned jobs = 0;  // 0: as many as the machine has cores
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
      .value("--pose", "MODEL.tflite",
             "BlazePose landmarks on the person at every alert, into the JSON (pose_at_alerts)",
             o.pose_model)
      .value("--leave-one-out", "CANDIDATES.json",
             "tune on all data sets but one, score on that one, for each; the file lists the "
             "candidate parameter sets ([[\"fall.down_level=0.4\"], ...]; [] = defaults)",
             o.candidates_file)
      .value("--jobs", "N", "worker threads for --leave-one-out (default: one per core)",
             [&o](const std::string& v) -> std::optional<std::string> {
               const int n = std::atoi(v.c_str());
               if (n < 1 || n > 64 || std::to_string(n) != v) return "a whole number 1..64";
               o.jobs = static_cast<unsigned>(n);
               return std::nullopt;
             })
      .value("--view", "SPEC",
             "a synthetic camera from each clip: scale=F (farther), rows=A-B (another "
             "mount), grey, gain=F, noise=S; e.g. grey,gain=0.5,noise=6",
             o.view)
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

bool any_error(const std::vector<anju::vision::eval::ClipResult>& results) {
  return std::any_of(results.begin(), results.end(), [](const auto& r) {
    return r.outcome == anju::vision::eval::Outcome::kError;
  });
}

bool write_json(const std::string& path, const nlohmann::json& json) {
  std::ofstream out(path);
  out << json.dump(2) << "\n";
  if (out) return true;
  std::cerr << "anju-vision-eval: cannot write " << path << "\n";
  return false;
}

// Every clip under every candidate, then each data set scored with the candidate that did best on
// the others.
int leave_one_out(const Options& options, const std::vector<anju::vision::eval::ClipSpec>& clips,
                  const std::filesystem::path& root, const anju::vision::DetectorParams& base,
                  const anju::vision::eval::ViewTransform& view) {
  using namespace anju::vision::eval;
  const auto candidates = read_candidates(options.candidates_file, base);
  if (!candidates) {
    std::cerr << "anju-vision-eval: " << candidates.error().reason << "\n";
    return 2;
  }
  const unsigned jobs =
      options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::cerr << "anju-vision-eval: " << clips.size() << " clips x " << candidates->size()
            << " candidates on " << jobs << " threads\n";
  SweepProgress progress;
  if (!options.quiet) {
    progress = [](std::size_t done, std::size_t total, const ClipResult& r) {
      std::cerr << "[" << done << "/" << total << "] " << r.clip.file
                << (r.error.empty() ? "" : "  " + r.error) << std::endl;
    };
  }
  const auto results = run_sweep(clips, root, *candidates, view, jobs, progress);
  std::vector<std::string> names;
  for (const auto& c : *candidates) names.push_back(c.name);
  LeaveOneOut lodo;
  try {
    lodo = leave_one_dataset_out(results);
  } catch (const std::invalid_argument& e) {
    std::cerr << "anju-vision-eval: " << e.what() << "\n";
    return 2;
  }
  nlohmann::json in_sample = nlohmann::json::array();
  for (std::size_t c = 0; c < results.size(); ++c) {
    in_sample.push_back({{"candidate", names[c]}, {"metrics", report_json(results[c])["metrics"]}});
  }
  nlohmann::json json = {{"leave_one_out", leave_one_out_json(lodo, names)},
                         {"in_sample", in_sample},
                         {"params", params_to_json(base)},
                         {"view", to_string(view)}};
  if (!write_json(options.out, json)) return 2;
  if (!view.identity()) std::cout << "view: " << to_string(view) << "\n";
  std::cout << "in sample, " << names.front() << ":\n";
  print_report(std::cout, results.front());
  std::cout << "\n";
  print_leave_one_out(std::cout, lodo, names);
  return any_error(results.front()) ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace anju::vision;
  using namespace anju::vision::eval;
  // One thread: "fps per core" counts this thread's CPU time, and a camera gets one core's share.
  cv::setNumThreads(1);
  clips::quiet_ffmpeg_logs();  // damaged packets are counted and reported per clip instead
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

  const auto view = parse_view(options.view);
  if (!view) {
    std::cerr << "anju-vision-eval: " << view.error().reason << "\n";
    return 2;
  }
  if (!options.candidates_file.empty()) {
    return leave_one_out(options, chosen, root, *params, *view);
  }

#ifdef ANJU_HAVE_POSE
  std::optional<pose::PoseLandmarker> landmarker;
  if (!options.pose_model.empty()) {
    auto loaded = pose::PoseLandmarker::load(options.pose_model);
    if (!loaded) {
      std::cerr << "anju-vision-eval: " << loaded.error().reason << "\n";
      return 2;
    }
    landmarker.emplace(std::move(loaded).value());
  }
#else
  if (!options.pose_model.empty()) {
    std::cerr << "anju-vision-eval: --pose: this build has no pose stage (XNNPACK not found)\n";
    return 2;
  }
#endif
  nlohmann::json poses = nlohmann::json::object();  // file -> pose at each alert

  std::vector<ClipResult> results;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    const auto& clip = chosen[i];
    RunOptions run_options;
    run_options.params = *params;
    run_options.view = *view;
    std::unique_ptr<ClipTrace> trace;
    if (!options.trace_dir.empty()) {
      trace = std::make_unique<ClipTrace>(options.trace_dir, clip.file);
    }
    nlohmann::json clip_poses = nlohmann::json::array();
    run_options.on_frame = [&](const cv::Mat& frame, double t, const CameraAnalyzer& a,
                               const std::vector<Observation>& obs) {
      if (trace) trace->on_frame(frame, t, a, obs);
#ifdef ANJU_HAVE_POSE
      if (!landmarker) return;
      for (const auto& o : obs) {
        if (o.kind != ObservationKind::kFall) continue;
        const auto seen = landmarker->estimate_any_orientation(frame, o.box);
        if (!seen) {
          clip_poses.push_back({{"t", t}, {"error", seen.error().reason}});
          continue;
        }
        const auto cues = pose::fall_cues(*seen);
        clip_poses.push_back({{"t", t},
                              {"score", seen->score},
                              {"rotation_deg", seen->rotation_deg},
                              {"torso_angle_deg", cues.torso_angle_deg},
                              {"head_below_hips", cues.head_below_hips},
                              {"confidence", cues.confidence}});
      }
#endif
    };
    const ClipResult result = judge_run(clip, run_clip(clip, root, run_options));
    results.push_back(result);
    if (!clip_poses.empty()) poses[clip.file] = clip_poses;
    if (!options.quiet) {
      std::cerr << "[" << i + 1 << "/" << chosen.size() << "] " << clip.file << "  "
                << (clip.is_fall ? "fall" : "adl") << " -> " << to_string(result.outcome);
      if (!result.alerts.empty()) std::cerr << "  first alert " << result.alerts.front() << " s";
      if (result.latency_s) std::cerr << "  latency " << *result.latency_s << " s";
      if (!result.error.empty()) std::cerr << "  " << result.error;
      if (!result.warning.empty()) std::cerr << "  warning: " << result.warning;
      for (const auto& p : clip_poses) {
        if (p.contains("score")) {
          std::cerr << "  pose " << p["score"].get<double>() << " torso "
                    << p["torso_angle_deg"].get<double>() << " deg";
        }
      }
      std::cerr << std::endl;
    }
  }

  auto json = report_json(results);
  json["params"] = params_to_json(*params);
  json["view"] = to_string(*view);
  if (!poses.empty()) json["pose_at_alerts"] = poses;
  if (!write_json(options.out, json)) return 2;
  if (!view->identity()) std::cout << "view: " << to_string(*view) << "\n";
  print_report(std::cout, results);
  return any_error(results) ? 1 : 0;
}
