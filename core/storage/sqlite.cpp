#include "storage/sqlite.h"

#include <sqlite3.h>

#include <system_error>

namespace anju::storage {

Statement::~Statement() {
  sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::int64_t v) {
  sqlite3_bind_int64(stmt_, index, v);
  return *this;
}

Statement& Statement::bind(int index, double v) {
  sqlite3_bind_double(stmt_, index, v);
  return *this;
}

Statement& Statement::bind(int index, std::string_view v) {
  sqlite3_bind_text(stmt_, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bind_blob_view(int index, std::string_view v) {
  sqlite3_bind_blob(stmt_, index, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  return *this;
}

Statement& Statement::bind_null(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

Result<bool> Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Error{ErrorCode::kIo, std::string("sqlite: ") + sqlite3_errmsg(db_)};
}

Result<bool> Statement::run() {
  for (;;) {
    auto r = step();
    if (!r) {
      reset();
      return r;
    }
    if (!r.value()) break;
  }
  reset();
  return true;
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::column_int(int i) const {
  return sqlite3_column_int64(stmt_, i);
}

double Statement::column_double(int i) const {
  return sqlite3_column_double(stmt_, i);
}

std::string Statement::column_text(int i) const {
  // A BLOB is read as such: column_text would add a terminator SQLite has to copy for.
  const void* bytes = sqlite3_column_type(stmt_, i) == SQLITE_BLOB
                          ? sqlite3_column_blob(stmt_, i)
                          : static_cast<const void*>(sqlite3_column_text(stmt_, i));
  if (!bytes) return {};
  return {static_cast<const char*>(bytes),
          static_cast<std::size_t>(sqlite3_column_bytes(stmt_, i))};
}

Result<std::unique_ptr<Database>> Database::open(const std::filesystem::path& where) {
  const std::filesystem::path path = where.empty() ? std::filesystem::path(":memory:") : where;
  if (path != ":memory:" && path.has_parent_path()) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) {
      return Error{ErrorCode::kIo,
                   "cannot create folder " + path.parent_path().string() + ": " + ec.message()};
    }
  }
  sqlite3* db = nullptr;
  const int rc =
      sqlite3_open_v2(path.c_str(), &db,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string why = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Error{ErrorCode::kIo, "cannot open " + path.string() + ": " + why};
  }
  std::unique_ptr<Database> out(new Database(db, path));
  sqlite3_busy_timeout(db, 5000);
  for (const char* pragma :
       {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
    auto r = out->exec(pragma);
    if (!r) return Error{ErrorCode::kIo, path.string() + ": " + r.error().reason};
  }
  auto check = out->prepare("PRAGMA quick_check");
  if (!check) return check.error();
  auto row = check.value().step();
  if (!row || !row.value() || check.value().column_text(0) != "ok")
    return Error{ErrorCode::kIo, path.string() + ": integrity check failed"};
  return out;
}

Database::~Database() {
  sqlite3_close_v2(db_);
}

std::int64_t Database::changes() const {
  return sqlite3_changes64(db_);
}

std::int64_t Database::last_insert_rowid() const {
  return sqlite3_last_insert_rowid(db_);
}

std::string Database::last_error() const {
  return sqlite3_errmsg(db_);
}

Result<bool> Database::exec(std::string_view sql) {
  char* message = nullptr;
  const std::string text(sql);
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string why = message ? message : sqlite3_errmsg(db_);
    sqlite3_free(message);
    return Error{ErrorCode::kIo, "sqlite: " + why};
  }
  return true;
}

Result<Statement> Database::prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &stmt, nullptr) != SQLITE_OK)
    return Error{ErrorCode::kIo, "sqlite: " + last_error() + " in: " + std::string(sql)};
  return Statement(db_, stmt);
}

Transaction::Transaction(Database& db) : db_(db) {
  began_ = db_.exec("BEGIN IMMEDIATE").ok();
}

Transaction::~Transaction() {
  if (began_ && !done_) db_.exec("ROLLBACK");
}

Result<bool> Transaction::commit() {
  if (!began_) return Error{ErrorCode::kIo, "transaction did not begin: " + db_.last_error()};
  done_ = true;
  return db_.exec("COMMIT");
}

}  // namespace anju::storage
