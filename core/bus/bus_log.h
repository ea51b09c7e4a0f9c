#pragma once
// One line per event on stderr, tagged with the node, so a facility's journal shows which node's
// bus said what. The bus never throws on broker trouble: this is where the reason goes instead.
#include <string_view>

namespace anju::bus {

void log_line(std::string_view node, std::string_view text);

}  // namespace anju::bus
