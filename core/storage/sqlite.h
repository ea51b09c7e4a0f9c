#pragma once
// A thin RAII layer over the SQLite C API: a database handle, prepared statements with typed binds,
// and errors as Result instead of return codes. Just enough for the journals and stores.
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "common/result.h"

namespace anju::storage {

class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) {
    other.stmt_ = nullptr;
  }
  Statement(const Statement&) = delete;
  ~Statement() { sqlite3_finalize(stmt_); }

  Statement& bind(int index, std::int64_t v);
  Statement& bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
  Statement& bind(int index, double v);
  Statement& bind(int index, std::string_view v);
  Statement& bind_null(int index);

  // SQLITE_ROW -> true, SQLITE_DONE -> false; anything else is an error.
  Result<bool> step();
  // step() until done; for statements that return no rows.
  Result<bool> run();
  void reset();

  std::int64_t column_int(int i) const { return sqlite3_column_int64(stmt_, i); }
  double column_double(int i) const { return sqlite3_column_double(stmt_, i); }
  std::string column_text(int i) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

class Database {
 public:
  // Opens (creating) a file in WAL mode with synchronous=NORMAL: a commit survives a process crash
  // (kill -9); a power cut may lose the last moments, never corrupt the file.
  static Result<std::unique_ptr<Database>> open(const std::filesystem::path& path);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Result<bool> exec(std::string_view sql);
  Result<Statement> prepare(std::string_view sql);
  std::int64_t changes() const { return sqlite3_changes64(db_); }
  std::string last_error() const { return sqlite3_errmsg(db_); }
  sqlite3* handle() { return db_; }

 private:
  explicit Database(sqlite3* db) : db_(db) {}
  sqlite3* db_;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back if not committed.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Result<bool> commit();
  bool began() const { return began_; }

 private:
  Database& db_;
  bool began_ = false;
  bool done_ = false;
};

}  // namespace anju::storage
