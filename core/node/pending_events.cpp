#include "node/pending_events.h"

#include <limits>
#include <system_error>

namespace anju::node {
namespace {

// seq is the order events were first kept in: resends go oldest first, as the first sends did.
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS pending_events(
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, topic TEXT NOT NULL,
  payload TEXT NOT NULL, last_sent INTEGER NOT NULL, sends INTEGER NOT NULL DEFAULT 1);
CREATE INDEX IF NOT EXISTS pending_events_last_sent ON pending_events(last_sent);
)sql";

}  // namespace

Result<std::unique_ptr<PendingEvents>> PendingEvents::open(std::shared_ptr<storage::Database> db) {
  if (!db) return Error{ErrorCode::kIo, "pending events: no database"};
  std::unique_ptr<PendingEvents> table(new PendingEvents(std::move(db)));
  std::lock_guard lock(table->db_->mutex());
  if (auto r = table->db_->exec(kSchema); !r) return r.error();
  if (auto r = table->prepare(); !r) return r.error();
  return table;
}

Result<std::unique_ptr<PendingEvents>> PendingEvents::open(const std::filesystem::path& path) {
  auto db = storage::Database::open(path);
  if (!db) return db.error();
  return open(std::shared_ptr<storage::Database>(std::move(db).value()));
}

Result<std::size_t> PendingEvents::adopt(const std::filesystem::path& old_file) {
  std::error_code ec;
  if (!std::filesystem::exists(old_file, ec)) return std::size_t{0};
  auto old = open(old_file);
  if (!old) return Error{old.error().code, old_file.string() + ": " + old.error().reason};
  auto events = old.value()->sent_until(std::numeric_limits<TimestampMs>::max(),
                                        std::numeric_limits<std::size_t>::max() / 2);
  if (!events) return events.error();
  {
    std::lock_guard lock(db_->mutex());
    storage::Transaction tx(*db_);
    for (const auto& e : events.value()) {
      if (auto r =
              upsert_->bind(1, e.id).bind(2, e.topic).bind(3, e.payload).bind(4, e.last_sent).run();
          !r)
        return r.error();
    }
    if (auto c = tx.commit(); !c) return c.error();
  }
  old.value().reset();  // closes the file before it goes
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(old_file.string() + suffix, ec);
  }
  return events->size();
}

Result<bool> PendingEvents::prepare() {
  auto upsert = db_->prepare(
      "INSERT INTO pending_events(id, topic, payload, last_sent) VALUES(?1, ?2, ?3, ?4) "
      "ON CONFLICT(id) DO UPDATE SET topic = excluded.topic, payload = excluded.payload, "
      "last_sent = excluded.last_sent, sends = sends + 1");
  auto remove = db_->prepare("DELETE FROM pending_events WHERE id = ?1");
  auto due = db_->prepare(
      "SELECT id, topic, payload, last_sent, sends FROM pending_events WHERE last_sent <= ?1 "
      "ORDER BY seq LIMIT ?2");
  auto sent =
      db_->prepare("UPDATE pending_events SET last_sent = ?2, sends = sends + 1 WHERE id = ?1");
  auto count = db_->prepare("SELECT COUNT(*) FROM pending_events");
  auto find = db_->prepare("SELECT 1 FROM pending_events WHERE id = ?1");
  for (auto* r : {&upsert, &remove, &due, &sent, &count, &find}) {
    if (!*r) return r->error();
  }
  upsert_.emplace(std::move(upsert).value());
  delete_.emplace(std::move(remove).value());
  select_due_.emplace(std::move(due).value());
  update_sent_.emplace(std::move(sent).value());
  count_.emplace(std::move(count).value());
  find_.emplace(std::move(find).value());
  return true;
}

Result<bool> PendingEvents::add(const std::string& id, const std::string& topic,
                                const std::string& payload, TimestampMs sent) {
  std::lock_guard lock(db_->mutex());
  return upsert_->bind(1, id).bind(2, topic).bind(3, payload).bind(4, sent).run();
}

Result<std::vector<std::string>> PendingEvents::remove(const std::vector<std::string>& ids) {
  std::vector<std::string> removed;
  if (ids.empty()) return removed;
  std::lock_guard lock(db_->mutex());
  // One transaction per receipt: one WAL commit instead of one per event.
  storage::Transaction tx(*db_);
  for (const auto& id : ids) {
    if (auto r = delete_->bind(1, id).run(); !r) return r.error();
    if (db_->changes() > 0) removed.push_back(id);
  }
  if (auto c = tx.commit(); !c) return c.error();
  return removed;
}

Result<std::vector<PendingEvent>> PendingEvents::sent_until(TimestampMs sent_until,
                                                            std::size_t limit) {
  std::lock_guard lock(db_->mutex());
  storage::StatementScope scope(*select_due_);
  select_due_->bind(1, sent_until).bind(2, static_cast<std::int64_t>(limit));
  std::vector<PendingEvent> out;
  for (;;) {
    auto row = select_due_->step();
    if (!row) return row.error();
    if (!row.value()) break;
    PendingEvent e;
    e.id = select_due_->column_text(0);
    e.topic = select_due_->column_text(1);
    e.payload = select_due_->column_text(2);
    e.last_sent = select_due_->column_int(3);
    e.sends = static_cast<int>(select_due_->column_int(4));
    out.push_back(std::move(e));
  }
  return out;
}

Result<bool> PendingEvents::mark_sent(const std::vector<std::string>& ids, TimestampMs sent) {
  if (ids.empty()) return true;
  std::lock_guard lock(db_->mutex());
  storage::Transaction tx(*db_);
  for (const auto& id : ids) {
    if (auto r = update_sent_->bind(1, id).bind(2, sent).run(); !r) return r.error();
  }
  return tx.commit();
}

std::size_t PendingEvents::size() {
  std::lock_guard lock(db_->mutex());
  storage::StatementScope scope(*count_);
  auto row = count_->step();
  return row && row.value() ? static_cast<std::size_t>(count_->column_int(0)) : 0;
}

bool PendingEvents::contains(const std::string& id) {
  std::lock_guard lock(db_->mutex());
  storage::StatementScope scope(*find_);
  auto row = find_->bind(1, id).step();
  return row && row.value();
}

}  // namespace anju::node
