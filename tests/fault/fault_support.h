#pragma once
// Shared by the fault tests: a decoded-message inbox to wait on, calls as a gateway or kiosk sends
// them, and what the engine's journal holds afterwards (read straight from its SQLite file).
#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "bus/bus.h"
#include "common/clock.h"
#include "protocol/messages.h"
#include "storage/sqlite.h"
#include "support/bus_inbox.h"

namespace anju::fault {

using test::Inbox;
using test::subscribe_into;

using namespace std::chrono_literals;

inline protocol::Event call(const std::string& node, const std::string& room, int seq) {
  protocol::Event e;
  e.id = node + "-fault-" + std::to_string(seq);
  e.seq = static_cast<std::uint64_t>(seq);
  e.ts = SystemClock::instance().now_ms();
  e.node = node;
  e.type = protocol::EventType::kCall;
  e.room = room;
  return e;
}

// What the journal says about one source's events, after the engine stopped.
struct JournalCounts {
  std::int64_t events = 0;           // rows for the node's events
  std::int64_t distinct_events = 0;  // distinct ids among them
  std::int64_t call_alarms = 0;      // call alarms in rooms the node called from
  std::int64_t call_rooms = 0;       // distinct rooms among them
  std::int64_t raised_twice = 0;     // alarms with more than one "raised" transition
  std::string error;
};

inline std::int64_t query_count(storage::Database& db, const std::string& sql,
                                const std::string& node, std::string& error) {
  auto prepared = db.prepare(sql);
  if (!prepared) {
    error = prepared.error().reason;
    return -1;
  }
  auto& stmt = prepared.value();
  stmt.bind(1, node);
  auto row = stmt.step();
  if (!row || !row.value()) {
    error = row ? "no row" : row.error().reason;
    return -1;
  }
  return stmt.column_int(0);
}

inline JournalCounts journal_counts(const std::filesystem::path& journal, const std::string& node) {
  JournalCounts c;
  auto db = storage::Database::open(journal);
  if (!db) {
    c.error = db.error().reason;
    return c;
  }
  auto& d = *db.value();
  c.events = query_count(d, "SELECT COUNT(*) FROM events WHERE node = ?1", node, c.error);
  c.distinct_events =
      query_count(d, "SELECT COUNT(DISTINCT id) FROM events WHERE node = ?1", node, c.error);
  const std::string rooms = "SELECT room FROM events WHERE node = ?1 AND type = 'call'";
  c.call_alarms =
      query_count(d, "SELECT COUNT(*) FROM alarms WHERE type = 'call' AND room IN (" + rooms + ")",
                  node, c.error);
  c.call_rooms = query_count(
      d, "SELECT COUNT(DISTINCT room) FROM alarms WHERE type = 'call' AND room IN (" + rooms + ")",
      node, c.error);
  c.raised_twice = query_count(d,
                               "SELECT COUNT(*) FROM (SELECT alarm FROM transitions WHERE status = "
                               "'raised' AND ?1 <> '' GROUP BY alarm HAVING COUNT(*) > 1)",
                               node, c.error);
  return c;
}

// Polls `condition` every 20 ms until it holds or `timeout` passes.
template <class Condition>
bool eventually(Condition condition, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!condition()) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(20ms);
  }
  return true;
}

}  // namespace anju::fault
