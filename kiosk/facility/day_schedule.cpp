#include "facility/day_schedule.h"

#include <algorithm>
#include <array>
#include <sstream>

#include "facility/json_fields.h"

namespace anju::kiosk {

using nlohmann::json;
namespace jf = json_fields;

namespace {

constexpr int kScheduleFormatVersion = 1;
constexpr std::array<std::string_view, 7> kWeekdays{"sun", "mon", "tue", "wed",
                                                    "thu", "fri", "sat"};
// In the order of the day (the menu is listed in this order).
constexpr std::array<std::pair<Meal, std::string_view>, 4> kMeals{{{Meal::kBreakfast, "breakfast"},
                                                                   {Meal::kLunch, "lunch"},
                                                                   {Meal::kSnack, "snack"},
                                                                   {Meal::kDinner, "dinner"}}};

Result<std::chrono::year_month_day> parse_date(const std::string& s, const std::string& where) {
  int y = 0;
  unsigned m = 0, d = 0;
  char dash1 = 0, dash2 = 0;
  std::istringstream in(s);
  in >> y >> dash1 >> m >> dash2 >> d;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m},
                                        std::chrono::day{d}};
  if (!in || !in.eof() || dash1 != '-' || dash2 != '-' || s.size() != 10 || !ymd.ok())
    return Error{ErrorCode::kInvalidValue, where + ".date: expected YYYY-MM-DD, got '" + s + "'"};
  return ymd;
}

Result<Recurrence> parse_recurrence(const json& entry, const std::string& where) {
  Recurrence r;
  auto date = jf::string(entry, "date", where, false);
  if (!date) return date.error();
  if (!date->empty()) {
    auto ymd = parse_date(date.value(), where);
    if (!ymd) return ymd.error();
    r.date = ymd.value();
  }
  if (!entry.contains("days")) return r;
  const auto& days = entry.at("days");
  if (!days.is_array()) return Error{ErrorCode::kWrongType, where + ".days: expected a list"};
  if (r.date)
    return Error{ErrorCode::kInvalidValue, where + ": give \"date\" or \"days\", not both"};
  r.weekdays = 0;
  for (const auto& d : days) {
    const std::string name = d.is_string() ? d.get<std::string>() : "";
    if (name == "daily") {
      r.weekdays = 0x7F;
      continue;
    }
    const auto it = std::find(kWeekdays.begin(), kWeekdays.end(), name);
    if (it == kWeekdays.end())
      return Error{ErrorCode::kInvalidValue, where + ".days: unknown day '" + name +
                                                 "' (use mon tue wed thu fri sat sun or daily)"};
    r.weekdays |= 1U << (it - kWeekdays.begin());
  }
  return r;
}

Result<Activity> parse_activity(const json& e, const std::string& where) {
  Activity a;
  auto start = jf::time_of_day(e, "start", where, true);
  if (!start) return start.error();
  auto end = jf::time_of_day(e, "end", where, false);
  if (!end) return end.error();
  auto title = jf::text(e, "title", where, true);
  if (!title) return title.error();
  auto place = jf::text(e, "place", where, false);
  if (!place) return place.error();
  a.start_min = start.value();
  a.end_min = end.value();
  if (a.end_min >= 0 && a.end_min <= a.start_min)
    return Error{ErrorCode::kInvalidValue, where + ".end: must be after start"};
  a.title = title.value();
  a.place = place.value();
  return a;
}

Result<MenuEntry> parse_menu_entry(const json& e, const std::string& where) {
  MenuEntry m;
  auto meal = jf::string(e, "meal", where, true);
  if (!meal) return meal.error();
  const auto it = std::find_if(kMeals.begin(), kMeals.end(),
                               [&](const auto& p) { return p.second == meal.value(); });
  if (it == kMeals.end())
    return Error{ErrorCode::kInvalidValue, where + ".meal: unknown meal '" + meal.value() +
                                               "' (breakfast lunch dinner snack)"};
  m.meal = it->first;
  auto time = jf::time_of_day(e, "time", where, false);
  if (!time) return time.error();
  m.time_min = time.value();
  auto dishes = jf::text(e, "dishes", where, true);
  if (!dishes) return dishes.error();
  m.dishes = dishes.value();
  return m;
}

template <class T>
Result<std::vector<std::pair<Recurrence, T>>> parse_list(
    const json& root, const char* key, Result<T> (*parse_entry)(const json&, const std::string&)) {
  std::vector<std::pair<Recurrence, T>> out;
  if (!root.contains(key)) return out;
  if (!root.at(key).is_array())
    return Error{ErrorCode::kWrongType, std::string(key) + ": expected a list"};
  for (std::size_t i = 0; i < root.at(key).size(); ++i) {
    const std::string where = std::string(key) + "[" + std::to_string(i) + "]";
    const auto& e = root.at(key).at(i);
    if (!e.is_object()) return Error{ErrorCode::kWrongType, where + ": expected an object"};
    auto when = parse_recurrence(e, where);
    if (!when) return when.error();
    auto item = parse_entry(e, where);
    if (!item) return item.error();
    out.emplace_back(when.value(), item.value());
  }
  return out;
}

}  // namespace

std::string_view to_string(Meal meal) {
  for (const auto& [m, name] : kMeals)
    if (m == meal) return name;
  return "?";
}

bool Recurrence::applies_on(std::chrono::year_month_day day) const {
  if (date) return *date == day;
  const unsigned weekday = std::chrono::weekday{std::chrono::sys_days{day}}.c_encoding();
  return (weekdays >> weekday) & 1U;
}

Result<DaySchedule> DaySchedule::parse(std::string_view text) {
  auto root = jf::parse_object(text, kScheduleFormatVersion);
  if (!root) return root.error();
  DaySchedule s;
  auto activities = parse_list<Activity>(root.value(), "activities", parse_activity);
  if (!activities) return activities.error();
  auto menu = parse_list<MenuEntry>(root.value(), "menu", parse_menu_entry);
  if (!menu) return menu.error();
  s.activities_ = std::move(activities).value();
  s.menu_ = std::move(menu).value();
  return s;
}

std::vector<Activity> DaySchedule::activities_on(std::chrono::year_month_day day) const {
  std::vector<Activity> out;
  for (const auto& [when, a] : activities_)
    if (when.applies_on(day)) out.push_back(a);
  std::stable_sort(out.begin(), out.end(),
                   [](const Activity& a, const Activity& b) { return a.start_min < b.start_min; });
  return out;
}

std::vector<MenuEntry> DaySchedule::menu_on(std::chrono::year_month_day day) const {
  std::vector<MenuEntry> out;
  for (const auto& [meal, name] : kMeals) {
    const MenuEntry* recurring = nullptr;
    const MenuEntry* dated = nullptr;
    for (const auto& [when, m] : menu_) {
      if (m.meal != meal || !when.applies_on(day)) continue;
      if (when.date)
        dated = &m;
      else if (!recurring)
        recurring = &m;
    }
    if (dated)
      out.push_back(*dated);
    else if (recurring)
      out.push_back(*recurring);
  }
  return out;
}

std::optional<Activity> DaySchedule::current(const std::vector<Activity>& today, int now_min) {
  for (const auto& a : today)
    if (a.start_min <= now_min && now_min < a.effective_end_min()) return a;
  return std::nullopt;
}

std::optional<Activity> DaySchedule::next(const std::vector<Activity>& today, int now_min) {
  for (const auto& a : today)
    if (a.start_min > now_min) return a;
  return std::nullopt;
}

}  // namespace anju::kiosk
