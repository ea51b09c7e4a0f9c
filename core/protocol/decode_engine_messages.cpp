// Decoding of what only the engine publishes: alarm state, room summaries, commands to nodes and
// incident records, shift reports.
#include <algorithm>
#include <array>
#include <limits>

#include "protocol/codec.h"
#include "protocol/message_decoder.h"

namespace anju::protocol {
namespace {

constexpr int kMaxEscalation = 2;  // 0 none, 1 charge nurse, 2 all staff
constexpr int kMaxActiveAlarms = 1'000'000;
constexpr std::size_t kMaxAlarmActions = 16;

// Names this console does not know (a newer engine's) are skipped: it offers what it knows.
void read_alarm_actions(const FieldContext& f, const std::vector<JsonMember>& elements,
                        std::optional<AlarmActions>& out) {
  std::vector<std::string> names;
  read_message_ids(f, elements, kMaxAlarmActions, names);
  if (f.errors.any()) return;
  AlarmActions actions;
  for (const auto& name : names) {
    if (name == "acknowledge") actions.acknowledge = true;
    if (name == "resolve") actions.resolve = true;
  }
  out = actions;
}

Page& page_of(AlarmState& a, const std::string& staff) {
  for (auto& p : a.paged)
    if (p.staff == staff) return p;
  return a.paged.emplace_back(Page{staff, "", 0});
}

void read_paged(const FieldContext& f, AlarmState& a, const std::vector<JsonMember>& members) {
  for_each_keyed_member(f, members, [&](const FieldContext& context, const JsonMember& m) {
    std::string state;
    read_id(context, m.value(), state);
    if (f.errors.any()) return;
    if (!is_page_state(state))
      return context.fail(ErrorCode::kInvalidValue, quote_short(state) + " is not a page state");
    page_of(a, m.key).state = state;
  });
}

void read_paged_ts(const FieldContext& f, AlarmState& a, const std::vector<JsonMember>& members) {
  for_each_keyed_member(f, members, [&](const FieldContext& context, const JsonMember& m) {
    TimestampMs ts = 0;
    read_timestamp(context, m.value(), ts);
    if (!f.errors.any()) page_of(a, m.key).ts = ts;
  });
}

constexpr FieldSpec<AlarmState> kAlarmFields[] = {
    {"id", kRequired, [](auto& f, AlarmState& a, auto& v) { read_message_id(f, v, a.id); }},
    {"ts", kRequired, [](auto& f, AlarmState& a, auto& v) { read_timestamp(f, v, a.ts); }},
    {"alarm", kRequired, [](auto& f, AlarmState& a, auto& v) { read_id(f, v, a.alarm); }},
    {"type", kRequired, [](auto& f, AlarmState& a, auto& v) { read_id(f, v, a.type); }},
    {"priority", kRequired,
     [](auto& f, AlarmState& a, auto& v) { read_enum(f, v, parse_priority, a.priority); }},
    {"status", kRequired,
     [](auto& f, AlarmState& a, auto& v) { read_enum(f, v, parse_alarm_status, a.status); }},
    {"room", kOptional, [](auto& f, AlarmState& a, auto& v) { read_id(f, v, a.room); }},
    {"bed", kOptional, [](auto& f, AlarmState& a, auto& v) { read_id(f, v, a.bed); }},
    {"node", kOptional, [](auto& f, AlarmState& a, auto& v) { read_id(f, v, a.node); }},
    {"device", kOptional, [](auto& f, AlarmState& a, auto& v) { read_id(f, v, a.device); }},
    {"source_event", kOptional,
     [](auto& f, AlarmState& a, auto& v) { read_message_id(f, v, a.source_event); }},
    {"raised_ts", kRequired,
     [](auto& f, AlarmState& a, auto& v) { read_timestamp(f, v, a.raised_ts); }},
    {"acknowledged_ts", kOptional,
     [](auto& f, AlarmState& a, auto& v) { read_timestamp(f, v, a.acknowledged_ts); }},
    {"present_ts", kOptional,
     [](auto& f, AlarmState& a, auto& v) { read_timestamp(f, v, a.present_ts); }},
    {"closed_ts", kOptional,
     [](auto& f, AlarmState& a, auto& v) { read_timestamp(f, v, a.closed_ts); }},
    {"escalation", kOptional,
     [](auto& f, AlarmState& a, auto& v) { read_count(f, v, kMaxEscalation, a.escalation); }},
    {"by", kOptional, [](auto& f, AlarmState& a, auto& v) { read_id(f, v, a.by); }},
    {"detail", kOptional, [](auto& f, AlarmState& a, auto& v) { read_text(f, v, a.detail); }},
    {"note", kOptional, [](auto& f, AlarmState& a, auto& v) { read_text(f, v, a.note); }},
    {"clip", kOptional, [](auto& f, AlarmState& a, auto& v) { read_text(f, v, a.clip); }},
    {"actions", kOptional, nullptr, nullptr,
     [](auto& f, AlarmState& a, auto& elements) { read_alarm_actions(f, elements, a.actions); }},
    {"paged", kOptional, nullptr, read_paged},
    {"paged_ts", kOptional, nullptr, read_paged_ts},
    {"paging", kOptional, [](auto& f, AlarmState& a, auto& v) { read_id(f, v, a.paging); }},
    {"paging_deadline_ts", kOptional,
     [](auto& f, AlarmState& a, auto& v) { read_timestamp(f, v, a.paging_deadline_ts); }},
};
static_assert(is_well_formed(kAlarmFields));

// The timestamp of the state an alarm is in must be set: consoles compute response times from it.
void validate_alarm(const AlarmState& a, Checks<AlarmState>& c) {
  const auto status = to_string(a.status);
  switch (a.status) {
    case AlarmStatus::kRaised:
      break;
    case AlarmStatus::kAcknowledged:
      c.require("acknowledged_ts", a.acknowledged_ts == 0, "status", status);
      break;
    case AlarmStatus::kPresent:
      c.require("present_ts", a.present_ts == 0, "status", status);
      break;
    case AlarmStatus::kResolved:
    case AlarmStatus::kCancelled:
      c.require("closed_ts", a.closed_ts == 0, "status", status);
      break;
  }
  for (const auto& p : a.paged)
    if (p.state.empty())
      c.fail(ErrorCode::kMissingField, "paged",
             "paged_ts names " + quote_short(p.staff) + " who has no state in paged");
  if (!a.paging.empty() && a.paging != "assigned" && a.paging != "floor" && a.paging != "charge" &&
      a.paging != "everyone")
    c.fail(ErrorCode::kInvalidValue, "paging",
           quote_short(a.paging) + " is not one of assigned|floor|charge|everyone");
}

constexpr FieldSpec<RoomSummary> kRoomFields[] = {
    {"id", kRequired, [](auto& f, RoomSummary& r, auto& v) { read_message_id(f, v, r.id); }},
    {"ts", kRequired, [](auto& f, RoomSummary& r, auto& v) { read_timestamp(f, v, r.ts); }},
    {"room", kRequired, [](auto& f, RoomSummary& r, auto& v) { read_id(f, v, r.room); }},
    {"active", kRequired,
     [](auto& f, RoomSummary& r, auto& v) { read_count(f, v, kMaxActiveAlarms, r.active); }},
    {"top", kOptional,
     [](auto& f, RoomSummary& r, auto& v) {
       Priority top{};
       if (read_enum(f, v, parse_priority, top)) r.top = top;
     }},
    {"call", kRequired,
     [](auto& f, RoomSummary& r, auto& v) { read_enum(f, v, parse_call_state, r.call); }},
    {"alarm", kOptional, [](auto& f, RoomSummary& r, auto& v) { read_id(f, v, r.alarm); }},
    {"staff", kOptional, [](auto& f, RoomSummary& r, auto& v) { read_id(f, v, r.staff); }},
    {"assigned", kOptional, [](auto& f, RoomSummary& r, auto& v) { read_id(f, v, r.assigned); }},
    {"round", kOptional,
     [](auto& f, RoomSummary& r, auto& v) {
       RoundState round{};
       if (read_enum(f, v, parse_round_state, round)) r.round = round;
     }},
    {"round_due_ts", kOptional,
     [](auto& f, RoomSummary& r, auto& v) { read_timestamp(f, v, r.round_due_ts); }},
    {"round_last_ts", kOptional,
     [](auto& f, RoomSummary& r, auto& v) { read_timestamp(f, v, r.round_last_ts); }},
    {"round_last_staff", kOptional,
     [](auto& f, RoomSummary& r, auto& v) { read_id(f, v, r.round_last_staff); }},
};
static_assert(is_well_formed(kRoomFields));

// "top" says how urgent the room is; it exists exactly when something is active.
void validate_room(const RoomSummary& r, Checks<RoomSummary>& c) {
  if (r.active > 0 && !r.top) c.fail(ErrorCode::kMissingField, "top", "required when active > 0");
  if (r.active == 0 && r.top)
    c.fail(ErrorCode::kInvalidValue, "top", "must be absent when active is 0");
  if (r.round) c.require("round_due_ts", r.round_due_ts == 0, "round", to_string(*r.round));
}

constexpr FieldSpec<Command> kCommandFields[] = {
    {"id", kRequired, [](auto& f, Command& m, auto& v) { read_message_id(f, v, m.id); }},
    {"ts", kRequired, [](auto& f, Command& m, auto& v) { read_timestamp(f, v, m.ts); }},
    {"node", kRequired, [](auto& f, Command& m, auto& v) { read_id(f, v, m.node); }},
    {"cmd", kRequired,
     [](auto& f, Command& m, auto& v) { read_enum(f, v, parse_command_type, m.cmd); }},
    {"alarm", kOptional, [](auto& f, Command& m, auto& v) { read_id(f, v, m.alarm); }},
    {"staff", kOptional, [](auto& f, Command& m, auto& v) { read_id(f, v, m.staff); }},
    {"text", kOptional, [](auto& f, Command& m, auto& v) { read_text(f, v, m.text); }},
    {"events", kOptional, nullptr, nullptr,
     [](auto& f, Command& m, auto& elements) {
       read_message_ids(f, elements, kMaxReceiptEvents, m.events);
     }},
};
static_assert(is_well_formed(kCommandFields));

// What the node shows (help is coming, staff here, call cleared) is always about one alarm; a
// receipt always names events, and only a receipt does (a node must not take an alarm command
// for a receipt and forget events it still has to resend).
void validate_command(const Command& m, Checks<Command>& c) {
  const auto cmd = to_string(m.cmd);
  if (m.cmd != CommandType::kReceipt && !m.events.empty()) {
    c.fail(ErrorCode::kInvalidValue, "events",
           "only for cmd 'receipt', not '" + std::string(cmd) + "'");
  }
  switch (m.cmd) {
    case CommandType::kAcknowledged:
    case CommandType::kPresent:
    case CommandType::kCleared:
      c.require("alarm", m.alarm.empty(), "cmd", cmd);
      break;
    case CommandType::kConfig:
      c.require("text", m.text.empty(), "cmd", cmd);
      break;
    case CommandType::kReceipt:
      c.require("events", m.events.empty(), "cmd", cmd);
      break;
    case CommandType::kTest:
      break;
  }
}

constexpr FieldSpec<Incident> kIncidentFields[] = {
    {"id", kRequired, [](auto& f, Incident& i, auto& v) { read_message_id(f, v, i.id); }},
    {"ts", kRequired, [](auto& f, Incident& i, auto& v) { read_timestamp(f, v, i.ts); }},
    {"incident", kRequired, [](auto& f, Incident& i, auto& v) { read_id(f, v, i.incident); }},
    {"alarm", kRequired, [](auto& f, Incident& i, auto& v) { read_id(f, v, i.alarm); }},
    {"type", kRequired, [](auto& f, Incident& i, auto& v) { read_id(f, v, i.type); }},
    {"room", kOptional, [](auto& f, Incident& i, auto& v) { read_id(f, v, i.room); }},
    {"camera", kOptional, [](auto& f, Incident& i, auto& v) { read_id(f, v, i.camera); }},
    {"clip", kOptional, [](auto& f, Incident& i, auto& v) { read_text(f, v, i.clip); }},
    {"clip_start_ts", kOptional,
     [](auto& f, Incident& i, auto& v) { read_timestamp(f, v, i.clip_start_ts); }},
    {"clip_end_ts", kOptional,
     [](auto& f, Incident& i, auto& v) { read_timestamp(f, v, i.clip_end_ts); }},
    {"node", kOptional, [](auto& f, Incident& i, auto& v) { read_id(f, v, i.node); }},
    {"priority", kOptional,
     [](auto& f, Incident& i, auto& v) {
       Priority p{};
       if (read_enum(f, v, parse_priority, p)) i.priority = p;
     }},
    {"raised_ts", kOptional,
     [](auto& f, Incident& i, auto& v) { read_timestamp(f, v, i.raised_ts); }},
    {"acknowledged_ts", kOptional,
     [](auto& f, Incident& i, auto& v) { read_timestamp(f, v, i.acknowledged_ts); }},
    {"present_ts", kOptional,
     [](auto& f, Incident& i, auto& v) { read_timestamp(f, v, i.present_ts); }},
    {"closed_ts", kOptional,
     [](auto& f, Incident& i, auto& v) { read_timestamp(f, v, i.closed_ts); }},
    {"by", kOptional, [](auto& f, Incident& i, auto& v) { read_id(f, v, i.by); }},
    {"outcome", kOptional, [](auto& f, Incident& i, auto& v) { read_id(f, v, i.outcome); }},
    {"notes", kOptional, [](auto& f, Incident& i, auto& v) { read_text(f, v, i.notes); }},
    {"root_cause", kOptional, [](auto& f, Incident& i, auto& v) { read_text(f, v, i.root_cause); }},
    {"reviewed_by", kOptional, [](auto& f, Incident& i, auto& v) { read_id(f, v, i.reviewed_by); }},
    {"reviewed_ts", kOptional,
     [](auto& f, Incident& i, auto& v) { read_timestamp(f, v, i.reviewed_ts); }},
};
static_assert(is_well_formed(kIncidentFields));

void validate_incident(const Incident& i, Checks<Incident>& c) {
  if (i.clip_start_ts != 0 && i.clip_end_ts != 0 && i.clip_end_ts < i.clip_start_ts) {
    c.fail(ErrorCode::kInvalidValue, "clip_end_ts", "must not be before clip_start_ts");
  }
  if (!i.outcome.empty() && !is_incident_outcome(i.outcome)) {
    c.fail(ErrorCode::kInvalidValue, "outcome",
           quote_short(i.outcome) + " is not one of fall|self_lowering|near_miss|false_alarm");
  }
}

// The entry for `key` in a vector of (key, value) pairs kept sorted by key; added if missing.
template <class V>
V& entry_for(std::vector<std::pair<std::string, V>>& entries, const std::string& key) {
  auto it =
      std::lower_bound(entries.begin(), entries.end(), key,
                       [](const auto& entry, const std::string& k) { return entry.first < k; });
  if (it == entries.end() || it->first != key) it = entries.insert(it, {key, V{}});
  return it->second;
}

// A shift report's per-type figures: five flat objects keyed by alarm type, merged into by_type.
template <class V>
void read_figures(const FieldContext& f, ShiftReport& r, const std::vector<JsonMember>& members,
                  V ResponseFigures::*member, double max) {
  for_each_keyed_member(f, members, [&](const FieldContext& context, const JsonMember& m) {
    double value = 0;
    read_number(context, m.value(), 0, max, value);
    entry_for(r.by_type, m.key).*member = static_cast<V>(value);
  });
}

constexpr double kMaxCount = 1e9;

// Rounds per room: two flat objects (on time, missed) keyed by room, merged by room.
void read_room_rounds(const FieldContext& f, ShiftReport& r, const std::vector<JsonMember>& members,
                      bool missed) {
  for_each_keyed_member(f, members, [&](const FieldContext& context, const JsonMember& m) {
    int value = 0;
    read_count(context, m.value(), static_cast<int>(kMaxCount), value);
    auto& counts = entry_for(r.rounds_missed_by_room, m.key);
    (missed ? counts.second : counts.first) = value;
  });
}
constexpr double kMaxSeconds = 1e7;

constexpr FieldSpec<ShiftReport> kReportFields[] = {
    {"id", kRequired, [](auto& f, ShiftReport& r, auto& v) { read_message_id(f, v, r.id); }},
    {"ts", kRequired, [](auto& f, ShiftReport& r, auto& v) { read_timestamp(f, v, r.ts); }},
    {"report", kRequired, [](auto& f, ShiftReport& r, auto& v) { read_id(f, v, r.report); }},
    {"shift", kOptional, [](auto& f, ShiftReport& r, auto& v) { read_id(f, v, r.shift); }},
    {"from_ts", kRequired,
     [](auto& f, ShiftReport& r, auto& v) { read_timestamp(f, v, r.from_ts); }},
    {"to_ts", kRequired, [](auto& f, ShiftReport& r, auto& v) { read_timestamp(f, v, r.to_ts); }},
    {"alarms_per_hour", kRequired,
     [](auto& f, ShiftReport& r, auto& v) { read_number(f, v, 0, kMaxCount, r.alarms_per_hour); }},
    {"alarms", kRequired,
     [](auto& f, ShiftReport& r, auto& v) { read_count(f, v, int(kMaxCount), r.all.alarms); }},
    {"answered", kRequired,
     [](auto& f, ShiftReport& r, auto& v) { read_count(f, v, int(kMaxCount), r.all.answered); }},
    {"escalated", kRequired,
     [](auto& f, ShiftReport& r, auto& v) { read_count(f, v, int(kMaxCount), r.all.escalated); }},
    {"p50_s", kRequired,
     [](auto& f, ShiftReport& r, auto& v) { read_number(f, v, 0, kMaxSeconds, r.all.p50_s); }},
    {"p90_s", kRequired,
     [](auto& f, ShiftReport& r, auto& v) { read_number(f, v, 0, kMaxSeconds, r.all.p90_s); }},
    {"alarms_by_type", kOptional, nullptr,
     [](auto& f, ShiftReport& r, auto& m) {
       read_figures(f, r, m, &ResponseFigures::alarms, kMaxCount);
     }},
    {"answered_by_type", kOptional, nullptr,
     [](auto& f, ShiftReport& r, auto& m) {
       read_figures(f, r, m, &ResponseFigures::answered, kMaxCount);
     }},
    {"escalated_by_type", kOptional, nullptr,
     [](auto& f, ShiftReport& r, auto& m) {
       read_figures(f, r, m, &ResponseFigures::escalated, kMaxCount);
     }},
    {"p50_s_by_type", kOptional, nullptr,
     [](auto& f, ShiftReport& r, auto& m) {
       read_figures(f, r, m, &ResponseFigures::p50_s, kMaxSeconds);
     }},
    {"p90_s_by_type", kOptional, nullptr,
     [](auto& f, ShiftReport& r, auto& m) {
       read_figures(f, r, m, &ResponseFigures::p90_s, kMaxSeconds);
     }},
    {"rounds_on_time", kOptional,
     [](auto& f, ShiftReport& r, auto& v) { read_count(f, v, int(kMaxCount), r.rounds_on_time); }},
    {"rounds_missed", kOptional,
     [](auto& f, ShiftReport& r, auto& v) { read_count(f, v, int(kMaxCount), r.rounds_missed); }},
    {"falls", kOptional,
     [](auto& f, ShiftReport& r, auto& v) { read_count(f, v, int(kMaxCount), r.falls); }},
    {"rounds_on_time_by_room", kOptional, nullptr,
     [](auto& f, ShiftReport& r, auto& m) { read_room_rounds(f, r, m, false); }},
    {"rounds_missed_by_room", kOptional, nullptr,
     [](auto& f, ShiftReport& r, auto& m) { read_room_rounds(f, r, m, true); }},
};
static_assert(is_well_formed(kReportFields));

void validate_report(const ShiftReport& r, Checks<ShiftReport>& c) {
  if (r.to_ts < r.from_ts) c.fail(ErrorCode::kInvalidValue, "to_ts", "must not be before from_ts");
  if (r.all.answered > r.all.alarms)
    c.fail(ErrorCode::kInvalidValue, "answered", "must not exceed alarms");
}

}  // namespace

Result<AlarmState> decode_alarm_state(std::string_view payload) {
  return decode_message<AlarmState>(payload, kAlarmFields, validate_alarm);
}

Result<RoomSummary> decode_room_summary(std::string_view payload) {
  return decode_message<RoomSummary>(payload, kRoomFields, validate_room);
}

Result<Command> decode_command(std::string_view payload) {
  return decode_message<Command>(payload, kCommandFields, validate_command);
}

Result<ShiftReport> decode_shift_report(std::string_view payload) {
  return decode_message<ShiftReport>(payload, kReportFields, validate_report);
}

Result<Incident> decode_incident(std::string_view payload) {
  return decode_message<Incident>(payload, kIncidentFields, validate_incident);
}

}  // namespace anju::protocol
