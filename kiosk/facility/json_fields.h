#pragma once
// Readers for the facility's JSON files that fail with the path of the bad field
// ("activities[2].start: expected HH:MM"), so whoever edited the file can fix it.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "common/result.h"
#include "facility/localized_text.h"

namespace anju::kiosk::json_fields {

Result<LocalizedText> text(const nlohmann::json& parent, const char* key, const std::string& where,
                           bool required);
Result<std::string> string(const nlohmann::json& parent, const char* key, const std::string& where,
                           bool required);
// "HH:MM" -> minutes after midnight.
Result<int> time_of_day(const nlohmann::json& parent, const char* key, const std::string& where,
                        bool required);
Result<std::optional<int>> integer(const nlohmann::json& parent, const char* key,
                                   const std::string& where);
Result<nlohmann::json> parse_object(std::string_view text, int format_version);

}  // namespace anju::kiosk::json_fields
