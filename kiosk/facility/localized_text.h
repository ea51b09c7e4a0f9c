#pragma once
// Text a facility writes in its files: one string for both languages, or {"zh": ..., "en": ...}.
#include <string>

#include "text/language.h"

namespace anju::kiosk {

struct LocalizedText {
  std::string zh;
  std::string en;
  // A missing language falls back to the other: some text is better than none.
  const std::string& in(Language language) const {
    const std::string& wanted = language == Language::kZh ? zh : en;
    return wanted.empty() ? (language == Language::kZh ? en : zh) : wanted;
  }
  bool empty() const { return zh.empty() && en.empty(); }
  bool operator==(const LocalizedText&) const = default;
};

}  // namespace anju::kiosk
