#pragma once
// A thin RAII layer over the SQLite C API: a database handle, prepared statements with typed binds,
// and errors as Result instead of return codes. Every store in Anju (the bus outbox and pending
// events, the engine's journal, users, the clip audit log) opens SQLite through this; no other
// header names an SQLite type.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "common/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace anju::storage {

class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) {
    other.stmt_ = nullptr;
  }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& bind(int index, std::int64_t v);
  Statement& bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
  Statement& bind(int index, double v);
  Statement& bind(int index, std::string_view v);  // copied
  // Bytes bound without a copy: `v` must stay alive until the statement is reset.
  Statement& bind_blob_view(int index, std::string_view v);
  Statement& bind_null(int index);

  // SQLITE_ROW -> true, SQLITE_DONE -> false; anything else is an error.
  Result<bool> step();
  // step() until done; for statements that return no rows. Resets the statement.
  Result<bool> run();
  void reset();

  std::int64_t column_int(int i) const;
  double column_double(int i) const;
  std::string column_text(int i) const;  // TEXT or BLOB, bytes as stored

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

// Resets a statement when the scope ends, whatever path leaves it (early returns on errors).
class StatementScope {
 public:
  explicit StatementScope(Statement& s) : s_(s) {}
  ~StatementScope() { s_.reset(); }
  StatementScope(const StatementScope&) = delete;
  StatementScope& operator=(const StatementScope&) = delete;

 private:
  Statement& s_;
};

class Database {
 public:
  // Opens (creating the file and its folder) in WAL mode with synchronous=NORMAL: a commit
  // survives a process crash (kill -9); a power cut may lose the last moments, never corrupt the
  // file. ":memory:" or an empty path opens a private in-memory database (lost with the process:
  // tests only).
  static Result<std::unique_ptr<Database>> open(const std::filesystem::path& path);
  static Result<std::unique_ptr<Database>> open_in_memory() { return open(":memory:"); }
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Result<bool> exec(std::string_view sql);
  Result<Statement> prepare(std::string_view sql);
  std::int64_t changes() const;
  std::int64_t last_insert_rowid() const;
  std::string last_error() const;
  const std::filesystem::path& path() const { return path_; }

  // Stores that share one database (the bus outbox and the pending events of a node) take this
  // around each use, so that one store's transaction never interleaves with the other's.
  std::mutex& mutex() { return mutex_; }

 private:
  Database(sqlite3* db, std::filesystem::path path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::filesystem::path path_;
  std::mutex mutex_;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back if not committed.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  Result<bool> commit();
  bool began() const { return began_; }

 private:
  Database& db_;
  bool began_ = false;
  bool done_ = false;
};

}  // namespace anju::storage
