#pragma once
// The kiosk's two languages. Every phrase exists in both (a test checks it).
#include <optional>
#include <string_view>

namespace anju::kiosk {

enum class Language { kZh, kEn };

inline std::string_view to_string(Language l) {
  return l == Language::kZh ? "zh" : "en";
}
inline std::optional<Language> parse_language(std::string_view s) {
  if (s == "zh" || s == "zh_CN" || s == "zh-CN") return Language::kZh;
  if (s == "en" || s == "en_US" || s == "en-GB" || s == "en_GB") return Language::kEn;
  return std::nullopt;
}
inline Language other(Language l) {
  return l == Language::kZh ? Language::kEn : Language::kZh;
}

}  // namespace anju::kiosk
