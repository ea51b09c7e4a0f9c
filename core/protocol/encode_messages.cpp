// Encoding. Fields every message of a type needs are always written (even if empty, so a caller's
// mistake shows up as a decode error at the receiver, not as a silently different message);
// optional fields are omitted when empty or zero. Keys are written in a fixed order: v, id, ts,
// then the rest.
#include "protocol/codec.h"
#include "protocol/event_rules.h"
#include "protocol/json_writer.h"

namespace anju::protocol {
namespace {

JsonWriter start(std::string_view id, TimestampMs ts) {
  JsonWriter w;
  w.integer("v", kSchemaVersion).text("id", id).integer("ts", ts);
  return w;
}

std::vector<std::string> action_names(const AlarmActions& a) {
  std::vector<std::string> names;
  if (a.acknowledge) names.emplace_back("acknowledge");
  if (a.resolve) names.emplace_back("resolve");
  return names;
}

}  // namespace

std::string encode(const Presence& m) {
  auto w = start(m.id, m.ts);
  w.text("node", m.node).text("kind", to_string(m.kind)).text("state", to_string(m.state));
  w.optional_text("room", m.room).optional_text("version", m.version);
  w.optional_integer("heartbeat_s", m.heartbeat_s);
  return std::move(w).finish();
}

std::string encode(const Heartbeat& m) {
  auto w = start(m.id, m.ts);
  w.text("node", m.node).unsigned_integer("seq", m.seq).optional_integer("uptime_s", m.uptime_s);
  if (!m.stats.empty()) {
    w.begin_object("stats");
    for (const auto& [name, value] : m.stats) w.number(name, value);
    w.end_object();
  }
  return std::move(w).finish();
}

std::string encode(const Event& m) {
  const auto needs = needs_of(m.type);
  auto w = start(m.id, m.ts);
  w.unsigned_integer("seq", m.seq).text("node", m.node).text("type", to_string(m.type));
  needs.room ? w.text("room", m.room) : w.optional_text("room", m.room);
  w.optional_text("bed", m.bed);
  needs.device ? w.text("device", m.device) : w.optional_text("device", m.device);
  needs.staff ? w.text("staff", m.staff) : w.optional_text("staff", m.staff);
  needs.alarm ? w.text("alarm", m.alarm) : w.optional_text("alarm", m.alarm);
  needs.detail ? w.text("detail", m.detail) : w.optional_text("detail", m.detail);
  if (needs.confidence || m.confidence != 0) w.number("confidence", m.confidence);
  if (m.box) {
    w.begin_object("box");
    w.number("x", m.box->x).number("y", m.box->y).number("w", m.box->w).number("h", m.box->h);
    w.end_object();
  }
  needs.clip ? w.text("clip", m.clip) : w.optional_text("clip", m.clip);
  w.optional_integer("clip_start_ts", m.clip_start_ts);
  w.optional_integer("clip_end_ts", m.clip_end_ts);
  needs.outcome ? w.text("outcome", m.outcome) : w.optional_text("outcome", m.outcome);
  w.optional_text("root_cause", m.root_cause).optional_text("assignee", m.assignee);
  return std::move(w).finish();
}

std::string encode(const AlarmState& m) {
  auto w = start(m.id, m.ts);
  w.text("alarm", m.alarm).text("type", m.type);
  w.text("priority", to_string(m.priority)).text("status", to_string(m.status));
  w.optional_text("room", m.room).optional_text("bed", m.bed).optional_text("node", m.node);
  w.optional_text("device", m.device).optional_text("source_event", m.source_event);
  w.integer("raised_ts", m.raised_ts);
  w.optional_integer("acknowledged_ts", m.acknowledged_ts);
  w.optional_integer("present_ts", m.present_ts).optional_integer("closed_ts", m.closed_ts);
  w.optional_integer("escalation", m.escalation).optional_text("by", m.by);
  w.optional_text("detail", m.detail).optional_text("note", m.note).optional_text("clip", m.clip);
  if (m.actions) w.text_array("actions", action_names(*m.actions));
  if (!m.paged.empty()) {
    w.begin_object("paged");
    for (const auto& p : m.paged) w.text(p.staff, p.state);
    w.end_object().begin_object("paged_ts");
    for (const auto& p : m.paged) w.integer(p.staff, p.ts);
    w.end_object();
  }
  w.optional_text("paging", m.paging).optional_integer("paging_deadline_ts", m.paging_deadline_ts);
  return std::move(w).finish();
}

std::string encode(const RoomSummary& m) {
  auto w = start(m.id, m.ts);
  w.text("room", m.room).integer("active", m.active);
  if (m.top) w.text("top", to_string(*m.top));
  w.text("call", to_string(m.call));
  w.optional_text("alarm", m.alarm).optional_text("staff", m.staff);
  w.optional_text("assigned", m.assigned);
  if (m.round) w.text("round", to_string(*m.round));
  w.optional_integer("round_due_ts", m.round_due_ts);
  w.optional_integer("round_last_ts", m.round_last_ts);
  w.optional_text("round_last_staff", m.round_last_staff);
  return std::move(w).finish();
}

std::string encode(const Command& m) {
  auto w = start(m.id, m.ts);
  w.text("node", m.node).text("cmd", to_string(m.cmd));
  w.optional_text("alarm", m.alarm).optional_text("staff", m.staff).optional_text("text", m.text);
  if (m.cmd == CommandType::kReceipt || !m.events.empty()) w.text_array("events", m.events);
  return std::move(w).finish();
}

std::string encode(const Incident& m) {
  auto w = start(m.id, m.ts);
  w.text("incident", m.incident).text("alarm", m.alarm).text("type", m.type);
  w.optional_text("room", m.room).optional_text("camera", m.camera).optional_text("clip", m.clip);
  w.optional_text("node", m.node);
  w.optional_integer("clip_start_ts", m.clip_start_ts);
  w.optional_integer("clip_end_ts", m.clip_end_ts);
  if (m.priority) w.text("priority", to_string(*m.priority));
  w.optional_integer("raised_ts", m.raised_ts)
      .optional_integer("acknowledged_ts", m.acknowledged_ts);
  w.optional_integer("present_ts", m.present_ts).optional_integer("closed_ts", m.closed_ts);
  w.optional_text("by", m.by).optional_text("outcome", m.outcome).optional_text("notes", m.notes);
  w.optional_text("root_cause", m.root_cause).optional_text("reviewed_by", m.reviewed_by);
  w.optional_integer("reviewed_ts", m.reviewed_ts);
  return std::move(w).finish();
}

namespace {

void figures_object(JsonWriter& w, std::string_view key, const ShiftReport& m,
                    double (*figure)(const ResponseFigures&)) {
  w.begin_object(key);
  for (const auto& [type, f] : m.by_type) w.number(type, figure(f));
  w.end_object();
}

}  // namespace

std::string encode(const ShiftReport& m) {
  auto w = start(m.id, m.ts);
  w.text("report", m.report).optional_text("shift", m.shift);
  w.integer("from_ts", m.from_ts).integer("to_ts", m.to_ts);
  w.number("alarms_per_hour", m.alarms_per_hour);
  w.integer("alarms", m.all.alarms).integer("answered", m.all.answered);
  w.integer("escalated", m.all.escalated).number("p50_s", m.all.p50_s).number("p90_s", m.all.p90_s);
  figures_object(w, "alarms_by_type", m, [](const ResponseFigures& f) { return double(f.alarms); });
  figures_object(w, "answered_by_type", m,
                 [](const ResponseFigures& f) { return double(f.answered); });
  figures_object(w, "escalated_by_type", m,
                 [](const ResponseFigures& f) { return double(f.escalated); });
  figures_object(w, "p50_s_by_type", m, [](const ResponseFigures& f) { return f.p50_s; });
  figures_object(w, "p90_s_by_type", m, [](const ResponseFigures& f) { return f.p90_s; });
  w.integer("rounds_on_time", m.rounds_on_time).integer("rounds_missed", m.rounds_missed);
  if (!m.rounds_missed_by_room.empty()) {
    w.begin_object("rounds_on_time_by_room");
    for (const auto& [room, c] : m.rounds_missed_by_room) w.integer(room, c.first);
    w.end_object();
    w.begin_object("rounds_missed_by_room");
    for (const auto& [room, c] : m.rounds_missed_by_room) w.integer(room, c.second);
    w.end_object();
  }
  w.integer("falls", m.falls);
  return std::move(w).finish();
}

}  // namespace anju::protocol
