#include "protocol/utf8.h"

#include <cstdint>
#include <cstring>

namespace anju::protocol {
namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

bool is_continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

// Length of the valid multi-byte sequence starting at p (lead byte >= 0x80), or 0 if invalid.
std::size_t valid_sequence_length(const unsigned char* p, const unsigned char* end) {
  const unsigned char lead = p[0];
  const auto available = static_cast<std::size_t>(end - p);
  if (lead >= 0xC2 && lead <= 0xDF) {
    return available >= 2 && is_continuation(p[1]) ? 2 : 0;
  }
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (available < 3) return 0;
    // E0 would be overlong below A0; ED A0..BF would encode surrogates.
    const unsigned char lo = lead == 0xE0 ? 0xA0 : 0x80;
    const unsigned char hi = lead == 0xED ? 0x9F : 0xBF;
    return p[1] >= lo && p[1] <= hi && is_continuation(p[2]) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (available < 4) return 0;
    // F0 would be overlong below 90; F4 above 8F would exceed U+10FFFF.
    const unsigned char lo = lead == 0xF0 ? 0x90 : 0x80;
    const unsigned char hi = lead == 0xF4 ? 0x8F : 0xBF;
    return p[1] >= lo && p[1] <= hi && is_continuation(p[2]) && is_continuation(p[3]) ? 4 : 0;
  }
  return 0;  // stray continuation byte, C0/C1 (overlong ASCII) or F5..FF
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (p < end) {
    // Protocol payloads are mostly ASCII: skip eight plain bytes at a time.
    while (end - p >= 8) {
      std::uint64_t word;
      std::memcpy(&word, p, sizeof word);
      if (word & kHighBits) break;
      p += 8;
    }
    if (p == end) break;
    if (*p < 0x80) {
      ++p;
      continue;
    }
    const auto length = valid_sequence_length(p, end);
    if (length == 0) return false;
    p += length;
  }
  return true;
}

}  // namespace anju::protocol
