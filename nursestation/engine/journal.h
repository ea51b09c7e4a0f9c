#pragma once
// The station's journal: every event received and every alarm transition, appended to SQLite before
// anything is published. After a restart, even kill -9, the engine rebuilds its state from here.
// It is also the source of history, reports and CSV export.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "engine/alarm_engine.h"
#include "protocol/messages.h"
#include "storage/sqlite.h"

namespace anju::engine {

class Journal {
 public:
  static Result<std::unique_ptr<Journal>> open(const std::filesystem::path& path);

  // One transaction: the event that came in (if any) and the alarm states it produced. Returns
  // false, writing nothing, if the event id is already journalled (a redelivered duplicate).
  Result<bool> record(const protocol::Event* event, std::string_view payload,
                      const EngineOutput& output, TimestampMs received_ts);
  // Alarm states with no event behind them (escalation, supervision).
  Result<bool> record(const EngineOutput& output) { return record(nullptr, {}, output, 0); }

  // Whether an event is journalled: only then may its source be sent a receipt for it.
  Result<bool> contains_event(const std::string& event_id);

  // Recovery.
  Result<std::vector<protocol::AlarmState>> active_alarms();
  // Incidents of alarms raised since `from`, oldest first (reviews and their clips).
  Result<std::vector<protocol::Incident>> incidents_since(TimestampMs from);
  Result<std::vector<std::string>> recent_event_ids(std::size_t limit);
  // Room -> assigned nurse, from the latest assign event of each room (none: unassigned).
  Result<std::map<std::string, std::string>> assignments();

  // History: the latest state of every alarm raised in [from, to), oldest first.
  Result<std::vector<protocol::AlarmState>> alarms_raised_between(TimestampMs from, TimestampMs to);
  // CSV with one row per alarm: times, who, response seconds.
  Result<std::size_t> export_csv(const std::filesystem::path& out, TimestampMs from,
                                 TimestampMs to);
  // Bedside check-ins (staff_present) per room in [from, to), oldest first: the rounds made.
  Result<std::map<std::string, std::vector<TimestampMs>>> visits_between(TimestampMs from,
                                                                         TimestampMs to);
  // Deletes events and closed alarms older than `before`; returns rows deleted.
  Result<std::int64_t> prune(TimestampMs before);

 private:
  explicit Journal(std::unique_ptr<storage::Database> db) : db_(std::move(db)) {}
  Result<bool> prepare();

  std::unique_ptr<storage::Database> db_;
  std::optional<storage::Statement> insert_event_;
  std::optional<storage::Statement> insert_transition_;
  std::optional<storage::Statement> upsert_alarm_;
  std::optional<storage::Statement> upsert_incident_;
};

}  // namespace anju::engine
