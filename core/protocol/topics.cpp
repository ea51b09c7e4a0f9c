// Topic names: anju/v1/<site>/<kind>/<leaf>. Parsing is strict so that a topic which parses can be
// rebuilt byte for byte, and no id can carry MQTT wildcards or separators.
#include "protocol/topics.h"

#include <array>
#include <utility>

namespace anju::protocol {
namespace {

constexpr std::string_view kPrefix = "anju/v1/";
constexpr std::size_t kMaxIdLength = 64;
// prefix + site + '/' + longest kind ("heartbeat") + '/' + leaf; anything longer cannot be valid.
constexpr std::size_t kMaxTopicLength = kPrefix.size() + kMaxIdLength + 1 + 9 + 1 + kMaxIdLength;

constexpr std::array<std::pair<TopicKind, std::string_view>, 8> kKinds{{
    {TopicKind::kPresence, "presence"},
    {TopicKind::kHeartbeat, "heartbeat"},
    {TopicKind::kEvent, "event"},
    {TopicKind::kAlarm, "alarm"},
    {TopicKind::kRoom, "room"},
    {TopicKind::kCmd, "cmd"},
    {TopicKind::kIncident, "incident"},
    {TopicKind::kReport, "report"},
}};

bool is_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == '-';
}

Error bad_topic(std::string_view why) {
  return Error{ErrorCode::kBadTopic, "topic: " + std::string(why)};
}

// Splits off the text up to the next '/', or the rest when there is none.
std::string_view next_level(std::string_view& rest, bool& had_separator) {
  const auto slash = rest.find('/');
  had_separator = slash != std::string_view::npos;
  const auto level = rest.substr(0, slash);
  rest = had_separator ? rest.substr(slash + 1) : std::string_view{};
  return level;
}

}  // namespace

std::string_view to_string(TopicKind kind) {
  for (const auto& [k, name] : kKinds) {
    if (k == kind) return name;
  }
  return "unknown";
}

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength) return false;
  for (char c : id) {
    if (!is_id_char(c)) return false;
  }
  return true;
}

std::string topic(const Topic& t) {
  return topic(t.site, t.kind, t.leaf);
}

std::string topic(std::string_view site, TopicKind kind, std::string_view leaf) {
  const auto kind_name = to_string(kind);
  std::string out;
  out.reserve(kPrefix.size() + site.size() + kind_name.size() + leaf.size() + 2);
  out.append(kPrefix).append(site).append(1, '/').append(kind_name).append(1, '/').append(leaf);
  return out;
}

std::string topic_filter(std::string_view site, TopicKind kind) {
  return topic(site, kind, "+");
}

Result<Topic> parse_topic(std::string_view text) {
  if (text.size() > kMaxTopicLength) {
    return bad_topic("longer than " + std::to_string(kMaxTopicLength) + " characters");
  }
  if (!text.starts_with(kPrefix)) return bad_topic("does not start with 'anju/v1/'");
  std::string_view rest = text.substr(kPrefix.size());
  bool more = false;

  Topic out;
  const auto site = next_level(rest, more);
  if (!is_valid_id(site)) return bad_topic("site is not a valid id (1-64 of [A-Za-z0-9_.-])");
  if (!more) return bad_topic("expected anju/v1/<site>/<kind>/<leaf>");

  const auto kind = next_level(rest, more);
  bool known_kind = false;
  for (const auto& [k, name] : kKinds) {
    if (name == kind) {
      out.kind = k;
      known_kind = true;
    }
  }
  if (!known_kind)
    return bad_topic("unknown kind (presence|heartbeat|event|alarm|room|cmd|incident|report)");
  if (!more) return bad_topic("expected anju/v1/<site>/<kind>/<leaf>");

  const auto leaf = next_level(rest, more);
  if (more) return bad_topic("too many levels after the leaf");
  if (!is_valid_id(leaf)) return bad_topic("leaf is not a valid id (1-64 of [A-Za-z0-9_.-])");

  out.site = site;
  out.leaf = leaf;
  return out;
}

}  // namespace anju::protocol
