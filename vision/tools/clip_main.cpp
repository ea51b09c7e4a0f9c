// anju-clip: incident clip tools for tests, exports and support.
//   anju-clip cut --in FILE --at SECONDS --pre S --post S --out FILE.mp4 [--mode auto|copy|encode]
//   anju-clip check --root DIR    integrity check of a clip store (bad clips go to quarantine)
//   anju-clip record ...          records a clip from a source (used by the crash test)
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "clips/av_handles.h"
#include "clips/clip_cut.h"
#include "clips/clip_store.h"
#include "common/option_parser.h"
#include "tools/clip_record.h"

namespace {

const char* kUsage =
    "usage: anju-clip cut --in FILE --at SECONDS --pre S --post S --out FILE.mp4 [--mode M]\n"
    "         cuts a clip around a moment of a video; M = auto (copy the H.264 stream when a\n"
    "         keyframe lies within 0.5 s before the start, else re-encode), copy or encode\n"
    "       anju-clip check --root DIR\n"
    "         checks every clip of a clip store; clips that do not decode go to quarantine\n"
    "       anju-clip record --in SOURCE --out FILE.mp4 --at S --pre S --post S [--encode]\n"
    "         records like the vision node does, printing each second written\n";

int cut(const std::vector<std::string>& args) {
  using namespace anju::vision::clips;
  CutRequest request;
  std::string input, output, mode = "auto";
  double at = -1;
  anju::cli::OptionParser parser(
      "usage: anju-clip cut --in FILE --at SECONDS --out FILE.mp4 [options]");
  parser.value("--in", "FILE", "the video", input)
      .value("--out", "FILE.mp4", "the clip to write", output)
      .number("--at", "SECONDS", "the moment", at, 0, 1e7)
      .number("--pre", "S", "seconds before it", request.pre_s, 0, 3600)
      .number("--post", "S", "seconds after it", request.post_s, 0, 3600)
      .choice("--mode", "how", mode, {"auto", "copy", "encode"});
  if (const auto exit_code = parser.parse_or_explain("anju-clip cut", args, std::cout, std::cerr))
    return *exit_code;
  if (input.empty() || output.empty() || at < 0) {
    std::cerr << "anju-clip: cut needs --in, --at and --out\n" << kUsage;
    return 2;
  }
  request.input = input;
  request.output = output;
  request.at_s = at;
  request.mode = mode == "copy"     ? CutMode::kCopy
                 : mode == "encode" ? CutMode::kEncode
                                    : CutMode::kAuto;
  const auto result = cut_clip(request);
  if (!result) {
    std::cerr << "anju-clip: " << result.error().reason << "\n";
    return 1;
  }
  std::cout << "anju-clip: wrote " << request.output.string() << " ("
            << (result->copied ? "stream copied" : "re-encoded") << "), " << result->duration_s
            << " s from " << result->start_s << " s, " << result->packets << " frames\n";
  return 0;
}

int check(const std::vector<std::string>& args) {
  using namespace anju::vision::clips;
  if (args.size() != 2 || args[0] != "--root") {
    std::cerr << kUsage;
    return 2;
  }
  ClipStore store(args[1]);
  const auto report = store.check_integrity();
  for (const auto& problem : report.quarantined) {
    std::cout << "anju-clip: " << problem.id << " is damaged (" << problem.reason << "), moved to "
              << problem.moved_to.string() << "\n";
  }
  for (const auto& id : report.unfinished) {
    std::cout << "anju-clip: " << id << " plays but has no sidecar (recording interrupted)\n";
  }
  std::cout << "anju-clip: " << report.checked << " clip(s) checked, " << report.quarantined.size()
            << " quarantined\n";
  return report.quarantined.empty() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  anju::vision::clips::quiet_ffmpeg_logs();
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::cout << kUsage;
    return args.empty() ? 2 : 0;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  if (command == "cut") return cut(args);
  if (command == "check") return check(args);
  if (command == "record") return anju::vision::clips::record_command(args, std::cout, std::cerr);
  std::cerr << "anju-clip: unknown command " << command << "\n" << kUsage;
  return 2;
}
