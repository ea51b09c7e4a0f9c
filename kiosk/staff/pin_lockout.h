#pragma once
// Slows down guessing at the staff keypad: after a few wrong codes in a row the keypad refuses
// codes for a while. Staff see how long; residents are never affected (the call button works).
#include "common/clock.h"

namespace anju::kiosk {

class PinLockout {
 public:
  static constexpr int kMaxFailures = 5;
  static constexpr TimestampMs kLockMs = 60'000;

  explicit PinLockout(const Clock& clock) : clock_(clock) {}

  bool locked() const { return seconds_left() > 0; }
  int seconds_left() const {
    const TimestampMs left = locked_until_ - clock_.now_ms();
    return left > 0 ? static_cast<int>((left + 999) / 1000) : 0;
  }
  void record_failure() {
    if (++failures_ < kMaxFailures) return;
    failures_ = 0;
    locked_until_ = clock_.now_ms() + kLockMs;
  }
  void record_success() { failures_ = 0; }

 private:
  const Clock& clock_;
  int failures_ = 0;
  TimestampMs locked_until_ = 0;
};

}  // namespace anju::kiosk
