#pragma once
// The Chinese of the phrasebook, generated at build time from kiosk/i18n/kiosk_zh_CN.ts by
// anju-ts-to-cpp (kiosk/text/ts_to_cpp.cpp): finished translations only, by phrase key.
#include <span>
#include <string_view>

namespace anju::kiosk {

struct Translation {
  std::string_view key;
  std::string_view text;
};

std::span<const Translation> zh_translations();

}  // namespace anju::kiosk
