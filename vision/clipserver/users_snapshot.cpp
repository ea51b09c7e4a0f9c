#include "clipserver/users_snapshot.h"

#include <unistd.h>

#include <atomic>
#include <string>

namespace anju::clipserver {
namespace fs = std::filesystem;

Result<std::unique_ptr<UsersSnapshot>> UsersSnapshot::take(const fs::path& users_file,
                                                           const fs::path& scratch_dir) {
  std::error_code ec;
  // Never let SQLite create an empty users file where operations should have put one.
  if (!fs::is_regular_file(users_file, ec))
    return Error{ErrorCode::kIo, "users file " + users_file.string() + " is missing"};
  static std::atomic<unsigned> counter{0};
  const fs::path copy = scratch_dir / ("anju-clipd-users-" + std::to_string(::getpid()) + "-" +
                                       std::to_string(counter++) + ".db");
  std::unique_ptr<UsersSnapshot> snapshot(new UsersSnapshot(copy));  // cleans up from here on
  fs::copy_file(users_file, copy, fs::copy_options::overwrite_existing, ec);
  if (ec)
    return Error{ErrorCode::kIo, "cannot copy users file " + users_file.string() + " to " +
                                     copy.string() + ": " + ec.message()};
  fs::path wal = users_file;
  wal += "-wal";
  if (fs::is_regular_file(wal, ec)) {
    fs::path wal_copy = copy;
    wal_copy += "-wal";
    fs::copy_file(wal, wal_copy, fs::copy_options::overwrite_existing, ec);
    if (ec) return Error{ErrorCode::kIo, "cannot copy " + wal.string() + ": " + ec.message()};
  }
  auto store = auth::UserStore::open(copy, auth::UserStore::kDefaultIterations);
  if (!store) return store.error();
  snapshot->store_ = std::move(store).value();
  return snapshot;
}

UsersSnapshot::~UsersSnapshot() {
  store_.reset();  // close before deleting
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    fs::path p = copy_;
    p += suffix;
    fs::remove(p, ec);
  }
}

}  // namespace anju::clipserver
