#pragma once
// Alarm latencies (call sent -> raised alarm at a console) kept per sampling window and for the
// whole run, with percentiles. Thread-safe: the console's bus thread adds, the main thread reads.
#include <algorithm>
#include <cstddef>
#include <mutex>
#include <vector>

namespace anju::soak {

struct Percentiles {
  std::size_t count = 0;
  double p50 = 0, p99 = 0, max = 0;
};

inline Percentiles percentiles(std::vector<double> v) {
  Percentiles p;
  p.count = v.size();
  if (v.empty()) return p;
  std::sort(v.begin(), v.end());
  const auto at = [&](double q) {
    return v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))];
  };
  p.p50 = at(0.50);
  p.p99 = at(0.99);
  p.max = v.back();
  return p;
}

class LatencyLog {
 public:
  void add(double ms, bool storm) {
    std::lock_guard lock(mutex_);
    window_.push_back(ms);
    (storm ? storm_ : all_).push_back(ms);
  }
  // The window since the last call, then a new window.
  Percentiles take_window() {
    std::lock_guard lock(mutex_);
    auto p = percentiles(std::move(window_));
    window_.clear();
    return p;
  }
  Percentiles background() const {
    std::lock_guard lock(mutex_);
    return percentiles(all_);
  }
  Percentiles storms() const {
    std::lock_guard lock(mutex_);
    return percentiles(storm_);
  }

 private:
  mutable std::mutex mutex_;
  std::vector<double> window_, all_, storm_;
};

}  // namespace anju::soak
