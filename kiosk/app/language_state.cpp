#include "app/language_state.h"

namespace anju::kiosk {

void LanguageState::setCode(const QString& code) {
  if (auto parsed = parse_language(code.toStdString())) setLanguage(*parsed);
}

void LanguageState::setLanguage(Language language) {
  if (language == language_) return;
  language_ = language;
  emit changed();
}

}  // namespace anju::kiosk
