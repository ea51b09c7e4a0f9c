#pragma once
// Failed sign-ins per client address: after `max_failures` within the window, that address is
// answered 429 without a password check until the window has passed. Every check is a PBKDF2 on
// the vision node's CPU, which fall detection needs; this keeps a guessing client from taking it
// (and slows guessing to a few tries a minute).
#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

#include "common/clock.h"

namespace anju::auth {

class SignInThrottle {
 public:
  explicit SignInThrottle(const Clock& clock, int max_failures = 10, TimestampMs window_ms = 60'000,
                          std::size_t max_addresses = 10'000)
      : clock_(clock),
        max_failures_(max_failures),
        window_ms_(window_ms),
        max_addresses_(max_addresses) {}

  bool allowed(const std::string& address);
  void failed(const std::string& address);
  void succeeded(const std::string& address);

 private:
  struct Failures {
    int count = 0;
    TimestampMs first_ms = 0;
  };
  const Clock& clock_;
  const int max_failures_;
  const TimestampMs window_ms_;
  const std::size_t max_addresses_;
  std::mutex mutex_;
  std::unordered_map<std::string, Failures> failures_;
};

// "10.0.0.7:51234" -> "10.0.0.7", "[::1]:5000" -> "[::1]": the client's address without its port.
std::string address_without_port(const std::string& remote);

}  // namespace anju::auth
