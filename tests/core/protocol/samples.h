#pragma once
// Sample messages for the protocol tests: each type with every field set, and with only the
// required ones. Also a gtest printer so a failed comparison shows the message as JSON.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "protocol/codec.h"
#include "protocol/event_rules.h"

namespace anju {

inline void PrintTo(ErrorCode code, std::ostream* os) {
  *os << to_string(code);
}

// Expects a failed decode with this code whose reason names `field` (unless field is empty).
template <class R>
void expect_rejected(const R& result, ErrorCode code, const std::string& field) {
  ASSERT_FALSE(result.ok()) << "expected " << to_string(code) << " for field '" << field << "'";
  EXPECT_EQ(result.error().code, code) << result.error().reason;
  if (!field.empty()) {
    EXPECT_NE(result.error().reason.find("field '" + field + "'"), std::string::npos)
        << result.error().reason;
  }
}

}  // namespace anju

namespace anju::protocol {

// gtest finds these by ADL and prints messages as their JSON.
inline void PrintTo(const Presence& m, std::ostream* os) {
  *os << encode(m);
}
inline void PrintTo(const Heartbeat& m, std::ostream* os) {
  *os << encode(m);
}
inline void PrintTo(const Event& m, std::ostream* os) {
  *os << encode(m);
}
inline void PrintTo(const AlarmState& m, std::ostream* os) {
  *os << encode(m);
}
inline void PrintTo(const RoomSummary& m, std::ostream* os) {
  *os << encode(m);
}
inline void PrintTo(const Command& m, std::ostream* os) {
  *os << encode(m);
}
inline void PrintTo(const Incident& m, std::ostream* os) {
  *os << encode(m);
}
inline void PrintTo(const ShiftReport& m, std::ostream* os) {
  *os << encode(m);
}

}  // namespace anju::protocol

namespace anju::protocol::samples {

inline constexpr TimestampMs kTs = 1'718'035'200'123;

inline Presence full_presence() {
  Presence m;
  m.id = "kiosk-214-9c1d2e3f-1";
  m.ts = kTs;
  m.node = "kiosk-214";
  m.kind = NodeKind::kKiosk;
  m.state = PresenceState::kOnline;
  m.room = "214";
  m.version = "0.1.0+g3f9c2b1";
  m.heartbeat_s = 10;
  return m;
}

inline Presence minimal_presence() {
  Presence m;
  m.id = "vision-2-77aa-1";
  m.ts = kTs;
  m.node = "vision-2";
  m.kind = NodeKind::kVision;
  m.state = PresenceState::kOffline;
  return m;
}

inline Heartbeat full_heartbeat() {
  Heartbeat m;
  m.id = "vision-2-77aa-90";
  m.ts = kTs;
  m.node = "vision-2";
  m.seq = 90;
  m.uptime_s = 900;
  m.stats = {{"fps", 14.9}, {"dropped", 3}, {"cpu_pct", 61.25}, {"temp_c", -5.5}};
  return m;
}

inline Heartbeat minimal_heartbeat() {
  Heartbeat m;
  m.id = "kiosk-214-9c1d2e3f-2";
  m.ts = kTs;
  m.node = "kiosk-214";
  m.seq = 0;
  return m;
}

// An event with every field set (a fall seen by a vision node, with box and clip).
inline Event full_event() {
  Event m;
  m.id = "vision-2-77aa-1042";
  m.ts = kTs;
  m.seq = 1042;
  m.node = "vision-2";
  m.type = EventType::kFall;
  m.room = "214";
  m.bed = "B";
  m.device = "cam-214";
  m.staff = "n-0042";
  m.alarm = "al-214-7";
  m.detail = "bathroom door \"zone\" \\ line\n2 — 跌倒 ✓";
  m.confidence = 0.87;
  m.box = Box{12.5, 40, 180.25, 96};
  m.clip = "cam-214/2024-06-10T16-00-00Z.mp4";
  m.assignee = "n-0043";
  return m;
}

inline Event call_event() {
  Event m;
  m.id = "gw-east-3f9c-17";
  m.ts = kTs;
  m.seq = 17;
  m.node = "gw-east";
  m.type = EventType::kCall;
  m.room = "214";
  return m;
}

// The smallest valid event of each type: what event_rules.h says the type needs, nothing more.
inline Event minimal_event(EventType type) {
  Event m;
  m.id = "node-1-ab-5";
  m.ts = kTs;
  m.seq = 5;
  m.node = "node-1";
  m.type = type;
  const auto needs = needs_of(type);
  if (needs.room) m.room = "101";
  if (needs.staff) m.staff = "n-7";
  if (needs.alarm) m.alarm = "al-101-1";
  if (needs.device) m.device = "dev-9";
  if (needs.confidence) m.confidence = 0.5;
  if (needs.clip) {
    m.clip = "vision-1/2024-06-10/cam-214-160000-fall";
    m.clip_start_ts = kTs - 10'000;
    m.clip_end_ts = kTs + 20'000;
  }
  if (needs.outcome) m.outcome = "near_miss";
  if (needs.detail) {
    const auto allowed = allowed_details(type);
    m.detail = allowed.empty() ? "free text" : std::string(allowed.back());
  }
  return m;
}

inline AlarmState full_alarm() {
  AlarmState m;
  m.id = "engine-1-0f0f-300";
  m.ts = kTs + 60'000;
  m.alarm = "al-214-7";
  m.type = "fall";
  m.priority = Priority::kHigh;
  m.status = AlarmStatus::kResolved;
  m.room = "214";
  m.bed = "B";
  m.node = "vision-2";
  m.device = "cam-214";
  m.source_event = "vision-2-77aa-1042";
  m.raised_ts = kTs;
  m.acknowledged_ts = kTs + 20'000;
  m.present_ts = kTs + 45'000;
  m.closed_ts = kTs + 60'000;
  m.escalation = 1;
  m.by = "n-0042";
  m.detail = "bathroom";
  m.note = "resident helped up, no injury";
  m.clip = "cam-214/2024-06-10T16-00-00Z.mp4";
  m.actions = AlarmActions{.acknowledge = true, .resolve = true};
  m.paged = {{"n-0042", "read", kTs + 12'000}, {"n-0043", "timed_out", kTs + 30'000}};
  m.paging = "floor";
  m.paging_deadline_ts = kTs + 90'000;
  return m;
}

inline AlarmState minimal_alarm() {
  AlarmState m;
  m.id = "engine-1-0f0f-301";
  m.ts = kTs;
  m.alarm = "al-gw-east-offline-1";
  m.type = "node_offline";
  m.priority = Priority::kMedium;
  m.status = AlarmStatus::kRaised;
  m.raised_ts = kTs;
  return m;
}

inline RoomSummary full_room() {
  RoomSummary m;
  m.id = "engine-1-0f0f-302";
  m.ts = kTs;
  m.room = "214";
  m.active = 2;
  m.top = Priority::kHigh;
  m.call = CallState::kAcknowledged;
  m.alarm = "al-214-7";
  m.staff = "n-0042";
  m.assigned = "n-0043";
  m.round = RoundState::kOverdue;
  m.round_due_ts = kTs - 12 * 60'000;
  m.round_last_ts = kTs - 132 * 60'000;
  m.round_last_staff = "n-0007";
  return m;
}

inline RoomSummary minimal_room() {
  RoomSummary m;
  m.id = "engine-1-0f0f-303";
  m.ts = kTs;
  m.room = "215";
  m.call = CallState::kNone;
  return m;
}

inline Command full_command() {
  Command m;
  m.id = "engine-1-0f0f-304";
  m.ts = kTs;
  m.node = "kiosk-214";
  m.cmd = CommandType::kPresent;
  m.alarm = "al-214-7";
  m.staff = "n-0042";
  m.text = "Nurse Li is here";
  return m;
}

inline Command minimal_command() {
  Command m;
  m.id = "engine-1-0f0f-305";
  m.ts = kTs;
  m.node = "kiosk-214";
  m.cmd = CommandType::kTest;
  return m;
}

// The engine's receipt: these events of the node are journalled.
inline Command receipt_command() {
  Command m;
  m.id = "engine-1-0f0f-308";
  m.ts = kTs;
  m.node = "gw-east";
  m.cmd = CommandType::kReceipt;
  m.events = {"gw-east-3f9c-17", "gw-east-3f9c-18"};
  return m;
}

inline Incident full_incident() {
  Incident m;
  m.id = "engine-1-0f0f-306";
  m.ts = kTs + 61'000;
  m.incident = "inc-2024-0610-3";
  m.alarm = "al-214-7";
  m.room = "214";
  m.type = "fall";
  m.camera = "cam-214";
  m.clip = "vision-2/2024-06-10/cam-214-160000-fall";
  m.node = "vision-2";
  m.clip_start_ts = kTs - 15'000;
  m.clip_end_ts = kTs + 30'000;
  m.priority = Priority::kHigh;
  m.raised_ts = kTs;
  m.acknowledged_ts = kTs + 20'000;
  m.present_ts = kTs + 45'000;
  m.closed_ts = kTs + 60'000;
  m.by = "n-0042";
  m.outcome = "self_lowering";
  m.notes = "Slid from the chair, \"no injury\"; 家属已通知";
  m.root_cause = "chair without armrests";
  m.reviewed_by = "m-01";
  m.reviewed_ts = kTs + 86'400'000;
  return m;
}

inline ShiftReport full_report() {
  ShiftReport m;
  m.id = "engine-1-0f0f-309";
  m.ts = kTs;
  m.report = "current";
  m.shift = "night";
  m.from_ts = kTs - 3'600'000;
  m.to_ts = kTs;
  m.alarms_per_hour = 7.5;
  m.all = {15, 14, 2, 95.5, 301.25};
  m.by_type = {{"call", {10, 10, 1, 80, 200}},
               {"fall", {1, 1, 0, 42, 42}},
               {"round_overdue", {4, 3, 1, 600, 900.5}}};
  m.rounds_on_time = 40;
  m.rounds_missed = 6;
  m.rounds_missed_by_room = {{"104", {3, 2}}, {"109", {0, 4}}};
  m.falls = 1;
  return m;
}

inline ShiftReport minimal_report() {
  ShiftReport m;
  m.id = "engine-1-0f0f-310";
  m.ts = kTs;
  m.report = "previous";
  m.from_ts = kTs - 3'600'000;
  m.to_ts = kTs;
  return m;
}

inline Incident minimal_incident() {
  Incident m;
  m.id = "engine-1-0f0f-307";
  m.ts = kTs;
  m.incident = "inc-2024-0610-4";
  m.alarm = "al-214-8";
  m.type = "emergency";
  return m;
}

// Re-serialises a payload after `change` edited it as a DOM: how the tests make bad messages.
template <class Change>
std::string edited(const std::string& payload, Change change) {
  auto j = nlohmann::json::parse(payload);
  change(j);
  return j.dump();
}

}  // namespace anju::protocol::samples
