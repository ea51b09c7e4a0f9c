#pragma once
// The persistent outbox: QoS 1 messages waiting for the broker's acknowledgement, in an SQLite file
// (WAL). A message is written here before Bus::publish() returns and deleted only after its PUBACK,
// so a broker outage or a crash of the node loses nothing that publish() accepted.
//
// Durability: synchronous=NORMAL in WAL mode survives a crash of the process (the usual failure);
// a power cut may lose the last commits. FULL would fsync every publish (~ms each on a kiosk's
// flash) for a case the node's UPS or the resident pressing again covers better.
//
// The database may be shared with other stores of the node (node::PendingEvents keeps a node's
// unconfirmed events in the same file): one file to back up, move or inspect per node.
//
// Thread-safe: the database's mutex around every use (appends come from callers, deletes and
// reads from the bus's sender thread).
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "storage/sqlite.h"

namespace anju::bus {

struct OutboxEntry {
  std::int64_t seq = 0;  // increasing, never reused (AUTOINCREMENT): the send order
  std::string topic;
  std::string payload;
  bool retained = false;
};

class Outbox {
 public:
  // An empty path opens a private in-memory outbox (lost with the process: tests only).
  static Result<std::unique_ptr<Outbox>> open(const std::filesystem::path& path);
  // In a database opened already (creates the table if it is new).
  static Result<std::unique_ptr<Outbox>> open(std::shared_ptr<storage::Database> db);
  Outbox(const Outbox&) = delete;
  Outbox& operator=(const Outbox&) = delete;

  // Stores one message and returns its sequence number once it is committed.
  Result<std::int64_t> append(std::string_view topic, std::string_view payload, bool retained);
  // Entries with first <= seq <= last, oldest first, at most `limit`.
  Result<std::vector<OutboxEntry>> read(std::int64_t first, std::int64_t last, std::size_t limit);
  // Deletes the given entries in one transaction; returns how many existed.
  Result<std::size_t> remove(const std::vector<std::int64_t>& seqs);

  std::size_t size();
  // Highest sequence number ever handed out (0 if none): new entries are always above it.
  std::int64_t last_seq();
  const std::filesystem::path& path() const { return db_->path(); }  // ":memory:" in memory
  // The database the outbox lives in, for the node's other stores.
  const std::shared_ptr<storage::Database>& database() const { return db_; }

 private:
  explicit Outbox(std::shared_ptr<storage::Database> db) : db_(std::move(db)) {}
  Result<bool> prepare();
  Error sql_error(std::string_view what, const Error& cause) const;

  std::shared_ptr<storage::Database> db_;
  std::optional<storage::Statement> insert_;
  std::optional<storage::Statement> select_;
  std::optional<storage::Statement> delete_;
  std::optional<storage::Statement> count_;
  std::optional<storage::Statement> last_seq_;
};

}  // namespace anju::bus
