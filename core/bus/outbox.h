#pragma once
// The persistent outbox: QoS 1 messages waiting for the broker's acknowledgement, in an SQLite file
// (WAL). A message is written here before Bus::publish() returns and deleted only after its PUBACK,
// so a broker outage or a crash of the node loses nothing that publish() accepted.
//
// Durability: synchronous=NORMAL in WAL mode survives a crash of the process (the usual failure);
// a power cut may lose the last commits. FULL would fsync every publish (~ms each on a kiosk's
// flash) for a case the node's UPS or the resident pressing again covers better.
//
// Thread-safe: one mutex around the connection (appends come from callers, deletes and reads
// from the bus's sender thread).
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

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
  ~Outbox();
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
  const std::filesystem::path& path() const { return path_; }

 private:
  Outbox(sqlite3* db, std::filesystem::path path);
  std::optional<Error> prepare();
  Error sql_error(std::string_view what) const;

  std::mutex mutex_;
  sqlite3* db_;
  std::filesystem::path path_;
  sqlite3_stmt* insert_ = nullptr;
  sqlite3_stmt* select_ = nullptr;
  sqlite3_stmt* delete_ = nullptr;
  sqlite3_stmt* count_ = nullptr;
  sqlite3_stmt* last_seq_ = nullptr;
};

}  // namespace anju::bus
