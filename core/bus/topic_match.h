#pragma once
// MQTT topic filter matching ('+' one level, '#' the rest), to route an incoming message to the
// handlers whose filters it matches: the broker only tells which topic it came on.
#include <string_view>

namespace anju::bus {

bool topic_matches(std::string_view filter, std::string_view topic);
// A filter the broker accepts: non-empty, '#' only as the whole last level, '+' only as a whole
// level.
bool is_valid_filter(std::string_view filter);
// A topic a message can be published to: non-empty, no wildcards.
bool is_valid_publish_topic(std::string_view topic);

}  // namespace anju::bus
