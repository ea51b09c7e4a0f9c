#include "cli/console_options.h"

#include <algorithm>
#include <tuple>

#include "common/option_parser.h"
#include "protocol/topics.h"

namespace anju::console {

const std::vector<std::string>& console_screens() {
  static const std::vector<std::string> kScreens{"board",  "floor",  "devices", "rounds",
                                                 "report", "review", "signin"};
  return kScreens;
}

int page_of(const std::string& screen) {
  const auto& screens = console_screens();
  const auto it = std::find(screens.begin(), screens.end() - 1, screen);  // signin: a dialog
  return it == screens.end() - 1 ? 0 : static_cast<int>(it - screens.begin());
}

namespace {

cli::OptionParser declare(ConsoleOptions& o) {
  cli::OptionParser parser("usage: anju-nursestation [options]");
  parser.value("--users", "FILE", "staff accounts (SQLite; default console-users.db)", o.users)
      .value("--rooms", "A-B", "rooms on the floor view, e.g. 101-124",
             [&o](const std::string& v) -> std::optional<std::string> {
               const auto dash = v.find('-');
               const auto first = cli::parse_int(v.substr(0, dash));
               const auto last =
                   dash == std::string::npos ? std::nullopt : cli::parse_int(v.substr(dash + 1));
               if (!first || !last || *first < 0 || *last < *first || *last - *first >= 1000)
                 return "must look like 101-124 (at most 1000 rooms)";
               o.first_room = *first;
               o.last_room = *last;
               return std::nullopt;
             })
      .choice("--lang", "start language (default zh)", o.lang, {"zh", "en"})
      .flag("--mute", "no alarm sounds (screens still flash)", o.mute)
      .value("--screenshot", "FILE", "render a screen with sample data to PNG and exit",
             o.screenshot)
      .choice("--screen", "which screen (default board)", o.screen, console_screens())
      .value("--size", "WxH", "window size for --screenshot (default 1920x1080)",
             [&o](const std::string& v) -> std::optional<std::string> {
               const auto size = cli::parse_size(v);
               if (!size) return "must look like 1920x1080";
               std::tie(o.width, o.height) = *size;
               return std::nullopt;
             })
      .value("--live-screenshot", "FILE", "connect as usual, render after --after seconds, exit",
             o.live_screenshot)
      .number("--after", "S", "seconds before the live screenshot (default 5)", o.after_s, 0, 3600)
      .value("--clip-server", "NODE=URL",
             "clip server of a vision node, e.g. vision-1=https://10.0.0.5:18443\n"
             "(repeatable; incidents of other nodes show no clip)",
             [&o](const std::string& v) -> std::optional<std::string> {
               const auto eq = v.find('=');
               if (eq == std::string::npos || eq == 0 || !protocol::is_valid_id(v.substr(0, eq)) ||
                   v.compare(eq + 1, 8, "https://") != 0)
                 return "must look like vision-1=https://10.0.0.5:18443";
               o.clip_servers.emplace_back(v.substr(0, eq), v.substr(eq + 1));
               return std::nullopt;
             })
      .value("--ca", "FILE", "the site CA (ca.crt) the clip servers' certificates must chain to",
             o.ca)
      .value("--add-user", "ID", "add or replace a staff account (password on stdin) and exit",
             [&o](const std::string& v) -> std::optional<std::string> {
               if (!protocol::is_valid_id(v)) return "needs a valid staff id";
               o.add_user = v;
               return std::nullopt;
             })
      .value("--name", "NAME", "with --add-user: the name shown", o.name)
      .choice("--role", "with --add-user (default nurse)", o.role,
              {"nurse", "charge_nurse", "manager"});
  return parser;
}

}  // namespace

const char* console_usage() {
  static const std::string usage = [] {
    ConsoleOptions o;
    return declare(o).usage();
  }();
  return usage.c_str();
}

Result<ConsoleOptions> parse_console_options(const std::vector<std::string>& args) {
  ConsoleOptions o;
  auto parser = declare(o);
  if (auto parsed = parser.parse(args); !parsed) return parsed.error();
  o.help = parser.help();
  if (!o.clip_servers.empty() && o.ca.empty())
    return Error{ErrorCode::kConfig, "--clip-server needs --ca with the site CA certificate"};
  return o;
}

}  // namespace anju::console
