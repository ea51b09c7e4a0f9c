#pragma once
// A small local file with the call state, so a kiosk that crashed or lost power shows the call
// again at once on restart, before (or without) the broker's retained room summary. Written
// atomically (temporary file, fsync, rename): a crash leaves the old or the new state, never half.
#include <filesystem>
#include <optional>
#include <string>

#include "call/call_snapshot.h"
#include "common/result.h"

namespace anju::kiosk {

class CallStateFile {
 public:
  explicit CallStateFile(std::filesystem::path path) : path_(std::move(path)) {}

  // The saved snapshot; nullopt if there is no file yet; an error for a file that cannot be read
  // or parsed (the caller starts idle and logs it: the retained summary will correct it).
  Result<std::optional<CallSnapshot>> load() const;
  Result<bool> save(const CallSnapshot& snapshot) const;

  const std::filesystem::path& path() const { return path_; }

  static std::string to_json(const CallSnapshot& snapshot);
  static Result<CallSnapshot> from_json(const std::string& json);

 private:
  std::filesystem::path path_;
};

}  // namespace anju::kiosk
