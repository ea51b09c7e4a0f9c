#include "clipserver/clip_path.h"

#include <algorithm>
#include <cctype>

namespace anju::clipserver {
namespace {

constexpr std::size_t kMaxName = 128;
constexpr std::string_view kClipsPrefix = "/v1/clips/";

bool digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

int number(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

bool valid_day(std::string_view day) {
  if (day.size() != 10 || day[4] != '-' || day[7] != '-') return false;
  const auto y = day.substr(0, 4), m = day.substr(5, 2), d = day.substr(8, 2);
  if (!digits(y) || !digits(m) || !digits(d)) return false;
  return number(m) >= 1 && number(m) <= 12 && number(d) >= 1 && number(d) <= 31;
}

bool valid_clip_name(std::string_view name) {
  return !name.empty() && name.size() <= kMaxName &&
         std::all_of(name.begin(), name.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
         });
}

std::string ClipTarget::file_name() const {
  switch (file) {
    case ClipFile::kOriginal:
      return name + ".mp4";
    case ClipFile::kPrivacy:
      return name + ".privacy.mp4";
    case ClipFile::kThumbnail:
      return name + ".jpg";
    case ClipFile::kSidecar:
      return name + ".json";
  }
  return name;
}

std::string_view content_type(ClipFile file) {
  switch (file) {
    case ClipFile::kOriginal:
    case ClipFile::kPrivacy:
      return "video/mp4";
    case ClipFile::kThumbnail:
      return "image/jpeg";
    case ClipFile::kSidecar:
      return "application/json";
  }
  return "application/octet-stream";
}

Route route_path(std::string_view path) {
  if (path == "/v1/session") return {Route::Kind::kSession, {}};
  if (path.substr(0, kClipsPrefix.size()) != kClipsPrefix) return {Route::Kind::kUnknown, {}};
  Route bad{Route::Kind::kBadClip, {}};
  const auto rest = path.substr(kClipsPrefix.size());
  const auto slash = rest.find('/');
  if (slash == std::string_view::npos) return bad;
  const auto day = rest.substr(0, slash);
  const auto leaf = rest.substr(slash + 1);
  if (!valid_day(day)) return bad;

  const auto second_slash = leaf.find('/');
  if (second_slash != std::string_view::npos) {
    const auto name = leaf.substr(0, second_slash);
    if (leaf.substr(second_slash) != "/keep" || !valid_clip_name(name)) return bad;
    return {Route::Kind::kClipKeep, {std::string(day), std::string(name), ClipFile::kPrivacy}};
  }
  const auto dot = leaf.find('.');
  if (dot == std::string_view::npos) return bad;
  const auto name = leaf.substr(0, dot);
  const auto ext = leaf.substr(dot);
  if (!valid_clip_name(name)) return bad;
  ClipFile file;
  if (ext == ".mp4")
    file = ClipFile::kOriginal;
  else if (ext == ".privacy.mp4")
    file = ClipFile::kPrivacy;
  else if (ext == ".jpg")
    file = ClipFile::kThumbnail;
  else if (ext == ".json")
    file = ClipFile::kSidecar;
  else
    return bad;
  return {Route::Kind::kClipFile, {std::string(day), std::string(name), file}};
}

std::string printable(std::string_view s, std::size_t max) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : s) {
    if (out.size() >= max) {
      out += "...";
      break;
    }
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c < 0x7F && c != '%') {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xF]);
    }
  }
  return out;
}

}  // namespace anju::clipserver
