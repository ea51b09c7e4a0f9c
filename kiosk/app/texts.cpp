#include "app/texts.h"

#include "text/phrasebook.h"

namespace anju::kiosk {

Texts::Texts(LanguageState& language, Which which, QObject* parent)
    : QQmlPropertyMap(this, parent), language_(language), which_(which) {
  refill();
  connect(&language_, &LanguageState::changed, this, &Texts::refill);
}

void Texts::refill() {
  const Language lang =
      which_ == Which::kCurrent ? language_.language() : other(language_.language());
  for (const auto& p : all_phrases()) {
    const std::string_view text = lang == Language::kZh ? p.zh : p.en;
    insert(QString::fromUtf8(p.key.data(), static_cast<qsizetype>(p.key.size())),
           QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
  }
}

}  // namespace anju::kiosk
