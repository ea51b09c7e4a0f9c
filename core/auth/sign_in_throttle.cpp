#include "auth/sign_in_throttle.h"

namespace anju::auth {

std::string address_without_port(const std::string& remote) {
  const auto colon = remote.rfind(':');
  return colon == std::string::npos ? remote : remote.substr(0, colon);
}

bool SignInThrottle::allowed(const std::string& address) {
  const TimestampMs now = clock_.now_ms();
  std::lock_guard lock(mutex_);
  const auto it = failures_.find(address);
  if (it == failures_.end()) return true;
  if (now - it->second.first_ms >= window_ms_) {
    failures_.erase(it);
    return true;
  }
  return it->second.count < max_failures_;
}

void SignInThrottle::failed(const std::string& address) {
  const TimestampMs now = clock_.now_ms();
  std::lock_guard lock(mutex_);
  auto it = failures_.find(address);
  if (it != failures_.end() && now - it->second.first_ms < window_ms_) {
    ++it->second.count;
    return;
  }
  if (it == failures_.end() && failures_.size() >= max_addresses_) {
    std::erase_if(failures_,
                  [&](const auto& kv) { return now - kv.second.first_ms >= window_ms_; });
    if (failures_.size() >= max_addresses_) return;  // table full of live entries: not tracked
  }
  failures_[address] = Failures{1, now};
}

void SignInThrottle::succeeded(const std::string& address) {
  std::lock_guard lock(mutex_);
  failures_.erase(address);
}

}  // namespace anju::auth
