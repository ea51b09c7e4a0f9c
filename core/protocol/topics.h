#pragma once
// Topic layout: anju/v1/<site>/<kind>/<leaf>. Site, node, room and alarm ids are one topic level
// each: 1-64 characters of [A-Za-z0-9_.-], so they can never smuggle '/', '+' or '#'.
#include <optional>
#include <string>
#include <string_view>

#include "common/result.h"

namespace anju::protocol {

enum class TopicKind { kPresence, kHeartbeat, kEvent, kAlarm, kRoom, kCmd, kIncident, kReport };

struct Topic {
  std::string site;
  TopicKind kind = TopicKind::kEvent;
  std::string leaf;  // node, alarm id, room or incident id
  bool operator==(const Topic&) const = default;
};

std::string_view to_string(TopicKind kind);
bool is_valid_id(std::string_view id);

// Builders assume valid ids (checked with is_valid_id where ids come from outside).
std::string topic(const Topic& t);
std::string topic(std::string_view site, TopicKind kind, std::string_view leaf);
// Subscription filter for one kind at one site: anju/v1/<site>/<kind>/+ ; site "+" for all sites.
std::string topic_filter(std::string_view site, TopicKind kind);

Result<Topic> parse_topic(std::string_view topic);

}  // namespace anju::protocol
