#pragma once
// The clip audit: one row per request that reaches a clip (and per sign-in), written before a byte
// of the clip is sent. A SQLite file (WAL): a row survives a crash of the server the moment
// append() returns. If the audit cannot be written, the server serves nothing.
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "common/result.h"
#include "storage/sqlite.h"

namespace anju::clipserver {

enum class AuditAction { kView, kExport, kKeep, kUnkeep, kRefused, kSession };

std::string_view to_string(AuditAction action);
std::optional<AuditAction> parse_audit_action(std::string_view s);

struct AuditEntry {
  TimestampMs ts = 0;
  std::string user;  // empty when no valid token was shown
  std::string role;
  std::string clip;  // clip id, or the printable request path when it was not one
  AuditAction action = AuditAction::kView;
  std::string remote;  // "address:port"
  int status = 0;      // HTTP status sent
};

class AuditLog {
 public:
  static Result<std::unique_ptr<AuditLog>> open(const std::filesystem::path& path);

  Result<bool> append(const AuditEntry& entry);
  // Every row, oldest first (for tests and for operations' exports).
  Result<std::vector<AuditEntry>> read_all();

 private:
  explicit AuditLog(std::unique_ptr<storage::Database> db, storage::Statement insert)
      : db_(std::move(db)), insert_(std::move(insert)) {}
  std::mutex mutex_;
  std::unique_ptr<storage::Database> db_;
  storage::Statement insert_;
};

}  // namespace anju::clipserver
