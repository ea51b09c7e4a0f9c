#include "theme/console_palette.h"

namespace anju::console {

using protocol::Priority;
using theme::hex;

ConsolePalette console_palette() {
  ConsolePalette p;
  p.background = hex(0x101418), p.surface = hex(0x1B2229), p.surface_raised = hex(0x252E37);
  p.selected = hex(0x3B4A58), p.chosen = hex(0x2F6FA8);
  p.warn_surface = hex(0x3D3413), p.offline_surface = hex(0x3A1D1F), p.ok_surface = hex(0x173D28);
  p.text = hex(0xF2F5F7), p.text_dim = hex(0xB7C2CC), p.placeholder = hex(0x8D99A5);
  p.ink = hex(0x101418);
  p.high = hex(0xE0242B), p.medium = hex(0xF2C200), p.low = hex(0x22C4E0);
  p.on_high = hex(0xFFFFFF), p.high_text = hex(0xFF7A7A);
  p.ok = hex(0x2FBF71), p.on_ok = hex(0x0B1A10);
  p.offline = hex(0x8A96A3);
  return p;
}

theme::Rgb priority_colour(const ConsolePalette& p, Priority priority) {
  switch (priority) {
    case Priority::kHigh:
      return p.high;
    case Priority::kMedium:
      return p.medium;
    case Priority::kLow:
      return p.low;
  }
  return p.surface_raised;
}

theme::Rgb on_priority(const ConsolePalette& p, Priority priority) {
  switch (priority) {
    case Priority::kHigh:
      return p.on_high;
    case Priority::kMedium:
    case Priority::kLow:
      return p.ink;
  }
  return p.text;
}

std::vector<theme::ColorPair> console_text_pairs(const ConsolePalette& p) {
  std::vector<theme::ColorPair> pairs;
  for (const auto& [name, fill] : {std::pair{"background", p.background},
                                   {"surface", p.surface},
                                   {"raised surface", p.surface_raised},
                                   {"selected", p.selected},
                                   {"chosen", p.chosen},
                                   {"warning surface", p.warn_surface},
                                   {"offline surface", p.offline_surface},
                                   {"connected badge", p.ok_surface}}) {
    pairs.push_back({name, p.text, fill});
    // Dim text (ages, details) is drawn on the page and its tiles, not on buttons or badges.
    if (fill != p.chosen && fill != p.ok_surface) pairs.push_back({name, p.text_dim, fill});
  }
  const std::vector<theme::ColorPair> more{
      {"placeholder on surface", p.placeholder, p.surface},
      {"high lamp", p.on_high, p.high},
      {"medium lamp", p.ink, p.medium},
      {"low lamp", p.ink, p.low},
      {"acknowledge button", p.on_ok, p.ok},
      {"online on surface", p.ok, p.surface},
      {"offline (red text) on surface", p.high_text, p.surface},
      {"offline (red text) on offline surface", p.high_text, p.offline_surface},
      {"escalated age on surface", p.high_text, p.surface},
      {"warning text on surface", p.medium, p.surface},
      {"warning text on warning surface", p.medium, p.warn_surface},
      {"due text on surface", p.low, p.surface},
  };
  pairs.insert(pairs.end(), more.begin(), more.end());
  return pairs;
}

}  // namespace anju::console
