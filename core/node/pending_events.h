#pragma once
// The events a node has published whose receipt from the station engine has not come yet: a table
// in the node's database, beside the bus outbox (bus::Bus::database()). The bus outbox forgets a
// message at the broker's PUBACK; this table keeps it until the engine says it is journalled, so a
// node restart loses nothing and a resend is always possible.
//
// Thread-safe: the database's mutex around every use (adds from the node, removals from the bus
// thread, resends from the sender's timer; the outbox takes the same mutex).
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/result.h"
#include "storage/sqlite.h"

namespace anju::node {

struct PendingEvent {
  std::string id;  // the event's message id
  std::string topic;
  std::string payload;
  TimestampMs last_sent = 0;
  int sends = 0;  // first send included
};

class PendingEvents {
 public:
  // In the node's database (creates the table if it is new).
  static Result<std::unique_ptr<PendingEvents>> open(std::shared_ptr<storage::Database> db);
  // A database of its own; an empty path opens a private in-memory one (tests only).
  static Result<std::unique_ptr<PendingEvents>> open(const std::filesystem::path& path);

  // Takes over the events kept in an older release's separate file (`<outbox>.pending`) and
  // deletes that file. Returns how many events it held; 0 if there is no such file.
  Result<std::size_t> adopt(const std::filesystem::path& old_file);

  // Keeps an event that is about to be published. An id already kept counts as sent again (its
  // place in the resend order stays).
  Result<bool> add(const std::string& id, const std::string& topic, const std::string& payload,
                   TimestampMs sent);
  // Forgets the given ids (one transaction); returns those that were kept, each once.
  Result<std::vector<std::string>> remove(const std::vector<std::string>& ids);
  // Events last sent at or before `sent_until`, in the order they were first added, at most
  // `limit`.
  Result<std::vector<PendingEvent>> sent_until(TimestampMs sent_until, std::size_t limit);
  // Records a resend of the given ids (one transaction); ids no longer kept are skipped.
  Result<bool> mark_sent(const std::vector<std::string>& ids, TimestampMs sent);

  std::size_t size();
  bool contains(const std::string& id);

 private:
  explicit PendingEvents(std::shared_ptr<storage::Database> db) : db_(std::move(db)) {}
  Result<bool> prepare();

  std::shared_ptr<storage::Database> db_;
  std::optional<storage::Statement> upsert_;
  std::optional<storage::Statement> delete_;
  std::optional<storage::Statement> select_due_;
  std::optional<storage::Statement> update_sent_;
  std::optional<storage::Statement> count_;
  std::optional<storage::Statement> find_;
};

}  // namespace anju::node
