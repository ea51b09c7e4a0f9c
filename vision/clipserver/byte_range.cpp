#include "clipserver/byte_range.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

namespace anju::clipserver {
namespace {

constexpr std::size_t kMaxDigits = 18;  // < 2^63: no overflow

std::optional<std::uint64_t> parse_number(std::string_view s) {
  if (s.empty() || s.size() > kMaxDigits) return std::nullopt;
  if (!std::all_of(s.begin(), s.end(),
                   [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return std::nullopt;
  return std::stoull(std::string(s));
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

ByteRange parse_range(std::string_view header, std::uint64_t file_size) {
  ByteRange whole;
  header = trim(header);
  constexpr std::string_view kUnit = "bytes=";
  if (header.size() < kUnit.size()) return whole;
  for (std::size_t i = 0; i < kUnit.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(header[i])) != kUnit[i]) return whole;
  const auto spec = trim(header.substr(kUnit.size()));
  if (spec.find(',') != std::string_view::npos) return whole;
  const auto dash = spec.find('-');
  if (dash == std::string_view::npos) return whole;
  const auto first_text = trim(spec.substr(0, dash));
  const auto last_text = trim(spec.substr(dash + 1));

  ByteRange out;
  out.kind = ByteRange::Kind::kPart;
  if (first_text.empty()) {  // "-N": the last N bytes
    const auto suffix = parse_number(last_text);
    if (!suffix) return whole;
    if (*suffix == 0 || file_size == 0) return {ByteRange::Kind::kUnsatisfiable, 0, 0};
    out.length = std::min(*suffix, file_size);
    out.first = file_size - out.length;
    return out;
  }
  const auto first = parse_number(first_text);
  if (!first) return whole;
  std::uint64_t last = file_size == 0 ? 0 : file_size - 1;
  if (!last_text.empty()) {
    const auto given = parse_number(last_text);
    if (!given || *given < *first) return whole;
    last = std::min(*given, last);
  }
  if (*first >= file_size) return {ByteRange::Kind::kUnsatisfiable, 0, 0};
  out.first = *first;
  out.length = last - *first + 1;
  return out;
}

}  // namespace anju::clipserver
