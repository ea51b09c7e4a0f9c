#pragma once
// The kiosk's two colour themes as plain data, so a unit test can prove every text/background
// pair meets WCAG AAA contrast (7:1) without a screen (core/theme). The Qt Theme object exposes
// them to QML.
#include <vector>

#include "theme/colour.h"

namespace anju::kiosk {

using theme::ColorPair;
using theme::contrast_ratio;
using theme::Rgb;

// Each colour role with the text colour drawn on it.
struct Palette {
  Rgb background, text;             // the page
  Rgb surface, surface_text;        // tiles, cards, keys
  Rgb border;                       // tile and key outlines
  Rgb call, call_text;              // the call button
  Rgb emergency, emergency_text;    // the emergency button and emergency states
  Rgb placed, placed_text;          // call placed (waiting)
  Rgb connecting, connecting_text;  // call placed, not yet sent
  Rgb acknowledged, acknowledged_text;
  Rgb present, present_text;
  Rgb requested, requested_text;  // a service tile that has been asked for
  Rgb banner, banner_text;        // offline banner
  Rgb action, action_text;        // ordinary buttons (back, OK, language)
  Rgb staff, staff_text;          // staff mode background
  Rgb disabled, disabled_text;    // an action that does not apply now (still readable)
  Rgb error, error_text;          // wrong PIN, unreadable file
};

Palette standard_palette();
Palette high_contrast_palette();

// Every foreground/background combination the QML draws.
std::vector<ColorPair> text_pairs(const Palette& p);

}  // namespace anju::kiosk
