#pragma once
// The clip store on disk, as the server reaches it: files opened relative to the day folder with
// O_NOFOLLOW (a symbolic link planted in the store is not followed out of it), regular files only,
// and the .keep marker that retention honours.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <utility>

#include "clipserver/clip_path.h"
#include "common/result.h"

namespace anju::clipserver {

// Owns a file descriptor.
class UniqueFd {
 public:
  UniqueFd() = default;
  explicit UniqueFd(int fd) : fd_(fd) {}
  UniqueFd(UniqueFd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  UniqueFd& operator=(UniqueFd&& other) noexcept;
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  ~UniqueFd();
  int get() const { return fd_; }
  explicit operator bool() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

struct OpenedFile {
  UniqueFd fd;
  std::uint64_t size = 0;
};

class ClipFiles {
 public:
  explicit ClipFiles(std::filesystem::path root) : root_(std::move(root)) {}

  // The file, nullopt when it does not exist (or is not a regular file), an error on I/O trouble.
  Result<std::optional<OpenedFile>> open(const ClipTarget& target) const;
  // Whether any file of the clip is there (original, privacy version or sidecar).
  bool exists(const std::string& day, const std::string& name) const;
  // Creates or removes <name>.keep (synced, so a crash right after does not undo it).
  Result<bool> set_keep(const std::string& day, const std::string& name, bool keep) const;
  bool kept(const std::string& day, const std::string& name) const;

  const std::filesystem::path& root() const { return root_; }

 private:
  UniqueFd open_day(const std::string& day) const;

  std::filesystem::path root_;
};

}  // namespace anju::clipserver
