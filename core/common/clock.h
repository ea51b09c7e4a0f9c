#pragma once
// Time as the rest of Anju sees it: milliseconds since the Unix epoch, behind an interface so that
// tests drive escalation, supervision and retention with a manual clock instead of sleeping.
#include <atomic>
#include <chrono>
#include <cstdint>

namespace anju {

using TimestampMs = std::int64_t;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimestampMs now_ms() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimestampMs now_ms() const override {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
  }
  static const SystemClock& instance() {
    static const SystemClock clock;
    return clock;
  }
};

class ManualClock final : public Clock {
 public:
  explicit ManualClock(TimestampMs start = 1'700'000'000'000) : now_(start) {}
  TimestampMs now_ms() const override { return now_.load(); }
  void set(TimestampMs t) { now_.store(t); }
  void advance(TimestampMs delta) { now_.fetch_add(delta); }

 private:
  std::atomic<TimestampMs> now_;
};

}  // namespace anju
