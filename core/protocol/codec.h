#pragma once
// JSON codec with strict validation. decode_* never throw: bad input (over 64 KiB, invalid UTF-8,
// malformed JSON, unknown schema version, missing field, wrong type, unknown enum) comes back as a
// typed Error whose reason names the field. Unknown extra fields are ignored (forward compatible).
#include <string>
#include <string_view>
#include <variant>

#include "common/result.h"
#include "protocol/messages.h"
#include "protocol/topics.h"

namespace anju::protocol {

std::string encode(const Presence& m);
std::string encode(const Heartbeat& m);
std::string encode(const Event& m);
std::string encode(const AlarmState& m);
std::string encode(const RoomSummary& m);
std::string encode(const Command& m);
std::string encode(const Incident& m);
std::string encode(const ShiftReport& m);

Result<Presence> decode_presence(std::string_view payload);
Result<Heartbeat> decode_heartbeat(std::string_view payload);
Result<Event> decode_event(std::string_view payload);
Result<AlarmState> decode_alarm_state(std::string_view payload);
Result<RoomSummary> decode_room_summary(std::string_view payload);
Result<Command> decode_command(std::string_view payload);
Result<Incident> decode_incident(std::string_view payload);
Result<ShiftReport> decode_shift_report(std::string_view payload);

using Message = std::variant<Presence, Heartbeat, Event, AlarmState, RoomSummary, Command, Incident,
                             ShiftReport>;

struct Envelope {
  Topic topic;
  Message message;
};

// Decodes by topic kind and cross-checks topic and payload (an event's node must equal the topic's
// node, an alarm's id its leaf, ...), so a node cannot speak for another even on a lax broker.
Result<Envelope> decode(std::string_view topic, std::string_view payload);

// The id of any message, cheaply, for de-duplication; empty if there is none.
std::string_view message_id(const Message& m);

}  // namespace anju::protocol
