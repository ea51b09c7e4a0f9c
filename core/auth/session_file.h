#pragma once
// Sign-in sessions that outlive a restart of the server that issued them: the phone gateway keeps
// its nurses' 12-hour tokens here, so an upgrade or a crash of anju-phoned does not sign every
// nurse out in the middle of a shift (and skip her phone until she signs in again). Only the
// SHA-256 of each token is stored, so a copy of the file signs nobody in; a row lasts as long as
// its token. SQLite (storage::Database): a save survives a crash of the process.
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>

#include "auth/token_store.h"
#include "common/clock.h"
#include "common/result.h"
#include "storage/sqlite.h"

namespace anju::auth {

class SessionFile {
 public:
  static Result<std::unique_ptr<SessionFile>> open(const std::filesystem::path& path,
                                                   const Clock& clock);

  Result<bool> save(std::string_view token, const Session& session);
  // The session of a token that has not expired; expired rows are dropped on the way.
  std::optional<Session> find(std::string_view token);
  Result<bool> remove(std::string_view token);  // signed out

 private:
  SessionFile(std::unique_ptr<storage::Database> db, const Clock& clock)
      : db_(std::move(db)), clock_(clock) {}
  std::unique_ptr<storage::Database> db_;
  const Clock& clock_;
};

// SHA-256, hex encoded.
std::string sha256_hex(std::string_view data);

}  // namespace anju::auth
