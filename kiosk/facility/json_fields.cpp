#include "facility/json_fields.h"

#include <cctype>

namespace anju::kiosk::json_fields {
namespace {

Error field_error(ErrorCode code, const std::string& where, const char* key,
                  const std::string& what) {
  return Error{code, where + "." + key + ": " + what};
}

}  // namespace

Result<LocalizedText> text(const nlohmann::json& parent, const char* key, const std::string& where,
                           bool required) {
  if (!parent.contains(key)) {
    if (required) return field_error(ErrorCode::kMissingField, where, key, "missing");
    return LocalizedText{};
  }
  const auto& v = parent.at(key);
  if (v.is_string()) return LocalizedText{v.get<std::string>(), v.get<std::string>()};
  if (!v.is_object())
    return field_error(ErrorCode::kWrongType, where, key,
                       R"(expected "text" or {"zh": ..., "en": ...})");
  LocalizedText out;
  for (const char* lang : {"zh", "en"}) {
    if (!v.contains(lang)) continue;
    if (!v.at(lang).is_string())
      return field_error(ErrorCode::kWrongType, where, key, std::string(lang) + " must be text");
    (std::string_view(lang) == "zh" ? out.zh : out.en) = v.at(lang).get<std::string>();
  }
  if (out.empty() && required)
    return field_error(ErrorCode::kMissingField, where, key, "no zh or en text");
  return out;
}

Result<std::string> string(const nlohmann::json& parent, const char* key, const std::string& where,
                           bool required) {
  if (!parent.contains(key)) {
    if (required) return field_error(ErrorCode::kMissingField, where, key, "missing");
    return std::string();
  }
  if (!parent.at(key).is_string())
    return field_error(ErrorCode::kWrongType, where, key, "expected text");
  return parent.at(key).get<std::string>();
}

Result<int> time_of_day(const nlohmann::json& parent, const char* key, const std::string& where,
                        bool required) {
  auto s = string(parent, key, where, required);
  if (!s) return s.error();
  if (s->empty()) return -1;
  const std::string& t = s.value();
  const bool shaped = t.size() == 5 && t[2] == ':' &&
                      std::isdigit(static_cast<unsigned char>(t[0])) &&
                      std::isdigit(static_cast<unsigned char>(t[1])) &&
                      std::isdigit(static_cast<unsigned char>(t[3])) &&
                      std::isdigit(static_cast<unsigned char>(t[4]));
  const int hours = shaped ? (t[0] - '0') * 10 + (t[1] - '0') : -1;
  const int minutes = shaped ? (t[3] - '0') * 10 + (t[4] - '0') : -1;
  if (!shaped || hours > 23 || minutes > 59)
    return field_error(ErrorCode::kInvalidValue, where, key,
                       "expected HH:MM (24 h), got '" + t + "'");
  return hours * 60 + minutes;
}

Result<std::optional<int>> integer(const nlohmann::json& parent, const char* key,
                                   const std::string& where) {
  if (!parent.contains(key)) return std::optional<int>{};
  if (!parent.at(key).is_number_integer())
    return field_error(ErrorCode::kWrongType, where, key, "expected a whole number");
  return std::optional<int>(parent.at(key).get<int>());
}

Result<nlohmann::json> parse_object(std::string_view text, int format_version) {
  auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Error{ErrorCode::kMalformed, "not valid JSON"};
  if (!j.is_object()) return Error{ErrorCode::kNotAnObject, "the file must hold one JSON object"};
  const auto format = j.find("format");
  if (format == j.end() || !format->is_number_integer() || format->get<int>() != format_version)
    return Error{ErrorCode::kUnsupportedVersion,
                 "\"format\" must be " + std::to_string(format_version)};
  return j;
}

}  // namespace anju::kiosk::json_fields
