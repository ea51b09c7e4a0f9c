#pragma once
// Every word the kiosk shows or says, in Chinese and English, by key. The English is written in
// phrasebook.cpp, the Chinese in kiosk/i18n/kiosk_zh_CN.ts: the same Qt Linguist workflow as the
// console (lupdate, Linguist, a CI check that every string has zh). The .ts is compiled into this
// Qt-free library rather than loaded as a QTranslator because the call button shows both languages
// at once, the voice must say exactly what the screen shows, and the call logic's tests need both
// without Qt. "%1" marks the one argument a phrase may take (a name, a time).
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

// The phrase in that language (English when the Chinese is missing); the key itself if there is
// no such phrase (visible, never empty).
std::string_view phrase(std::string_view key, Language language);
bool has_phrase(std::string_view key);

// Replaces "%1" with the argument.
std::string fill(std::string_view text, std::string_view arg);

}  // namespace anju::kiosk
