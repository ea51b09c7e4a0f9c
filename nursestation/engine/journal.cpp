#include "engine/journal.h"

#include <fstream>

#include "protocol/codec.h"

namespace anju::engine {

using protocol::AlarmState;

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS events(
  id TEXT PRIMARY KEY, ts INTEGER NOT NULL, received_ts INTEGER NOT NULL, node TEXT NOT NULL,
  type TEXT NOT NULL, room TEXT, staff TEXT, payload TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_received ON events(received_ts);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE TABLE IF NOT EXISTS transitions(
  seq INTEGER PRIMARY KEY, alarm TEXT NOT NULL, ts INTEGER NOT NULL, status TEXT NOT NULL,
  escalation INTEGER NOT NULL, by TEXT, payload TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS transitions_alarm ON transitions(alarm);
CREATE TABLE IF NOT EXISTS alarms(
  alarm TEXT PRIMARY KEY, type TEXT NOT NULL, priority TEXT NOT NULL, room TEXT, status TEXT NOT NULL,
  raised_ts INTEGER NOT NULL, closed_ts INTEGER NOT NULL, payload TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS alarms_status ON alarms(status);
CREATE INDEX IF NOT EXISTS alarms_raised ON alarms(raised_ts);
CREATE TABLE IF NOT EXISTS incidents(
  incident TEXT PRIMARY KEY, raised_ts INTEGER NOT NULL, payload TEXT NOT NULL);
)sql";

Result<std::vector<AlarmState>> decode_rows(storage::Statement& stmt) {
  std::vector<AlarmState> out;
  for (;;) {
    auto row = stmt.step();
    if (!row) return row.error();
    if (!row.value()) break;
    auto alarm = protocol::decode_alarm_state(stmt.column_text(0));
    if (!alarm)
      return Error{ErrorCode::kIo, "journal holds an unreadable alarm: " + alarm.error().reason};
    out.push_back(std::move(alarm).value());
  }
  return out;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string seconds_between(TimestampMs from, TimestampMs to) {
  if (from == 0 || to == 0) return "";
  return std::to_string((to - from) / 1000.0);
}

}  // namespace

Result<std::unique_ptr<Journal>> Journal::open(const std::filesystem::path& path) {
  auto db = storage::Database::open(path);
  if (!db) return db.error();
  std::unique_ptr<Journal> journal(new Journal(std::move(db).value()));
  if (auto r = journal->db_->exec(kSchema); !r) return r.error();
  if (auto r = journal->prepare(); !r) return r.error();
  return journal;
}

Result<bool> Journal::prepare() {
  auto e = db_->prepare(
      "INSERT OR IGNORE INTO events(id, ts, received_ts, node, type, room, staff, payload) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  auto t = db_->prepare(
      "INSERT INTO transitions(alarm, ts, status, escalation, by, payload) VALUES(?1, ?2, ?3, ?4, "
      "?5, ?6)");
  auto a = db_->prepare(
      "INSERT INTO alarms(alarm, type, priority, room, status, raised_ts, closed_ts, payload) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(alarm) DO UPDATE SET "
      "status = excluded.status, closed_ts = excluded.closed_ts, payload = excluded.payload");
  auto i = db_->prepare(
      "INSERT INTO incidents(incident, raised_ts, payload) VALUES(?1, ?2, ?3) "
      "ON CONFLICT(incident) DO UPDATE SET payload = excluded.payload");
  for (auto* r : {&e, &t, &a, &i})
    if (!*r) return r->error();
  upsert_incident_.emplace(std::move(i).value());
  insert_event_.emplace(std::move(e).value());
  insert_transition_.emplace(std::move(t).value());
  upsert_alarm_.emplace(std::move(a).value());
  return true;
}

Result<bool> Journal::record(const protocol::Event* event, std::string_view payload,
                             const EngineOutput& output, TimestampMs received_ts) {
  storage::Transaction tx(*db_);
  if (event) {
    auto r = insert_event_->bind(1, event->id)
                 .bind(2, event->ts)
                 .bind(3, received_ts)
                 .bind(4, event->node)
                 .bind(5, protocol::to_string(event->type))
                 .bind(6, event->room)
                 .bind(7, event->staff)
                 .bind(8, payload)
                 .run();
    if (!r) return r.error();
    if (db_->changes() == 0) return false;  // seen before; the transaction rolls back
  }
  for (const auto& a : output.alarms) {
    const std::string json = protocol::encode(a);
    auto t = insert_transition_->bind(1, a.alarm)
                 .bind(2, a.ts)
                 .bind(3, protocol::to_string(a.status))
                 .bind(4, a.escalation)
                 .bind(5, a.by)
                 .bind(6, json)
                 .run();
    if (!t) return t.error();
    auto u = upsert_alarm_->bind(1, a.alarm)
                 .bind(2, a.type)
                 .bind(3, protocol::to_string(a.priority))
                 .bind(4, a.room)
                 .bind(5, protocol::to_string(a.status))
                 .bind(6, a.raised_ts)
                 .bind(7, a.closed_ts)
                 .bind(8, json)
                 .run();
    if (!u) return u.error();
  }
  for (const auto& i : output.incidents) {
    auto r = upsert_incident_->bind(1, i.incident)
                 .bind(2, i.raised_ts)
                 .bind(3, protocol::encode(i))
                 .run();
    if (!r) return r.error();
  }
  if (auto c = tx.commit(); !c) return c.error();
  return true;
}

Result<std::vector<protocol::Incident>> Journal::incidents_since(TimestampMs from) {
  auto stmt =
      db_->prepare("SELECT payload FROM incidents WHERE raised_ts >= ?1 ORDER BY raised_ts");
  if (!stmt) return stmt.error();
  stmt.value().bind(1, from);
  std::vector<protocol::Incident> out;
  for (;;) {
    auto row = stmt.value().step();
    if (!row) return row.error();
    if (!row.value()) break;
    auto incident = protocol::decode_incident(stmt.value().column_text(0));
    if (!incident)
      return Error{ErrorCode::kIo,
                   "journal holds an unreadable incident: " + incident.error().reason};
    out.push_back(std::move(incident).value());
  }
  return out;
}

Result<bool> Journal::contains_event(const std::string& event_id) {
  auto stmt = db_->prepare("SELECT 1 FROM events WHERE id = ?1");
  if (!stmt) return stmt.error();
  return stmt.value().bind(1, event_id).step();
}

Result<std::vector<AlarmState>> Journal::active_alarms() {
  auto stmt = db_->prepare(
      "SELECT payload FROM alarms WHERE status IN ('raised','acknowledged','present') "
      "ORDER BY raised_ts");
  if (!stmt) return stmt.error();
  auto rows = decode_rows(stmt.value());
  if (!rows) return rows;
  std::erase_if(rows.value(), [](const AlarmState& a) { return !is_active(a.status); });
  return rows;
}

Result<std::vector<std::string>> Journal::recent_event_ids(std::size_t limit) {
  auto stmt = db_->prepare("SELECT id FROM events ORDER BY rowid DESC LIMIT ?1");
  if (!stmt) return stmt.error();
  stmt.value().bind(1, static_cast<std::int64_t>(limit));
  std::vector<std::string> ids;
  for (;;) {
    auto row = stmt.value().step();
    if (!row) return row.error();
    if (!row.value()) break;
    ids.push_back(stmt.value().column_text(0));
  }
  std::reverse(ids.begin(), ids.end());  // oldest first, so the newest stay in the window
  return ids;
}

Result<std::map<std::string, std::string>> Journal::assignments() {
  auto stmt = db_->prepare("SELECT payload FROM events WHERE type = 'assign' ORDER BY rowid");
  if (!stmt) return stmt.error();
  std::map<std::string, std::string> assigned;
  for (;;) {
    auto row = stmt.value().step();
    if (!row) return row.error();
    if (!row.value()) break;
    auto e = protocol::decode_event(stmt.value().column_text(0));
    if (!e) return Error{ErrorCode::kIo, "journal holds an unreadable event: " + e.error().reason};
    if (e->assignee.empty())
      assigned.erase(e->room);
    else
      assigned[e->room] = e->assignee;
  }
  return assigned;
}

Result<std::vector<AlarmState>> Journal::alarms_raised_between(TimestampMs from, TimestampMs to) {
  auto stmt = db_->prepare(
      "SELECT payload FROM alarms WHERE raised_ts >= ?1 AND raised_ts < ?2 ORDER BY raised_ts");
  if (!stmt) return stmt.error();
  stmt.value().bind(1, from).bind(2, to);
  return decode_rows(stmt.value());
}

Result<std::size_t> Journal::export_csv(const std::filesystem::path& path, TimestampMs from,
                                        TimestampMs to) {
  auto alarms = alarms_raised_between(from, to);
  if (!alarms) return alarms.error();
  std::ofstream out(path);
  if (!out) return Error{ErrorCode::kIo, "cannot write " + path.string()};
  out << "alarm,type,priority,room,bed,status,raised_ms,acknowledged_ms,present_ms,closed_ms,"
         "escalation,by,response_s,detail\n";
  for (const auto& a : alarms.value()) {
    out << csv_field(a.alarm) << ',' << csv_field(a.type) << ',' << protocol::to_string(a.priority)
        << ',' << csv_field(a.room) << ',' << csv_field(a.bed) << ','
        << protocol::to_string(a.status) << ',' << a.raised_ts << ',' << a.acknowledged_ts << ','
        << a.present_ts << ',' << a.closed_ts << ',' << a.escalation << ',' << csv_field(a.by)
        << ',' << seconds_between(a.raised_ts, a.present_ts) << ',' << csv_field(a.detail) << '\n';
  }
  if (!out) return Error{ErrorCode::kIo, "write failed: " + path.string()};
  return alarms.value().size();
}

Result<std::map<std::string, std::vector<TimestampMs>>> Journal::visits_between(TimestampMs from,
                                                                                TimestampMs to) {
  auto stmt = db_->prepare(
      "SELECT room, ts FROM events WHERE type = 'staff_present' AND ts >= ?1 AND ts < ?2 ORDER BY "
      "ts");
  if (!stmt) return stmt.error();
  stmt.value().bind(1, from).bind(2, to);
  std::map<std::string, std::vector<TimestampMs>> out;
  for (;;) {
    auto row = stmt.value().step();
    if (!row) return row.error();
    if (!row.value()) break;
    out[stmt.value().column_text(0)].push_back(stmt.value().column_int(1));
  }
  return out;
}

Result<std::int64_t> Journal::prune(TimestampMs before) {
  storage::Transaction tx(*db_);
  std::int64_t deleted = 0;
  for (const char* sql :
       {"DELETE FROM events WHERE received_ts < ?1",
        "DELETE FROM transitions WHERE alarm IN (SELECT alarm FROM alarms WHERE closed_ts > 0 AND "
        "closed_ts < ?1)",
        "DELETE FROM alarms WHERE closed_ts > 0 AND closed_ts < ?1"}) {
    auto stmt = db_->prepare(sql);
    if (!stmt) return stmt.error();
    if (auto r = stmt.value().bind(1, before).run(); !r) return r.error();
    deleted += db_->changes();
  }
  if (auto c = tx.commit(); !c) return c.error();
  return deleted;
}

}  // namespace anju::engine
