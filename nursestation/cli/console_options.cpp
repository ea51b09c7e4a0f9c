#include "cli/console_options.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "protocol/topics.h"

namespace anju::console {
namespace {

Error bad(const std::string& what) {
  return Error{ErrorCode::kConfig, what};
}

bool parse_double(const std::string& v, double& out) {
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  return ec == std::errc() && end == v.data() + v.size();
}

}  // namespace

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

const char* console_usage() {
  return "usage: anju-nursestation [options]\n"
         "  --users FILE          staff accounts (SQLite; default console-users.db)\n"
         "  --rooms A-B           rooms on the floor view, e.g. 101-124\n"
         "  --lang zh|en          start language (default zh)\n"
         "  --mute                no alarm sounds (screens still flash)\n"
         "  --screenshot FILE     render a screen with sample data to PNG and exit\n"
         "  --screen board|floor|devices|rounds|report|review|signin   which screen (default "
         "board)\n"
         "  --size WxH            window size for --screenshot (default 1920x1080)\n"
         "  --live-screenshot FILE --after S   connect as usual, render after S seconds, exit\n"
         "  --clip-server NODE=URL  clip server of a vision node, e.g. "
         "vision-1=https://10.0.0.5:18443\n"
         "                        (repeatable; incidents of other nodes show no clip)\n"
         "  --ca FILE             the site CA (ca.crt) the clip servers' certificates must chain "
         "to\n"
         "  --add-user ID --name NAME --role nurse|charge_nurse|manager   add a user; password on "
         "stdin\n";
}

Result<ConsoleOptions> parse_console_options(const std::vector<std::string>& args) {
  ConsoleOptions o;
  static const std::vector<std::string> kFlags{"--mute", "--help", "-h"};
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (std::find(kFlags.begin(), kFlags.end(), a) != kFlags.end()) {
      (a == "--mute" ? o.mute : o.help) = true;
      continue;
    }
    if (!a.starts_with("--")) return bad("unexpected argument '" + a + "'");
    if (i + 1 >= args.size()) return bad("option " + a + " needs a value");
    const std::string& v = args[++i];
    if (a == "--users") {
      o.users = v;
    } else if (a == "--lang") {
      if (v != "zh" && v != "en") return bad("--lang must be zh or en");
      o.lang = v;
    } else if (a == "--screenshot") {
      o.screenshot = v;
    } else if (a == "--live-screenshot") {
      o.live_screenshot = v;
    } else if (a == "--after") {
      if (!parse_double(v, o.after_s) || o.after_s < 0 || o.after_s > 3600)
        return bad("--after must be seconds, 0 to 3600");
    } else if (a == "--screen") {
      const auto& screens = console_screens();
      if (std::find(screens.begin(), screens.end(), v) == screens.end())
        return bad("unknown --screen " + v);
      o.screen = v;
    } else if (a == "--add-user") {
      if (!protocol::is_valid_id(v)) return bad("--add-user: invalid staff id '" + v + "'");
      o.add_user = v;
    } else if (a == "--name") {
      o.name = v;
    } else if (a == "--role") {
      if (v != "nurse" && v != "charge_nurse" && v != "manager")
        return bad("--role must be nurse, charge_nurse or manager");
      o.role = v;
    } else if (a == "--ca") {
      o.ca = v;
    } else if (a == "--clip-server") {
      const auto eq = v.find('=');
      if (eq == std::string::npos || eq == 0 || !protocol::is_valid_id(v.substr(0, eq)) ||
          v.compare(eq + 1, 8, "https://") != 0)
        return bad("--clip-server must look like vision-1=https://10.0.0.5:18443");
      o.clip_servers.emplace_back(v.substr(0, eq), v.substr(eq + 1));
    } else if (a == "--size") {
      char x = 0;
      if (std::sscanf(v.c_str(), "%d%c%d", &o.width, &x, &o.height) != 3 || x != 'x' ||
          o.width < 320 || o.height < 240 || o.width > 8192 || o.height > 8192)
        return bad("--size must look like 1920x1080");
    } else if (a == "--rooms") {
      char dash = 0;
      if (std::sscanf(v.c_str(), "%d%c%d", &o.first_room, &dash, &o.last_room) != 3 ||
          dash != '-' || o.first_room < 0 || o.last_room < o.first_room ||
          o.last_room - o.first_room >= 1000)
        return bad("--rooms must look like 101-124 (at most 1000 rooms)");
    } else {
      return bad("unknown option " + a);
    }
  }
  if (!o.clip_servers.empty() && o.ca.empty())
    return bad("--clip-server needs --ca with the site CA certificate");
  return o;
}

}  // namespace anju::console
