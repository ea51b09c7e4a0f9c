#include "cli/kiosk_options.h"

#include "common/option_parser.h"
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

std::string default_node_id(int argc, char** argv) {
  for (int i = 1; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--room") return "kiosk-" + std::string(argv[i + 1]);
  return "kiosk";
}

namespace {

// What the options set before the checks that look at more than one of them.
struct Given {
  explicit Given(KioskOptions& options) : o(&options) {}
  KioskOptions* o;
  std::string mode = "bedside", lang, theme = "standard", sample, screen;
  std::string screenshot_file;
};

cli::ValueSetter path(std::filesystem::path& target) {
  return [&target](const std::string& v) -> std::optional<std::string> {
    target = v;
    return std::nullopt;
  };
}

cli::OptionParser declare(Given& g) {
  KioskOptions& o = *g.o;
  cli::OptionParser parser("usage: anju-kiosk --room ROOM [options]");
  parser
      .choice("--mode", "where the kiosk is (default bedside)", g.mode,
              {"bedside", "bathroom", "hallway"})
      .choice("--lang", "start language (default zh); residents switch on screen", g.lang,
              {"zh", "en"})
      .value("--bed", "BED", "bed id within the room", o.bed)
      .choice("--theme", "colours (default standard)", g.theme, {"standard", "high-contrast"})
      .value("--size", "WxH", "a window of this size instead of full screen",
             [&o](const std::string& v) -> std::optional<std::string> {
               const auto size = cli::parse_size(v);
               if (!size) return "must look like 1280x800";
               o.window_size = ScreenSize{size->first, size->second};
               return std::nullopt;
             })
      .value("--screenshot", "FILE",
             "render a sample screen to FILE (PNG) without a broker, and exit", g.screenshot_file)
      .choice("--sample", "with --screenshot: the call state shown", g.sample, screenshot_samples())
      .choice("--screen", "with --screenshot: the screen shown", g.screen, screenshot_screens())
      .value("--state-file", "FILE", "local call state (default: beside the outbox)",
             path(o.state_file))
      .value("--staff-file", "FILE", "staff codes (default CONFIG/kiosk-staff.conf)",
             path(o.staff_file))
      .value("--schedule", "FILE", "day schedule (default CONFIG/day-schedule.json)",
             path(o.schedule_file))
      .value("--directory", "FILE", "hallway directory (default CONFIG/directory.json)",
             path(o.directory_file))
      .choice("--voice", "speech (default auto; none: chime only; off: silent)", o.voice,
              {"auto", "speechd", "flite", "none", "off"})
      .value("--pendant", "DEVICE",
             "the bedside call pendant: an input device (/dev/input/by-id/...)\n"
             "or a FIFO an adapter writes input events into",
             path(o.pendant))
      .flag("--hash-pin", "read a PIN or badge code on stdin, print its hash, exit", o.hash_pin)
      .flag("--report-first-frame", "print \"first-frame <ms>\" on stdout (benchmarks)",
            o.report_first_frame)
      .text("  CONFIG is $ANJU_KIOSK_CONFIG or /etc/anju.");
  return parser;
}

}  // namespace

const char* kiosk_usage() {
  static const std::string usage = [] {
    KioskOptions o;
    Given g(o);
    return declare(g).usage();
  }();
  return usage.c_str();
}

Result<KioskOptions> parse_kiosk_options(const std::vector<std::string>& args,
                                         const bus::BusConfig& bus,
                                         const std::filesystem::path& config_dir) {
  KioskOptions o;
  o.room = bus.room;
  o.staff_file = config_dir / "kiosk-staff.conf";
  o.schedule_file = config_dir / "day-schedule.json";
  o.directory_file = config_dir / "directory.json";
  Given g(o);
  auto parser = declare(g);
  if (auto parsed = parser.parse(args); !parsed) return parsed.error();
  o.help = parser.help();
  o.mode = g.mode == "bathroom"  ? KioskMode::kBathroom
           : g.mode == "hallway" ? KioskMode::kHallway
                                 : KioskMode::kBedside;
  if (!g.lang.empty()) o.language = *parse_language(g.lang);
  o.high_contrast = g.theme == "high-contrast";

  if (o.help || o.hash_pin) return o;
  if (o.room.empty()) return Error{ErrorCode::kConfig, "--room is required"};
  if (!protocol::is_valid_id(o.room))
    return Error{ErrorCode::kConfig, "invalid room id '" + o.room + "'"};
  if (!o.bed.empty() && !protocol::is_valid_id(o.bed))
    return Error{ErrorCode::kConfig, "invalid bed id"};
  if (!g.screenshot_file.empty()) {
    o.screenshot = ScreenshotRequest{g.screenshot_file, g.sample.empty() ? "idle" : g.sample,
                                     g.screen.empty() ? "home" : g.screen};
    if (!o.window_size) o.window_size = ScreenSize{};
  } else if (!g.sample.empty() || !g.screen.empty()) {
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
