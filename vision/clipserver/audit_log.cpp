#include "clipserver/audit_log.h"

namespace anju::clipserver {

std::string_view to_string(AuditAction action) {
  switch (action) {
    case AuditAction::kView:
      return "view";
    case AuditAction::kExport:
      return "export";
    case AuditAction::kKeep:
      return "keep";
    case AuditAction::kUnkeep:
      return "unkeep";
    case AuditAction::kRefused:
      return "refused";
    case AuditAction::kSession:
      return "session";
  }
  return "refused";
}

std::optional<AuditAction> parse_audit_action(std::string_view s) {
  for (auto a : {AuditAction::kView, AuditAction::kExport, AuditAction::kKeep, AuditAction::kUnkeep,
                 AuditAction::kRefused, AuditAction::kSession})
    if (to_string(a) == s) return a;
  return std::nullopt;
}

Result<std::unique_ptr<AuditLog>> AuditLog::open(const std::filesystem::path& path) {
  auto db = storage::Database::open(path);
  if (!db) return db.error();
  auto created = db.value()->exec(
      "CREATE TABLE IF NOT EXISTS clip_audit(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
      " ts INTEGER NOT NULL, user TEXT NOT NULL, role TEXT NOT NULL, clip TEXT NOT NULL,"
      " action TEXT NOT NULL, remote TEXT NOT NULL, status INTEGER NOT NULL)");
  if (!created) return created.error();
  auto insert = db.value()->prepare(
      "INSERT INTO clip_audit(ts, user, role, clip, action, remote, status)"
      " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  if (!insert) return insert.error();
  return std::unique_ptr<AuditLog>(new AuditLog(std::move(db).value(), std::move(insert).value()));
}

Result<bool> AuditLog::append(const AuditEntry& e) {
  std::lock_guard lock(mutex_);
  return insert_.bind(1, static_cast<std::int64_t>(e.ts))
      .bind(2, e.user)
      .bind(3, e.role)
      .bind(4, e.clip)
      .bind(5, to_string(e.action))
      .bind(6, e.remote)
      .bind(7, e.status)
      .run();
}

Result<std::vector<AuditEntry>> AuditLog::read_all() {
  std::lock_guard lock(mutex_);
  auto stmt = db_->prepare(
      "SELECT ts, user, role, clip, action, remote, status FROM clip_audit ORDER BY seq");
  if (!stmt) return stmt.error();
  std::vector<AuditEntry> out;
  for (;;) {
    auto row = stmt.value().step();
    if (!row) return row.error();
    if (!row.value()) break;
    auto& s = stmt.value();
    out.push_back({s.column_int(0), s.column_text(1), s.column_text(2), s.column_text(3),
                   parse_audit_action(s.column_text(4)).value_or(AuditAction::kRefused),
                   s.column_text(5), static_cast<int>(s.column_int(6))});
  }
  return out;
}

}  // namespace anju::clipserver
