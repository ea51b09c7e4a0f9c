#pragma once
// The console's colours and sizes as plain data (core/theme), for a night-time desk: dark
// background, the standard alarm colours (IEC 60601-1-8: red high, yellow medium, cyan low), and
// type large enough to read from a step away. A unit test proves every text pair the QML draws
// meets WCAG AA (4.5:1); ConsoleTheme hands it to QML as the singleton `Theme`.
#include <vector>

#include "protocol/messages.h"
#include "theme/colour.h"

namespace anju::console {

struct ConsolePalette {
  theme::Rgb background, surface, surface_raised;
  theme::Rgb selected;         // the open tab, the chosen row
  theme::Rgb chosen;           // a picked option (review outcome), the primary action
  theme::Rgb warn_surface;     // a tile that needs attention (overdue round, unreviewed)
  theme::Rgb offline_surface;  // the row of a device that went silent
  theme::Rgb ok_surface;       // "connected", the reviewed clip's badge
  theme::Rgb text, text_dim, placeholder;
  theme::Rgb ink;                // dark text on a light fill (yellow, cyan, green tints)
  theme::Rgb high, medium, low;  // alarm priorities (IEC 60601-1-8 colours)
  theme::Rgb on_high;            // text on the red lamp (dark ink on the others)
  theme::Rgb high_text;  // red as text on the dark surfaces: lighter than the lamp to stay legible
  theme::Rgb ok, on_ok;  // online, the acknowledge button
  theme::Rgb offline;
};

ConsolePalette console_palette();

// The lamp colour of a priority and the text drawn on it.
theme::Rgb priority_colour(const ConsolePalette& p, protocol::Priority priority);
theme::Rgb on_priority(const ConsolePalette& p, protocol::Priority priority);

// Every foreground/background combination the console's QML draws.
std::vector<theme::ColorPair> console_text_pairs(const ConsolePalette& p);

struct ConsoleSizes {
  static constexpr int kFontSmall = 20;
  static constexpr int kFontBody = 24;
  static constexpr int kFontLarge = 32;
  static constexpr int kFontHuge = 44;
  static constexpr int kTouch = 64;  // smallest button height
};

}  // namespace anju::console
