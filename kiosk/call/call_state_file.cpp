#include "call/call_state_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace anju::kiosk {
namespace {

constexpr int kFormatVersion = 1;

Error io_error(const std::string& what, const std::filesystem::path& path) {
  return Error{ErrorCode::kIo, what + " " + path.string() + ": " + std::strerror(errno)};
}

// Writes and flushes to the disk before the rename makes it the state file.
bool write_durably(const std::filesystem::path& path, const std::string& text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return false;
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      return false;
    }
    written += static_cast<std::size_t>(n);
  }
  const bool synced = ::fsync(fd) == 0;
  return ::close(fd) == 0 && synced;
}

}  // namespace

std::string CallStateFile::to_json(const CallSnapshot& s) {
  nlohmann::json requests = nlohmann::json::array();
  for (const auto& r : s.requests)
    requests.push_back({{"kind", std::string(to_string(r.kind))}, {"asked_ts", r.asked_ts}});
  const nlohmann::json j = {
      {"format", kFormatVersion},
      {"phase", std::string(to_string(s.phase))},
      {"emergency", s.kind == CallKind::kEmergency},
      {"station_confirmed", s.station_confirmed},
      {"resident_reported_ok", s.resident_reported_ok},
      {"staff", s.staff},
      {"alarm", s.alarm},
      {"placed_ts", s.placed_ts},
      {"last_action_ts", s.last_action_ts},
      {"requests", requests},
  };
  return j.dump(2) + "\n";
}

Result<CallSnapshot> CallStateFile::from_json(const std::string& text) {
  const auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Error{ErrorCode::kMalformed, "not a JSON object"};
  if (j.value("format", 0) != kFormatVersion)
    return Error{ErrorCode::kUnsupportedVersion, "unknown state file format"};
  try {
    CallSnapshot s;
    const auto phase = parse_call_phase(j.at("phase").get<std::string>());
    if (!phase) return Error{ErrorCode::kInvalidValue, "phase"};
    s.phase = *phase;
    s.kind = j.value("emergency", false) ? CallKind::kEmergency : CallKind::kCall;
    s.station_confirmed = j.value("station_confirmed", false);
    s.resident_reported_ok = j.value("resident_reported_ok", false);
    s.staff = j.value("staff", "");
    s.alarm = j.value("alarm", "");
    s.placed_ts = j.value("placed_ts", TimestampMs{0});
    s.last_action_ts = j.value("last_action_ts", TimestampMs{0});
    for (const auto& r : j.value("requests", nlohmann::json::array())) {
      const auto kind = parse_service_kind(r.at("kind").get<std::string>());
      if (!kind) return Error{ErrorCode::kInvalidValue, "requests.kind"};
      s.requests.push_back({*kind, r.at("asked_ts").get<TimestampMs>()});
    }
    return s;
  } catch (const nlohmann::json::exception& e) {
    return Error{ErrorCode::kWrongType, e.what()};
  }
}

Result<std::optional<CallSnapshot>> CallStateFile::load() const {
  std::ifstream in(path_);
  if (!in) {
    if (!std::filesystem::exists(path_)) return std::optional<CallSnapshot>{};
    return io_error("cannot read", path_);
  }
  std::stringstream text;
  text << in.rdbuf();
  auto parsed = from_json(text.str());
  if (!parsed) return Error{parsed.error().code, path_.string() + ": " + parsed.error().reason};
  return std::optional<CallSnapshot>(std::move(parsed).value());
}

Result<bool> CallStateFile::save(const CallSnapshot& snapshot) const {
  auto tmp = path_;
  tmp += ".tmp";
  if (!write_durably(tmp, to_json(snapshot))) return io_error("cannot write", tmp);
  if (::rename(tmp.c_str(), path_.c_str()) != 0) return io_error("cannot replace", path_);
  return true;
}

}  // namespace anju::kiosk
