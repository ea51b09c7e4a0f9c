#include "console/console_theme.h"

namespace anju::console {

ConsoleTheme::ConsoleTheme(QObject* parent) : QObject(parent), p_(console_palette()) {}

QColor ConsoleTheme::priorityColor(const QString& priority) const {
  const auto p = protocol::parse_priority(priority.toStdString());
  return p ? c(priority_colour(p_, *p)) : c(p_.surface_raised);
}

QColor ConsoleTheme::onPriority(const QString& priority) const {
  const auto p = protocol::parse_priority(priority.toStdString());
  return p ? c(on_priority(p_, *p)) : c(p_.text);
}

}  // namespace anju::console
