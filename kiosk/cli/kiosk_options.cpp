#include "cli/kiosk_options.h"

#include <algorithm>
#include <cstdio>

#include "protocol/topics.h"

namespace anju::kiosk {

std::string_view to_string(KioskMode mode) {
  switch (mode) {
    case KioskMode::kBedside:
      return "bedside";
    case KioskMode::kBathroom:
      return "bathroom";
    case KioskMode::kHallway:
      return "hallway";
  }
  return "bedside";
}

const std::vector<std::string>& screenshot_samples() {
  static const std::vector<std::string> kSamples{"idle",       "offline",      "placed",
                                                 "connecting", "acknowledged", "present"};
  return kSamples;
}

const std::vector<std::string>& screenshot_screens() {
  static const std::vector<std::string> kScreens{"home", "today", "staff-pin", "staff-actions"};
  return kScreens;
}

const char* kiosk_usage() {
  return "usage: anju-kiosk --room ROOM [options]\n"
         "  --mode MODE          bedside (default) | bathroom | hallway\n"
         "  --lang LANG          zh (default) | en; residents switch on screen\n"
         "  --bed BED            bed id within the room\n"
         "  --theme THEME        standard (default) | high-contrast\n"
         "  --size WxH           a window of this size instead of full screen\n"
         "  --screenshot FILE    render a sample screen to FILE (PNG) without a broker, and exit\n"
         "  --sample STATE       with --screenshot: idle offline placed connecting acknowledged "
         "present\n"
         "  --screen SCREEN      with --screenshot: home today staff-pin staff-actions\n"
         "  --state-file FILE    local call state (default: beside the outbox)\n"
         "  --staff-file FILE    staff codes (default CONFIG/kiosk-staff.conf)\n"
         "  --schedule FILE      day schedule (default CONFIG/day-schedule.json)\n"
         "  --directory FILE     hallway directory (default CONFIG/directory.json)\n"
         "  --voice ENGINE       auto (default) | speechd | flite | none (chime only) | off\n"
         "  --pendant DEVICE     the bedside call pendant: an input device (/dev/input/by-id/...)\n"
         "                       or a FIFO an adapter writes input events into\n"
         "  --hash-pin           read a PIN or badge code on stdin, print its hash, exit\n"
         "  CONFIG is $ANJU_KIOSK_CONFIG or /etc/anju.\n";
}

std::string default_node_id(int argc, char** argv) {
  for (int i = 1; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--room") return "kiosk-" + std::string(argv[i + 1]);
  return "kiosk";
}

namespace {

bool one_of(const std::string& v, const std::vector<std::string>& allowed) {
  return std::find(allowed.begin(), allowed.end(), v) != allowed.end();
}

std::optional<ScreenSize> parse_size(const std::string& v) {
  int w = 0, h = 0;
  char x = 0;
  if (std::sscanf(v.c_str(), "%d%c%d", &w, &x, &h) != 3 || x != 'x' || w < 320 || h < 240 ||
      w > 8192 || h > 8192)
    return std::nullopt;
  return ScreenSize{w, h};
}

}  // namespace

Result<KioskOptions> parse_kiosk_options(const std::vector<std::string>& args,
                                         const bus::BusConfig& bus,
                                         const std::filesystem::path& config_dir) {
  KioskOptions o;
  o.room = bus.room;
  o.staff_file = config_dir / "kiosk-staff.conf";
  o.schedule_file = config_dir / "day-schedule.json";
  o.directory_file = config_dir / "directory.json";
  std::optional<std::string> sample, screen;
  std::filesystem::path screenshot_file;

  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      o.help = true;
      continue;
    }
    if (a == "--hash-pin") {
      o.hash_pin = true;
      continue;
    }
    if (a == "--report-first-frame") {
      o.report_first_frame = true;
      continue;
    }
    if (i + 1 >= args.size()) return Error{ErrorCode::kConfig, "unknown or incomplete option " + a};
    const std::string& v = args[++i];
    if (a == "--mode") {
      if (v == "bedside")
        o.mode = KioskMode::kBedside;
      else if (v == "bathroom")
        o.mode = KioskMode::kBathroom;
      else if (v == "hallway")
        o.mode = KioskMode::kHallway;
      else
        return Error{ErrorCode::kConfig, "--mode must be bedside, bathroom or hallway"};
    } else if (a == "--lang") {
      const auto lang = parse_language(v);
      if (!lang) return Error{ErrorCode::kConfig, "--lang must be zh or en"};
      o.language = *lang;
    } else if (a == "--bed") {
      o.bed = v;
    } else if (a == "--theme") {
      if (v != "standard" && v != "high-contrast")
        return Error{ErrorCode::kConfig, "--theme must be standard or high-contrast"};
      o.high_contrast = v == "high-contrast";
    } else if (a == "--size") {
      o.window_size = parse_size(v);
      if (!o.window_size) return Error{ErrorCode::kConfig, "--size must look like 1280x800"};
    } else if (a == "--screenshot") {
      screenshot_file = v;
    } else if (a == "--sample") {
      if (!one_of(v, screenshot_samples()))
        return Error{ErrorCode::kConfig, "unknown --sample " + v};
      sample = v;
    } else if (a == "--screen") {
      if (!one_of(v, screenshot_screens()))
        return Error{ErrorCode::kConfig, "unknown --screen " + v};
      screen = v;
    } else if (a == "--state-file") {
      o.state_file = v;
    } else if (a == "--staff-file") {
      o.staff_file = v;
    } else if (a == "--schedule") {
      o.schedule_file = v;
    } else if (a == "--directory") {
      o.directory_file = v;
    } else if (a == "--pendant") {
      o.pendant = v;
    } else if (a == "--voice") {
      if (!one_of(v, {"auto", "speechd", "flite", "none", "off"}))
        return Error{ErrorCode::kConfig, "--voice must be auto, speechd, flite, none or off"};
      o.voice = v;
    } else {
      return Error{ErrorCode::kConfig, "unknown option " + a};
    }
  }
  if (o.help || o.hash_pin) return o;
  if (o.room.empty()) return Error{ErrorCode::kConfig, "--room is required"};
  if (!protocol::is_valid_id(o.room))
    return Error{ErrorCode::kConfig, "invalid room id '" + o.room + "'"};
  if (!o.bed.empty() && !protocol::is_valid_id(o.bed))
    return Error{ErrorCode::kConfig, "invalid bed id"};
  if (!screenshot_file.empty()) {
    o.screenshot =
        ScreenshotRequest{screenshot_file, sample.value_or("idle"), screen.value_or("home")};
    if (!o.window_size) o.window_size = ScreenSize{};
  } else if (sample || screen) {
    return Error{ErrorCode::kConfig, "--sample and --screen go with --screenshot"};
  }
  if (o.state_file.empty()) {
    const auto dir = bus.outbox_path.has_parent_path() ? bus.outbox_path.parent_path()
                                                       : std::filesystem::path(".");
    o.state_file = dir / (bus.node + ".call-state.json");
  }
  return o;
}

}  // namespace anju::kiosk
