#pragma once
// Today's activities and menu, from a JSON file the facility edits (format in docs/kiosk.md,
// sample in assets/kiosk/day-schedule.json). Entries repeat on weekdays ("days") or belong to one
// date ("date"); a dated menu entry replaces the recurring one for that meal on that date.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "facility/localized_text.h"

namespace anju::kiosk {

struct Activity {
  int start_min = 0;  // minutes after midnight
  int end_min = -1;   // -1: not given (taken as one hour for "happening now")
  LocalizedText title;
  LocalizedText place;
  bool operator==(const Activity&) const = default;
  int effective_end_min() const { return end_min >= 0 ? end_min : start_min + 60; }
};

enum class Meal { kBreakfast, kLunch, kDinner, kSnack };
std::string_view to_string(Meal meal);  // breakfast | lunch | dinner | snack

struct MenuEntry {
  Meal meal = Meal::kBreakfast;
  int time_min = -1;  // optional serving time
  LocalizedText dishes;
  bool operator==(const MenuEntry&) const = default;
};

// When an entry applies: on a date, or on weekdays (bit 0 = Sunday ... bit 6 = Saturday).
struct Recurrence {
  std::optional<std::chrono::year_month_day> date;
  unsigned weekdays = 0x7F;
  bool applies_on(std::chrono::year_month_day day) const;
};

class DaySchedule {
 public:
  static Result<DaySchedule> parse(std::string_view json);

  // Sorted by start time.
  std::vector<Activity> activities_on(std::chrono::year_month_day day) const;
  // In the order of the day (breakfast, lunch, snack, dinner), one entry per meal.
  std::vector<MenuEntry> menu_on(std::chrono::year_month_day day) const;

  // The activity going on at minute `now_min` of that day's list, and the next one to start.
  static std::optional<Activity> current(const std::vector<Activity>& today, int now_min);
  static std::optional<Activity> next(const std::vector<Activity>& today, int now_min);

 private:
  std::vector<std::pair<Recurrence, Activity>> activities_;
  std::vector<std::pair<Recurrence, MenuEntry>> menu_;
};

}  // namespace anju::kiosk
