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

bool number(const std::string& text, double& out) {
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  return !text.empty() && end && *end == '\0';
}

int cut(const std::vector<std::string>& args) {
  using namespace anju::vision::clips;
  CutRequest request;
  bool have_in = false, have_out = false, have_at = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& key = args[i];
    if (i + 1 >= args.size()) {
      std::cerr << "anju-clip: " << key << " needs a value\n" << kUsage;
      return 2;
    }
    const std::string& value = args[++i];
    bool ok = true;
    if (key == "--in") {
      request.input = value;
      have_in = true;
    } else if (key == "--out") {
      request.output = value;
      have_out = true;
    } else if (key == "--at") {
      ok = number(value, request.at_s);
      have_at = true;
    } else if (key == "--pre") {
      ok = number(value, request.pre_s);
    } else if (key == "--post") {
      ok = number(value, request.post_s);
    } else if (key == "--mode") {
      if (value == "auto")
        request.mode = CutMode::kAuto;
      else if (value == "copy")
        request.mode = CutMode::kCopy;
      else if (value == "encode")
        request.mode = CutMode::kEncode;
      else
        ok = false;
    } else {
      std::cerr << "anju-clip: unknown option " << key << "\n" << kUsage;
      return 2;
    }
    if (!ok) {
      std::cerr << "anju-clip: bad value for " << key << ": " << value << "\n";
      return 2;
    }
  }
  if (!have_in || !have_out || !have_at) {
    std::cerr << "anju-clip: cut needs --in, --at and --out\n" << kUsage;
    return 2;
  }
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
