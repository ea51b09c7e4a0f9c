#pragma once
// The console's own command-line options (anju-nursestation), after the node options every
// program shares (node/node_options.h). Each mistake is refused with a reason naming the option,
// so an installer sees what to fix instead of a bare usage text.
#include <string>
#include <utility>
#include <vector>

#include "common/result.h"

namespace anju::console {

struct ConsoleOptions {
  std::string users = "console-users.db";  // staff accounts (SQLite)
  std::string lang = "zh";                 // zh | en
  std::string screenshot;                  // render sample data to this PNG and exit
  std::string screen = "board";            // which page (screenshots)
  std::string live_screenshot;             // connect as usual, render after `after_s`, exit
  double after_s = 5;
  int width = 1920, height = 1080;
  int first_room = 0, last_room = -1;  // the floor view's rooms; none when last < first
  bool mute = false;
  std::vector<std::pair<std::string, std::string>> clip_servers;  // vision node, https:// URL
  std::string ca;                                                 // the site CA for clip servers
  // --add-user: add or replace a staff account (password on stdin) and exit.
  std::string add_user, name, role = "nurse";
  bool help = false;
};

// Pages of Main.qml, in order (the index is the page number).
const std::vector<std::string>& console_screens();
int page_of(const std::string& screen);  // 0 (the board) for a name not in console_screens()

Result<ConsoleOptions> parse_console_options(const std::vector<std::string>& args);
const char* console_usage();

}  // namespace anju::console
