#include "clipserver/clip_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace anju::clipserver {
namespace {

bool is_missing(int err) {
  return err == ENOENT || err == ENOTDIR || err == ELOOP;
}

bool regular_file_at(int dir, const std::string& name) {
  struct stat st {};
  return fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode);
}

}  // namespace

UniqueFd& UniqueFd::operator=(UniqueFd&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

UniqueFd::~UniqueFd() {
  if (fd_ >= 0) ::close(fd_);
}

UniqueFd ClipFiles::open_day(const std::string& day) const {
  const auto dir = root_ / day;
  return UniqueFd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
}

Result<std::optional<OpenedFile>> ClipFiles::open(const ClipTarget& target) const {
  if (!valid_day(target.day) || !valid_clip_name(target.name))
    return std::optional<OpenedFile>{};  // not a name of the layout: cannot exist
  UniqueFd day = open_day(target.day);
  if (!day) {
    if (is_missing(errno)) return std::optional<OpenedFile>{};
    return Error{ErrorCode::kIo,
                 "cannot open day folder " + target.day + ": " + std::strerror(errno)};
  }
  const std::string name = target.file_name();
  UniqueFd fd(::openat(day.get(), name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
  if (!fd) {
    if (is_missing(errno)) return std::optional<OpenedFile>{};
    return Error{ErrorCode::kIo,
                 "cannot open " + target.day + "/" + name + ": " + std::strerror(errno)};
  }
  struct stat st {};
  if (fstat(fd.get(), &st) != 0)
    return Error{ErrorCode::kIo,
                 "cannot stat " + target.day + "/" + name + ": " + std::strerror(errno)};
  if (!S_ISREG(st.st_mode)) return std::optional<OpenedFile>{};  // a FIFO, a folder...
  return std::optional<OpenedFile>(
      OpenedFile{std::move(fd), static_cast<std::uint64_t>(st.st_size)});
}

bool ClipFiles::exists(const std::string& day, const std::string& name) const {
  if (!valid_day(day) || !valid_clip_name(name)) return false;
  UniqueFd dir = open_day(day);
  if (!dir) return false;
  for (const char* ext : {".mp4", ".privacy.mp4", ".json"})
    if (regular_file_at(dir.get(), name + ext)) return true;
  return false;
}

bool ClipFiles::kept(const std::string& day, const std::string& name) const {
  if (!valid_day(day) || !valid_clip_name(name)) return false;
  UniqueFd dir = open_day(day);
  return dir && regular_file_at(dir.get(), name + ".keep");
}

Result<bool> ClipFiles::set_keep(const std::string& day, const std::string& name, bool keep) const {
  if (!valid_day(day) || !valid_clip_name(name))
    return Error{ErrorCode::kInvalidValue, "not a clip id: " + printable(day + "/" + name)};
  UniqueFd dir = open_day(day);
  if (!dir)
    return Error{ErrorCode::kIo, "cannot open day folder " + day + ": " + std::strerror(errno)};
  const std::string marker = name + ".keep";
  if (keep) {
    UniqueFd fd(
        ::openat(dir.get(), marker.c_str(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!fd) return Error{ErrorCode::kIo, "cannot create " + marker + ": " + std::strerror(errno)};
    if (fsync(fd.get()) != 0)
      return Error{ErrorCode::kIo, "cannot sync " + marker + ": " + std::strerror(errno)};
  } else if (::unlinkat(dir.get(), marker.c_str(), 0) != 0 && errno != ENOENT) {
    return Error{ErrorCode::kIo, "cannot remove " + marker + ": " + std::strerror(errno)};
  }
  if (fsync(dir.get()) != 0)
    return Error{ErrorCode::kIo, "cannot sync day folder " + day + ": " + std::strerror(errno)};
  return true;
}

}  // namespace anju::clipserver
