#pragma once
// std::string_view / std::string to QString, UTF-8 (the phrasebook and the protocol are UTF-8).
#include <QString>
#include <string>
#include <string_view>

namespace anju::kiosk {

inline QString qs(std::string_view s) {
  return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

}  // namespace anju::kiosk
