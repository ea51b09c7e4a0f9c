#include "theme/theme.h"

namespace anju::kiosk {
namespace {

QColor qcolor(Rgb c) {
  return QColor(c.r, c.g, c.b);
}

}  // namespace

Theme::Theme(bool high_contrast, QObject* parent) : QObject(parent), high_contrast_(high_contrast) {
  rebuild();
}

void Theme::setHighContrast(bool on) {
  if (on == high_contrast_) return;
  high_contrast_ = on;
  rebuild();
  emit changed();
}

void Theme::rebuild() {
  const Palette p = high_contrast_ ? high_contrast_palette() : standard_palette();
  colors_ = QVariantMap{
      {"background", qcolor(p.background)},
      {"text", qcolor(p.text)},
      {"surface", qcolor(p.surface)},
      {"surfaceText", qcolor(p.surface_text)},
      {"border", qcolor(p.border)},
      {"call", qcolor(p.call)},
      {"callText", qcolor(p.call_text)},
      {"emergency", qcolor(p.emergency)},
      {"emergencyText", qcolor(p.emergency_text)},
      {"placed", qcolor(p.placed)},
      {"placedText", qcolor(p.placed_text)},
      {"connecting", qcolor(p.connecting)},
      {"connectingText", qcolor(p.connecting_text)},
      {"acknowledged", qcolor(p.acknowledged)},
      {"acknowledgedText", qcolor(p.acknowledged_text)},
      {"present", qcolor(p.present)},
      {"presentText", qcolor(p.present_text)},
      {"requested", qcolor(p.requested)},
      {"requestedText", qcolor(p.requested_text)},
      {"banner", qcolor(p.banner)},
      {"bannerText", qcolor(p.banner_text)},
      {"action", qcolor(p.action)},
      {"actionText", qcolor(p.action_text)},
      {"staff", qcolor(p.staff)},
      {"staffText", qcolor(p.staff_text)},
      {"disabled", qcolor(p.disabled)},
      {"disabledText", qcolor(p.disabled_text)},
      {"error", qcolor(p.error)},
      {"errorText", qcolor(p.error_text)},
  };
}

}  // namespace anju::kiosk
