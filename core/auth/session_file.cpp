#include "auth/session_file.h"

#include <openssl/evp.h>

#include <array>

namespace anju::auth {

std::string sha256_hex(std::string_view data) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int size = 0;
  EVP_Digest(data.data(), data.size(), digest.data(), &size, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < size; ++i) {
    out.push_back(kHex[digest[i] >> 4]);
    out.push_back(kHex[digest[i] & 0xF]);
  }
  return out;
}

Result<std::unique_ptr<SessionFile>> SessionFile::open(const std::filesystem::path& path,
                                                       const Clock& clock) {
  auto db = storage::Database::open(path);
  if (!db) return db.error();
  auto r = db.value()->exec(
      "CREATE TABLE IF NOT EXISTS sessions(token_sha256 TEXT PRIMARY KEY, user TEXT NOT NULL,"
      " role TEXT NOT NULL, expires_ms INTEGER NOT NULL)");
  if (!r) return r.error();
  return std::unique_ptr<SessionFile>(new SessionFile(std::move(db).value(), clock));
}

Result<bool> SessionFile::save(std::string_view token, const Session& session) {
  auto stmt = db_->prepare(
      "INSERT OR REPLACE INTO sessions(token_sha256, user, role, expires_ms) VALUES(?1,?2,?3,?4)");
  if (!stmt) return stmt.error();
  return stmt.value()
      .bind(1, sha256_hex(token))
      .bind(2, session.user)
      .bind(3, to_string(session.role))
      .bind(4, static_cast<std::int64_t>(session.expires_ms))
      .run();
}

std::optional<Session> SessionFile::find(std::string_view token) {
  const TimestampMs now = clock_.now_ms();
  if (auto drop = db_->prepare("DELETE FROM sessions WHERE expires_ms <= ?1"))
    drop.value().bind(1, static_cast<std::int64_t>(now)).run();
  auto stmt = db_->prepare("SELECT user, role, expires_ms FROM sessions WHERE token_sha256 = ?1");
  if (!stmt) return std::nullopt;
  auto& s = stmt.value();
  s.bind(1, sha256_hex(token));
  auto row = s.step();
  if (!row || !row.value()) return std::nullopt;
  const auto role = parse_role(s.column_text(1));
  const TimestampMs expires = s.column_int(2);
  if (!role || expires <= now) return std::nullopt;
  return Session{s.column_text(0), *role, expires};
}

Result<bool> SessionFile::remove(std::string_view token) {
  auto stmt = db_->prepare("DELETE FROM sessions WHERE token_sha256 = ?1");
  if (!stmt) return stmt.error();
  return stmt.value().bind(1, sha256_hex(token)).run();
}

}  // namespace anju::auth
