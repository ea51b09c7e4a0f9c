#pragma once
// Short-lived bearer tokens for signed-in staff: 256 random bits, bound to the user and role they
// were issued to, held in memory only (a restart signs everyone out; auth/session_file.h keeps
// them across restarts where that matters), expired by the injected clock.
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "auth/user_store.h"
#include "common/clock.h"

namespace anju::auth {

struct Session {
  std::string user;
  auth::Role role = auth::Role::kNurse;
  TimestampMs expires_ms = 0;
};

class TokenStore {
 public:
  static constexpr TimestampMs kDefaultTtlMs = 5 * 60 * 1000;
  static constexpr std::size_t kDefaultMaxSessions = 10'000;

  explicit TokenStore(const Clock& clock, TimestampMs ttl_ms = kDefaultTtlMs,
                      std::size_t max_sessions = kDefaultMaxSessions)
      : clock_(clock), ttl_ms_(ttl_ms), max_sessions_(max_sessions) {}

  // A new token (64 hex characters), or nullopt when the table is full of live sessions or the
  // random generator failed.
  std::optional<std::string> issue(const std::string& user, auth::Role role);
  // The session a token belongs to while it has not expired.
  std::optional<Session> check(std::string_view token) const;
  void revoke(std::string_view token);  // signed out
  TimestampMs ttl_ms() const { return ttl_ms_; }
  std::size_t size() const;

 private:
  void drop_expired(TimestampMs now);

  const Clock& clock_;
  const TimestampMs ttl_ms_;
  const std::size_t max_sessions_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Session> sessions_;
};

}  // namespace anju::auth
