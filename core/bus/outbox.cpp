#include "bus/outbox.h"

#include <system_error>
#include <utility>

namespace anju::bus {
namespace {

constexpr const char* kSchema =
    "PRAGMA journal_mode=WAL;"
    "PRAGMA synchronous=NORMAL;"
    "CREATE TABLE IF NOT EXISTS outbox ("
    "  seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  topic TEXT NOT NULL,"
    "  payload BLOB NOT NULL,"
    "  retained INTEGER NOT NULL DEFAULT 0);";

// Resets a prepared statement when the scope ends, whatever path leaves it.
class StatementUse {
 public:
  explicit StatementUse(sqlite3_stmt* s) : s_(s) {}
  ~StatementUse() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  StatementUse(const StatementUse&) = delete;
  StatementUse& operator=(const StatementUse&) = delete;

 private:
  sqlite3_stmt* s_;
};

std::string column_text(sqlite3_stmt* s, int col) {
  const auto* bytes = static_cast<const char*>(sqlite3_column_blob(s, col));
  const int n = sqlite3_column_bytes(s, col);
  return bytes ? std::string(bytes, static_cast<std::size_t>(n)) : std::string();
}

}  // namespace

Result<std::unique_ptr<Outbox>> Outbox::open(const std::filesystem::path& path) {
  std::string name = ":memory:";
  if (!path.empty()) {
    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) {
      return Error{ErrorCode::kIo,
                   "cannot create folder " + path.parent_path().string() + ": " + ec.message()};
    }
    name = path.string();
  }
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(name.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    Error e{ErrorCode::kIo,
            "cannot open outbox " + name + ": " + (db ? sqlite3_errmsg(db) : "out of memory")};
    sqlite3_close(db);
    return e;
  }
  std::unique_ptr<Outbox> outbox(new Outbox(db, path));
  if (auto error = outbox->prepare()) return *error;
  return outbox;
}

Outbox::Outbox(sqlite3* db, std::filesystem::path path) : db_(db), path_(std::move(path)) {}

Outbox::~Outbox() {
  for (sqlite3_stmt* s : {insert_, select_, delete_, count_, last_seq_}) sqlite3_finalize(s);
  sqlite3_close(db_);
}

Error Outbox::sql_error(std::string_view what) const {
  return Error{ErrorCode::kIo, std::string(what) + " (outbox " +
                                   (path_.empty() ? std::string(":memory:") : path_.string()) +
                                   "): " + sqlite3_errmsg(db_)};
}

std::optional<Error> Outbox::prepare() {
  // Another process may hold the file briefly (a backup, sqlite3 CLI): wait rather than fail.
  sqlite3_busy_timeout(db_, 5000);
  if (sqlite3_exec(db_, kSchema, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return sql_error("cannot create schema");
  }
  const std::pair<sqlite3_stmt**, const char*> statements[] = {
      {&insert_, "INSERT INTO outbox (topic, payload, retained) VALUES (?1, ?2, ?3)"},
      {&select_,
       "SELECT seq, topic, payload, retained FROM outbox WHERE seq >= ?1 AND seq <= ?2 "
       "ORDER BY seq LIMIT ?3"},
      {&delete_, "DELETE FROM outbox WHERE seq = ?1"},
      {&count_, "SELECT COUNT(*) FROM outbox"},
      {&last_seq_, "SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"},
  };
  for (const auto& [stmt, sql] : statements) {
    if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, nullptr) != SQLITE_OK) {
      return sql_error("cannot prepare statement");
    }
  }
  return std::nullopt;
}

Result<std::int64_t> Outbox::append(std::string_view topic, std::string_view payload,
                                    bool retained) {
  std::lock_guard lock(mutex_);
  StatementUse use(insert_);
  sqlite3_bind_text(insert_, 1, topic.data(), static_cast<int>(topic.size()), SQLITE_STATIC);
  sqlite3_bind_blob(insert_, 2, payload.data(), static_cast<int>(payload.size()), SQLITE_STATIC);
  sqlite3_bind_int(insert_, 3, retained ? 1 : 0);
  if (sqlite3_step(insert_) != SQLITE_DONE) return sql_error("cannot store message");
  return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db_));
}

Result<std::vector<OutboxEntry>> Outbox::read(std::int64_t first, std::int64_t last,
                                              std::size_t limit) {
  std::lock_guard lock(mutex_);
  StatementUse use(select_);
  sqlite3_bind_int64(select_, 1, first);
  sqlite3_bind_int64(select_, 2, last);
  sqlite3_bind_int64(select_, 3, static_cast<sqlite3_int64>(limit));
  std::vector<OutboxEntry> out;
  int rc;
  while ((rc = sqlite3_step(select_)) == SQLITE_ROW) {
    OutboxEntry e;
    e.seq = sqlite3_column_int64(select_, 0);
    e.topic = column_text(select_, 1);
    e.payload = column_text(select_, 2);
    e.retained = sqlite3_column_int(select_, 3) != 0;
    out.push_back(std::move(e));
  }
  if (rc != SQLITE_DONE) return sql_error("cannot read messages");
  return out;
}

Result<std::size_t> Outbox::remove(const std::vector<std::int64_t>& seqs) {
  if (seqs.empty()) return std::size_t{0};
  std::lock_guard lock(mutex_);
  // One transaction for the batch: one WAL commit instead of one per acknowledged message.
  if (sqlite3_exec(db_, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return sql_error("cannot begin delete");
  }
  std::size_t removed = 0;
  for (const std::int64_t seq : seqs) {
    StatementUse use(delete_);
    sqlite3_bind_int64(delete_, 1, seq);
    if (sqlite3_step(delete_) != SQLITE_DONE) {
      Error e = sql_error("cannot delete acknowledged message");
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      return e;
    }
    removed += static_cast<std::size_t>(sqlite3_changes(db_));
  }
  if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    Error e = sql_error("cannot commit delete");
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return e;
  }
  return removed;
}

std::size_t Outbox::size() {
  std::lock_guard lock(mutex_);
  StatementUse use(count_);
  if (sqlite3_step(count_) != SQLITE_ROW) return 0;
  return static_cast<std::size_t>(sqlite3_column_int64(count_, 0));
}

std::int64_t Outbox::last_seq() {
  std::lock_guard lock(mutex_);
  StatementUse use(last_seq_);
  if (sqlite3_step(last_seq_) != SQLITE_ROW) return 0;
  return sqlite3_column_int64(last_seq_, 0);
}

}  // namespace anju::bus
