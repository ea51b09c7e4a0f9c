#pragma once
// Colours as plain data, and the WCAG 2 contrast ratio between two of them. Both apps keep their
// palettes as data on this (kiosk/theme/palette.h, nursestation/console/console_palette.h), so a
// unit test proves every text/background pair readable without a screen; a Qt object per app
// hands the palette to QML.
#include <cstdint>
#include <string_view>

namespace anju::theme {

struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;
  bool operator==(const Rgb&) const = default;
};

constexpr Rgb hex(std::uint32_t v) {
  return Rgb{static_cast<std::uint8_t>(v >> 16), static_cast<std::uint8_t>(v >> 8),
             static_cast<std::uint8_t>(v)};
}

// A text colour on the colour it is drawn on, named for the test's message.
struct ColorPair {
  std::string_view name;
  Rgb foreground;
  Rgb background;
};

// WCAG 2 contrast ratio, 1..21: AA asks 4.5 for body text, AAA 7.
double contrast_ratio(Rgb a, Rgb b);

}  // namespace anju::theme
