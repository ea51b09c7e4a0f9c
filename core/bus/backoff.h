#pragma once
// Delays between reconnect attempts: exponential growth from `min` to `max`, with jitter so that
// a hundred kiosks that lost the broker together do not all knock again in the same millisecond.
// Each delay is drawn from [ceiling / 2, ceiling], ceiling = min(max, min * 2^attempt).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <random>

namespace anju::bus {

class Backoff {
 public:
  Backoff(std::chrono::milliseconds min, std::chrono::milliseconds max,
          std::uint64_t seed = std::random_device{}())
      : min_(std::max<std::chrono::milliseconds::rep>(1, min.count())),
        max_(std::max(min_, max.count())),
        rng_(seed) {}

  // The delay to wait before the next attempt; each call counts one failed attempt.
  std::chrono::milliseconds next() {
    std::int64_t ceiling = min_;
    for (int i = 0; i < attempts_ && ceiling < max_; ++i) ceiling *= 2;
    ceiling = std::min(ceiling, max_);
    ++attempts_;
    std::uniform_int_distribution<std::int64_t> jitter(ceiling / 2, ceiling);
    return std::chrono::milliseconds(jitter(rng_));
  }

  // After a success: the next failure waits the shortest time again.
  void reset() { attempts_ = 0; }
  int attempts() const { return attempts_; }

 private:
  std::int64_t min_;
  std::int64_t max_;
  int attempts_ = 0;
  std::mt19937_64 rng_;
};

}  // namespace anju::bus
