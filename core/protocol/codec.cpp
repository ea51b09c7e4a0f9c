// decode(topic, payload): picks the decoder by topic kind and checks that the payload speaks for
// the topic it arrived on. The broker's ACL limits what a node may publish to; this check makes
// sure the payload cannot then claim to be from another node or about another alarm.
#include "protocol/codec.h"

#include <type_traits>

namespace anju::protocol {
namespace {

// The field whose value must equal the topic leaf, per message type.
template <class T>
std::pair<std::string_view, const std::string*> leaf_field(const T& m) {
  if constexpr (std::is_same_v<T, AlarmState>) {
    return {"alarm", &m.alarm};
  } else if constexpr (std::is_same_v<T, RoomSummary>) {
    return {"room", &m.room};
  } else if constexpr (std::is_same_v<T, Incident>) {
    return {"incident", &m.incident};
  } else if constexpr (std::is_same_v<T, ShiftReport>) {
    return {"report", &m.report};
  } else {
    return {"node", &m.node};  // presence, heartbeat, event, command
  }
}

template <class T>
Result<Envelope> decode_for(Topic topic, Result<T> decoded) {
  if (!decoded) return decoded.error();
  const auto [field, value] = leaf_field(decoded.value());
  if (*value != topic.leaf) {
    // Both are valid ids by now (decoded and parsed), so they are safe to show in a log line.
    return Error{ErrorCode::kInvalidValue, "field '" + std::string(field) + "': '" + *value +
                                               "' does not match the topic's " +
                                               std::string(to_string(topic.kind)) + " leaf '" +
                                               topic.leaf + "'"};
  }
  return Envelope{std::move(topic), Message{std::move(decoded).value()}};
}

}  // namespace

Result<Envelope> decode(std::string_view topic_name, std::string_view payload) {
  auto parsed = parse_topic(topic_name);
  if (!parsed) return parsed.error();
  Topic topic = std::move(parsed).value();
  switch (topic.kind) {
    case TopicKind::kPresence:
      return decode_for(std::move(topic), decode_presence(payload));
    case TopicKind::kHeartbeat:
      return decode_for(std::move(topic), decode_heartbeat(payload));
    case TopicKind::kEvent:
      return decode_for(std::move(topic), decode_event(payload));
    case TopicKind::kAlarm:
      return decode_for(std::move(topic), decode_alarm_state(payload));
    case TopicKind::kRoom:
      return decode_for(std::move(topic), decode_room_summary(payload));
    case TopicKind::kCmd:
      return decode_for(std::move(topic), decode_command(payload));
    case TopicKind::kIncident:
      return decode_for(std::move(topic), decode_incident(payload));
    case TopicKind::kReport:
      return decode_for(std::move(topic), decode_shift_report(payload));
  }
  return Error{ErrorCode::kBadTopic, "topic: unknown kind"};
}

std::string_view message_id(const Message& m) {
  return std::visit([](const auto& message) -> std::string_view { return message.id; }, m);
}

}  // namespace anju::protocol
