#include "zones/time_window.h"

#include <algorithm>

namespace anju::vision {
namespace {

bool day_listed(const std::vector<int>& days, int day) {
  return days.empty() || std::find(days.begin(), days.end(), day) != days.end();
}

}  // namespace

bool DailyWindow::contains(LocalTime now) const {
  const int m = now.minute_of_day;
  if (from_minute <= to_minute) {
    return m >= from_minute && m < to_minute && day_listed(weekdays, now.weekday);
  }
  // Wraps midnight: the part after midnight belongs to the window that started the day before.
  if (m >= from_minute) return day_listed(weekdays, now.weekday);
  if (m < to_minute) return day_listed(weekdays, (now.weekday + 6) % 7);
  return false;
}

std::optional<int> parse_clock_time(const std::string& text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (const std::size_t i : {0u, 1u, 3u, 4u}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const int h = (text[0] - '0') * 10 + (text[1] - '0');
  const int m = (text[3] - '0') * 10 + (text[4] - '0');
  if (m > 59 || h > 24 || (h == 24 && m != 0)) return std::nullopt;
  return h * 60 + m;
}

bool any_contains(const std::vector<DailyWindow>& windows, LocalTime now) {
  return windows.empty() || std::any_of(windows.begin(), windows.end(),
                                        [&](const DailyWindow& w) { return w.contains(now); });
}

}  // namespace anju::vision
