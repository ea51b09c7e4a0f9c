#include "auth/token_store.h"

#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace anju::auth {
namespace {

constexpr std::size_t kTokenBytes = 32;

std::optional<std::string> random_token() {
  std::array<unsigned char, kTokenBytes> bytes{};
  if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) return std::nullopt;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char b : bytes) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 0xF]);
  }
  return out;
}

bool well_formed(std::string_view token) {
  return token.size() == kTokenBytes * 2 && std::all_of(token.begin(), token.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) || (c >= 'a' && c <= 'f');
         });
}

}  // namespace

std::optional<std::string> TokenStore::issue(const std::string& user, auth::Role role) {
  auto token = random_token();
  if (!token) return std::nullopt;
  const TimestampMs now = clock_.now_ms();
  std::lock_guard lock(mutex_);
  drop_expired(now);  // O(sessions), next to a PBKDF2 check that costs far more
  if (sessions_.size() >= max_sessions_) return std::nullopt;
  sessions_[*token] = Session{user, role, now + ttl_ms_};
  return token;
}

std::optional<Session> TokenStore::check(std::string_view token) const {
  if (!well_formed(token)) return std::nullopt;
  const TimestampMs now = clock_.now_ms();
  std::lock_guard lock(mutex_);
  const auto it = sessions_.find(std::string(token));
  if (it == sessions_.end() || now >= it->second.expires_ms) return std::nullopt;
  return it->second;
}

void TokenStore::revoke(std::string_view token) {
  std::lock_guard lock(mutex_);
  sessions_.erase(std::string(token));
}

std::size_t TokenStore::size() const {
  std::lock_guard lock(mutex_);
  return sessions_.size();
}

void TokenStore::drop_expired(TimestampMs now) {
  std::erase_if(sessions_, [now](const auto& kv) { return now >= kv.second.expires_ms; });
}

}  // namespace anju::auth
