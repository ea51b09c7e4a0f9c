#include "theme/palette.h"

namespace anju::kiosk {
using theme::hex;

// Light and calm: warm off-white page, near-black text; strong colours only where they carry
// meaning (red to call, amber waiting, green coming, blue here), always with words.
Palette standard_palette() {
  Palette p;
  p.background = hex(0xF4F1EA), p.text = hex(0x141414);
  p.surface = hex(0xFFFFFF), p.surface_text = hex(0x141414);
  p.border = hex(0x3A3A3A);
  p.call = hex(0xA0001C), p.call_text = hex(0xFFFFFF);
  p.emergency = hex(0x8E0000), p.emergency_text = hex(0xFFFFFF);
  p.placed = hex(0xFFD24D), p.placed_text = hex(0x141414);
  p.connecting = hex(0xFFB000), p.connecting_text = hex(0x141414);
  p.acknowledged = hex(0x0B5D1E), p.acknowledged_text = hex(0xFFFFFF);
  p.present = hex(0x0B3D91), p.present_text = hex(0xFFFFFF);
  p.requested = hex(0xD6E8FF), p.requested_text = hex(0x141414);
  p.banner = hex(0x141414), p.banner_text = hex(0xFFE600);
  p.action = hex(0x1F2933), p.action_text = hex(0xFFFFFF);
  p.staff = hex(0x243447), p.staff_text = hex(0xFFFFFF);
  p.disabled = hex(0xDDDDDD), p.disabled_text = hex(0x2B2B2B);
  p.error = hex(0xFFE0E0), p.error_text = hex(0x6E0000);
  return p;
}

// For low vision: black page, white and yellow text, light fills with black text, thick borders.
Palette high_contrast_palette() {
  Palette p;
  p.background = hex(0x000000), p.text = hex(0xFFFFFF);
  p.surface = hex(0x000000), p.surface_text = hex(0xFFFFFF);
  p.border = hex(0xFFFFFF);
  p.call = hex(0xFFE600), p.call_text = hex(0x000000);
  p.emergency = hex(0xFF7070), p.emergency_text = hex(0x000000);
  p.placed = hex(0xFFE600), p.placed_text = hex(0x000000);
  p.connecting = hex(0xFFB000), p.connecting_text = hex(0x000000);
  p.acknowledged = hex(0x00E676), p.acknowledged_text = hex(0x000000);
  p.present = hex(0x00E5FF), p.present_text = hex(0x000000);
  p.requested = hex(0x9FD0FF), p.requested_text = hex(0x000000);
  p.banner = hex(0xFFE600), p.banner_text = hex(0x000000);
  p.action = hex(0xFFFFFF), p.action_text = hex(0x000000);
  p.staff = hex(0x000000), p.staff_text = hex(0xFFFFFF);
  p.disabled = hex(0x3A3A3A), p.disabled_text = hex(0xFFFFFF);
  p.error = hex(0x000000), p.error_text = hex(0xFF9E9E);
  return p;
}

std::vector<ColorPair> text_pairs(const Palette& p) {
  return {
      {"text on background", p.text, p.background},
      {"surface text", p.surface_text, p.surface},
      {"call button", p.call_text, p.call},
      {"emergency", p.emergency_text, p.emergency},
      {"placed", p.placed_text, p.placed},
      {"connecting", p.connecting_text, p.connecting},
      {"acknowledged", p.acknowledged_text, p.acknowledged},
      {"present", p.present_text, p.present},
      {"requested tile", p.requested_text, p.requested},
      {"offline banner", p.banner_text, p.banner},
      {"action button", p.action_text, p.action},
      {"staff mode", p.staff_text, p.staff},
      {"disabled action", p.disabled_text, p.disabled},
      {"error", p.error_text, p.error},
      {"surface text on staff page", p.surface_text, p.surface},
  };
}

}  // namespace anju::kiosk
