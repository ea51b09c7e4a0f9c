#pragma once
// anju-kiosk's own command-line options (the shared node options are parsed by
// node::parse_node_options first; these are what it left over).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "bus/bus.h"
#include "common/result.h"
#include "text/language.h"

namespace anju::kiosk {

enum class KioskMode { kBedside, kBathroom, kHallway };
std::string_view to_string(KioskMode mode);

struct ScreenSize {
  int width = 1920;
  int height = 1080;
};

// --screenshot: render one screen with a sample state to a PNG, without a broker, and exit.
struct ScreenshotRequest {
  std::filesystem::path file;
  std::string sample = "idle";  // idle offline placed connecting acknowledged present
  std::string screen = "home";  // home today staff-pin staff-actions
};

struct KioskOptions {
  std::string room;
  std::string bed;
  KioskMode mode = KioskMode::kBedside;
  Language language = Language::kZh;
  bool high_contrast = false;
  std::optional<ScreenSize> window_size;  // a window of this size instead of full screen
  std::optional<ScreenshotRequest> screenshot;
  std::filesystem::path state_file;
  std::filesystem::path staff_file;
  std::filesystem::path schedule_file;
  std::filesystem::path directory_file;
  std::filesystem::path pendant;    // the call pendant's input device (or FIFO); empty: none
  std::string voice = "auto";       // auto speechd flite none (chime only) off (silent)
  bool report_first_frame = false;  // print "first-frame <ms>" on stdout (benchmarks)
  bool hash_pin = false;            // read a code on stdin, print its hash, exit
  bool help = false;
};

// Screenshot samples and screens, for the usage text and validation.
const std::vector<std::string>& screenshot_samples();
const std::vector<std::string>& screenshot_screens();

// `config_dir` holds the facility files by default (staff, schedule, directory): $ANJU_KIOSK_CONFIG
// or /etc/anju. The state file defaults to the outbox's folder.
Result<KioskOptions> parse_kiosk_options(const std::vector<std::string>& args,
                                         const bus::BusConfig& bus,
                                         const std::filesystem::path& config_dir);

// kiosk-<room> when --node is not given (scans argv for --room before the node options are parsed,
// since they derive the credentials and outbox from the node id).
std::string default_node_id(int argc, char** argv);

const char* kiosk_usage();

}  // namespace anju::kiosk
