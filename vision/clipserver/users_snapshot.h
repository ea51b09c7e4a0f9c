#pragma once
// A private copy of the console users file for one sign-in check. The installed file stays
// untouched and may sit on a read-only file system (systemd ProtectSystem=strict): SQLite would
// need to write next to it (WAL index, mode change), so the server opens a copy in its scratch
// folder instead. A new file from operations takes effect at the next sign-in.
#include <filesystem>
#include <memory>

#include "auth/user_store.h"
#include "common/result.h"

namespace anju::clipserver {

class UsersSnapshot {
 public:
  // Copies `users_file` (and its -wal file, if one lies beside it) into `scratch_dir` and opens it.
  static Result<std::unique_ptr<UsersSnapshot>> take(const std::filesystem::path& users_file,
                                                     const std::filesystem::path& scratch_dir);
  ~UsersSnapshot();  // closes and deletes the copy
  UsersSnapshot(const UsersSnapshot&) = delete;
  UsersSnapshot& operator=(const UsersSnapshot&) = delete;

  auth::UserStore& store() { return *store_; }

 private:
  explicit UsersSnapshot(std::filesystem::path copy) : copy_(std::move(copy)) {}
  std::filesystem::path copy_;
  std::unique_ptr<auth::UserStore> store_;
};

}  // namespace anju::clipserver
