#include "bus/outbox.h"

#include <utility>

namespace anju::bus {
namespace {

constexpr const char* kSchema =
    "CREATE TABLE IF NOT EXISTS outbox ("
    "  seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  topic TEXT NOT NULL,"
    "  payload BLOB NOT NULL,"
    "  retained INTEGER NOT NULL DEFAULT 0);";

}  // namespace

Result<std::unique_ptr<Outbox>> Outbox::open(const std::filesystem::path& path) {
  auto db = storage::Database::open(path);
  if (!db) return Error{ErrorCode::kIo, "cannot open outbox: " + db.error().reason};
  return open(std::shared_ptr<storage::Database>(std::move(db).value()));
}

Result<std::unique_ptr<Outbox>> Outbox::open(std::shared_ptr<storage::Database> db) {
  if (!db) return Error{ErrorCode::kIo, "cannot open outbox: no database"};
  std::unique_ptr<Outbox> outbox(new Outbox(std::move(db)));
  if (auto r = outbox->prepare(); !r) return r.error();
  return outbox;
}

Error Outbox::sql_error(std::string_view what, const Error& cause) const {
  return Error{ErrorCode::kIo,
               std::string(what) + " (outbox " + db_->path().string() + "): " + cause.reason};
}

Result<bool> Outbox::prepare() {
  std::lock_guard lock(db_->mutex());
  if (auto r = db_->exec(kSchema); !r) return sql_error("cannot create schema", r.error());
  const std::pair<std::optional<storage::Statement>*, const char*> statements[] = {
      {&insert_, "INSERT INTO outbox (topic, payload, retained) VALUES (?1, ?2, ?3)"},
      {&select_,
       "SELECT seq, topic, payload, retained FROM outbox WHERE seq >= ?1 AND seq <= ?2 "
       "ORDER BY seq LIMIT ?3"},
      {&delete_, "DELETE FROM outbox WHERE seq = ?1"},
      {&count_, "SELECT COUNT(*) FROM outbox"},
      {&last_seq_, "SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"},
  };
  for (const auto& [slot, sql] : statements) {
    auto prepared = db_->prepare(sql);
    if (!prepared) return sql_error("cannot prepare statement", prepared.error());
    slot->emplace(std::move(prepared).value());
  }
  return true;
}

Result<std::int64_t> Outbox::append(std::string_view topic, std::string_view payload,
                                    bool retained) {
  std::lock_guard lock(db_->mutex());
  // The payload is bound as a view, not a copy: it outlives the run().
  auto r = insert_->bind(1, topic).bind_blob_view(2, payload).bind(3, retained ? 1 : 0).run();
  if (!r) return sql_error("cannot store message", r.error());
  return db_->last_insert_rowid();
}

Result<std::vector<OutboxEntry>> Outbox::read(std::int64_t first, std::int64_t last,
                                              std::size_t limit) {
  std::lock_guard lock(db_->mutex());
  storage::StatementScope scope(*select_);
  select_->bind(1, first).bind(2, last).bind(3, static_cast<std::int64_t>(limit));
  std::vector<OutboxEntry> out;
  for (;;) {
    auto row = select_->step();
    if (!row) return sql_error("cannot read messages", row.error());
    if (!row.value()) break;
    OutboxEntry e;
    e.seq = select_->column_int(0);
    e.topic = select_->column_text(1);
    e.payload = select_->column_text(2);
    e.retained = select_->column_int(3) != 0;
    out.push_back(std::move(e));
  }
  return out;
}

Result<std::size_t> Outbox::remove(const std::vector<std::int64_t>& seqs) {
  if (seqs.empty()) return std::size_t{0};
  std::lock_guard lock(db_->mutex());
  // One transaction for the batch: one WAL commit instead of one per acknowledged message.
  storage::Transaction tx(*db_);
  std::size_t removed = 0;
  for (const std::int64_t seq : seqs) {
    if (auto r = delete_->bind(1, seq).run(); !r) {
      return sql_error("cannot delete acknowledged message", r.error());
    }
    removed += static_cast<std::size_t>(db_->changes());
  }
  if (auto c = tx.commit(); !c) return sql_error("cannot commit delete", c.error());
  return removed;
}

std::size_t Outbox::size() {
  std::lock_guard lock(db_->mutex());
  storage::StatementScope scope(*count_);
  auto row = count_->step();
  return row && row.value() ? static_cast<std::size_t>(count_->column_int(0)) : 0;
}

std::int64_t Outbox::last_seq() {
  std::lock_guard lock(db_->mutex());
  storage::StatementScope scope(*last_seq_);
  auto row = last_seq_->step();
  return row && row.value() ? last_seq_->column_int(0) : 0;
}

}  // namespace anju::bus
