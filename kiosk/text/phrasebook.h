#pragma once
// Every word the kiosk shows or says, in Chinese and English, in one table. One table (rather than
// Qt's .ts files) because the call button shows both languages at once, the voice must say exactly
// what the screen shows, and a unit test can prove both languages complete, including every key
// the QML uses. "%1" marks the one argument a phrase may take (a name, a time).
#include <span>
#include <string>
#include <string_view>

#include "text/language.h"

namespace anju::kiosk {

struct Phrase {
  std::string_view key;
  std::string_view en;
  std::string_view zh;
};

std::span<const Phrase> all_phrases();

// The phrase in that language; the key itself if there is no such phrase (visible, never empty).
std::string_view phrase(std::string_view key, Language language);
bool has_phrase(std::string_view key);

// Replaces "%1" with the argument.
std::string fill(std::string_view text, std::string_view arg);

}  // namespace anju::kiosk
