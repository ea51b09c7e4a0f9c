#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "facility/day_schedule.h"
#include "facility/directory.h"

namespace anju::kiosk {
namespace {

using namespace std::chrono;

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

const std::filesystem::path kAssets = std::filesystem::path(ANJU_SOURCE_DIR) / "assets" / "kiosk";
constexpr year_month_day kMonday{year{2026}, November, day{23}};
constexpr year_month_day kTuesday{year{2026}, November, day{24}};

TEST(DaySchedule, TheSampleParsesAndHasSomethingEveryDay) {
  auto schedule = DaySchedule::parse(read(kAssets / "day-schedule.json"));
  ASSERT_TRUE(schedule) << schedule.error().reason;
  for (int d = 0; d < 7; ++d) {
    const year_month_day day{sys_days{kMonday} + days{d}};
    EXPECT_GE(schedule->activities_on(day).size(), 4u);
    EXPECT_EQ(schedule->menu_on(day).size(), 4u);
  }
}

TEST(DaySchedule, WeekdaysDatesAndDatedMenuOverrides) {
  auto schedule = DaySchedule::parse(R"({
    "format": 1,
    "activities": [
      {"start": "15:00", "end": "16:00", "days": ["mon"], "title": {"zh": "唱歌", "en": "Singing"}},
      {"start": "09:30", "title": "Tai chi", "place": {"en": "Garden"}},
      {"start": "14:00", "date": "2026-11-24", "title": {"en": "Birthday party"}}
    ],
    "menu": [
      {"meal": "lunch", "days": ["daily"], "dishes": {"zh": "米饭", "en": "Rice"}},
      {"meal": "lunch", "date": "2026-11-24", "dishes": {"en": "Birthday noodles"}},
      {"meal": "breakfast", "time": "07:30", "dishes": "Porridge"}
    ]})");
  ASSERT_TRUE(schedule) << schedule.error().reason;
  const auto monday = schedule->activities_on(kMonday);
  ASSERT_EQ(monday.size(), 2u);
  EXPECT_EQ(monday[0].title.in(Language::kEn), "Tai chi");
  EXPECT_EQ(monday[0].place.in(Language::kZh), "Garden") << "a missing language falls back";
  EXPECT_EQ(monday[1].title.in(Language::kZh), "唱歌");
  const auto tuesday = schedule->activities_on(kTuesday);
  ASSERT_EQ(tuesday.size(), 2u);
  EXPECT_EQ(tuesday[1].title.in(Language::kEn), "Birthday party");

  const auto menu_monday = schedule->menu_on(kMonday);
  ASSERT_EQ(menu_monday.size(), 2u);
  EXPECT_EQ(menu_monday[0].meal, Meal::kBreakfast);
  EXPECT_EQ(menu_monday[0].time_min, 7 * 60 + 30);
  EXPECT_EQ(menu_monday[1].dishes.in(Language::kEn), "Rice");
  EXPECT_EQ(schedule->menu_on(kTuesday)[1].dishes.in(Language::kEn), "Birthday noodles");

  EXPECT_EQ(DaySchedule::current(monday, 9 * 60 + 45)->title.in(Language::kEn), "Tai chi");
  EXPECT_FALSE(DaySchedule::current(monday, 11 * 60));
  EXPECT_EQ(DaySchedule::next(monday, 11 * 60)->title.in(Language::kEn), "Singing");
  EXPECT_FALSE(DaySchedule::next(monday, 17 * 60));
}

TEST(DaySchedule, ErrorsNameTheBadField) {
  struct Case {
    const char* json;
    const char* says;
  };
  const Case cases[] = {
      {"[]", "one JSON object"},
      {R"({"activities": []})", "format"},
      {R"({"format": 1, "activities": [{"start": "9:30", "title": "x"}]})", "activities[0].start"},
      {R"({"format": 1, "activities": [{"start": "25:00", "title": "x"}]})", "activities[0].start"},
      {R"({"format": 1, "activities": [{"start": "09:00"}]})", "activities[0].title"},
      {R"({"format": 1, "activities": [{"start": "09:00", "end": "08:00", "title": "x"}]})",
       "activities[0].end"},
      {R"({"format": 1, "activities": [{"start": "09:00", "title": "x", "days": ["someday"]}]})",
       "unknown day"},
      {R"({"format": 1, "activities": [{"start": "09:00", "title": "x", "date": "2026-02-30"}]})",
       "YYYY-MM-DD"},
      {R"({"format": 1, "menu": [{"meal": "brunch", "dishes": "x"}]})", "menu[0].meal"},
      {R"({"format": 1, "menu": [{"meal": "lunch", "dishes": 5}]})", "menu[0].dishes"},
      {R"({"format": 1, "menu": {"meal": "lunch"}})", "menu: expected a list"},
  };
  for (const auto& c : cases) {
    auto parsed = DaySchedule::parse(c.json);
    ASSERT_FALSE(parsed) << c.json;
    EXPECT_NE(parsed.error().reason.find(c.says), std::string::npos) << parsed.error().reason;
  }
}

TEST(Directory, TheSampleParses) {
  auto places = parse_directory(read(kAssets / "directory.json"));
  ASSERT_TRUE(places) << places.error().reason;
  ASSERT_GE(places->size(), 5u);
  EXPECT_EQ(places->at(0).name.in(Language::kZh), "餐厅");
  EXPECT_EQ(places->at(0).direction, Direction::kLeft);
  EXPECT_EQ(places->at(0).distance_m, 20);
}

TEST(Directory, BadEntriesAreReportedWithTheirIndex) {
  auto bad =
      parse_directory(R"({"format": 1, "places": [{"name": "Lift", "direction": "sideways"}]})");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().reason.find("places[0].direction"), std::string::npos);
  auto no_name = parse_directory(R"({"format": 1, "places": [{"direction": "left"}]})");
  ASSERT_FALSE(no_name);
  EXPECT_NE(no_name.error().reason.find("places[0].name"), std::string::npos);
  auto bad_floor = parse_directory(
      R"({"format": 1, "places": [{"name": "x", "direction": "up", "floor": "2"}]})");
  ASSERT_FALSE(bad_floor);
}

}  // namespace
}  // namespace anju::kiosk
