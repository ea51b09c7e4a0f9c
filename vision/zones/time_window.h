#pragma once
// When a zone rule is armed: daily windows such as "22:00-06:00" (wrapping midnight), optionally
// limited to weekdays. Times are the camera site's local wall-clock time.
#include <optional>
#include <string>
#include <vector>

namespace anju::vision {

struct LocalTime {
  int minute_of_day = 0;  // 0..1439
  int weekday = 0;        // 0 = Sunday .. 6 = Saturday
};

struct DailyWindow {
  int from_minute = 0;        // inclusive
  int to_minute = 24 * 60;    // exclusive; less than from_minute: the window wraps midnight
  std::vector<int> weekdays;  // the day the window starts on; empty = every day

  bool contains(LocalTime now) const;
};

// "HH:MM" -> minutes since midnight ("24:00" allowed as the end of the day).
std::optional<int> parse_clock_time(const std::string& text);

// True if any window contains `now`; no windows at all means always.
bool any_contains(const std::vector<DailyWindow>& windows, LocalTime now);

}  // namespace anju::vision
