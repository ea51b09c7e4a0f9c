// Zone geometry and the wandering rules with injected times.
#include <gtest/gtest.h>

#include "zones/polygon.h"
#include "zones/time_window.h"
#include "zones/zone_monitor.h"

namespace anju::vision {
namespace {

const Polygon kSquare({{0.2, 0.2}, {0.6, 0.2}, {0.6, 0.6}, {0.2, 0.6}});
// An L: the notch (0.5..0.8, 0.1..0.5) is outside.
const Polygon kEll({{0.1, 0.1}, {0.5, 0.1}, {0.5, 0.5}, {0.8, 0.5}, {0.8, 0.8}, {0.1, 0.8}});

TEST(Polygon, ContainsPointsInsideOnly) {
  EXPECT_TRUE(kSquare.contains({0.4, 0.4}));
  EXPECT_FALSE(kSquare.contains({0.7, 0.4}));
  EXPECT_FALSE(kSquare.contains({0.4, 0.1}));
  EXPECT_TRUE(kEll.contains({0.3, 0.3}));
  EXPECT_TRUE(kEll.contains({0.7, 0.7}));
  EXPECT_FALSE(kEll.contains({0.7, 0.3}));  // the notch
  EXPECT_FALSE(Polygon().contains({0.5, 0.5}));
}

TEST(Polygon, SegmentsIntersect) {
  EXPECT_TRUE(segments_intersect({0, 0}, {1, 1}, {0, 1}, {1, 0}));
  EXPECT_FALSE(segments_intersect({0, 0}, {1, 0}, {0, 1}, {1, 1}));
  EXPECT_TRUE(segments_intersect({0, 0}, {1, 0}, {0.5, 0}, {0.5, 1}));  // touching counts
  EXPECT_FALSE(segments_intersect({0, 0}, {0.4, 0}, {0.5, -1}, {0.5, 1}));
  EXPECT_TRUE(kSquare.crossed_by({0.1, 0.4}, {0.3, 0.4}));
  EXPECT_FALSE(kSquare.crossed_by({0.3, 0.3}, {0.4, 0.4}));  // inside all along
}

TEST(TimeWindow, WrapsMidnightAndKeepsTheStartingDay) {
  DailyWindow night{*parse_clock_time("22:00"), *parse_clock_time("06:00"), {5}};  // Friday night
  EXPECT_TRUE(night.contains({23 * 60, 5}));                                       // Friday 23:00
  EXPECT_TRUE(night.contains({3 * 60, 6}));   // Saturday 03:00 belongs to Friday night
  EXPECT_FALSE(night.contains({3 * 60, 5}));  // Friday 03:00 belongs to Thursday night
  EXPECT_FALSE(night.contains({12 * 60, 5}));
  DailyWindow day{*parse_clock_time("08:00"), *parse_clock_time("20:00"), {}};
  EXPECT_TRUE(day.contains({8 * 60, 3}));
  EXPECT_FALSE(day.contains({20 * 60, 3}));
  EXPECT_TRUE(any_contains({}, {0, 0}));  // no windows: always
  EXPECT_FALSE(parse_clock_time("25:00"));
  EXPECT_FALSE(parse_clock_time("7:00"));
  EXPECT_EQ(parse_clock_time("24:00"), 24 * 60);
}

Zone area_zone(const char* name) {
  Zone z;
  z.name = name;
  z.points = {{0.7, 0.5}, {1.0, 0.5}, {1.0, 1.0}, {0.7, 1.0}};
  return z;
}

// One person walking from (x0, y) to (x1, y) over `seconds`, sampled at 10 Hz from t0.
std::vector<WanderEvent> walk(ZoneMonitor& monitor, double t0, double seconds, PointN from,
                              PointN to, LocalTime now = {}, int track = 1) {
  std::vector<WanderEvent> events;
  for (int i = 0; i <= seconds * 10; ++i) {
    const double f = seconds > 0 ? i / (seconds * 10) : 1;
    const PointN p{from.x + f * (to.x - from.x), from.y + f * (to.y - from.y)};
    for (auto& e : monitor.update({{track, p, t0 + i / 10.0}}, t0 + i / 10.0, now)) {
      events.push_back(e);
    }
  }
  return events;
}

TEST(ZoneMonitor, EnteringAnAreaFiresOnce) {
  Zone door = area_zone("exit-door");
  door.rules.enter = true;
  ZoneMonitor monitor({door});
  const auto events = walk(monitor, 0, 4, {0.2, 0.8}, {0.9, 0.8});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].zone, "exit-door");
  EXPECT_EQ(events[0].rule, WanderRule::kEnter);
  EXPECT_NEAR(events[0].t, 4 * (0.7 - 0.2) / 0.7, 0.2);
}

TEST(ZoneMonitor, CrossingALine) {
  Zone line;
  line.name = "corridor-end";
  line.shape = ZoneShape::kLine;
  line.points = {{0.5, 0.0}, {0.5, 1.0}};
  line.rules.cross = true;
  ZoneMonitor monitor({line});
  EXPECT_TRUE(walk(monitor, 0, 2, {0.1, 0.5}, {0.4, 0.5}).empty());
  const auto events = walk(monitor, 2, 2, {0.4, 0.5}, {0.8, 0.5});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].rule, WanderRule::kCross);
}

TEST(ZoneMonitor, LoiteringNeedsTheWholeTime) {
  Zone door = area_zone("exit-door");
  door.rules.loiter_s = 30;
  ZoneMonitor monitor({door});
  // In for 20 s, out, back in for 31 s: only the second visit fires.
  EXPECT_TRUE(walk(monitor, 0, 20, {0.8, 0.8}, {0.85, 0.8}).empty());
  EXPECT_TRUE(walk(monitor, 20.1, 1, {0.85, 0.8}, {0.3, 0.8}).empty());
  const auto events = walk(monitor, 21.2, 31, {0.8, 0.8}, {0.85, 0.8});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].rule, WanderRule::kLoiter);
  EXPECT_NEAR(events[0].t, 21.2 + 30, 0.2);
}

TEST(ZoneMonitor, RulesFireOnlyInTheirTimeWindow) {
  Zone door = area_zone("exit-door");
  door.rules.enter = true;
  door.windows = {{22 * 60, 6 * 60, {}}};
  ZoneMonitor day_monitor({door});
  EXPECT_TRUE(walk(day_monitor, 0, 4, {0.2, 0.8}, {0.9, 0.8}, {14 * 60, 2}).empty());
  ZoneMonitor night_monitor({door});
  EXPECT_EQ(walk(night_monitor, 0, 4, {0.2, 0.8}, {0.9, 0.8}, {2 * 60, 2}).size(), 1u);
}

TEST(ZoneMonitor, CooldownAndSettleKeepItQuiet) {
  Zone door = area_zone("exit-door");
  door.rules.enter = true;
  door.cooldown_s = 60;
  ZoneMonitor monitor({door});
  EXPECT_EQ(walk(monitor, 0, 4, {0.2, 0.8}, {0.9, 0.8}).size(), 1u);
  EXPECT_TRUE(walk(monitor, 5, 4, {0.9, 0.8}, {0.2, 0.8}).empty());
  EXPECT_TRUE(walk(monitor, 10, 4, {0.2, 0.8}, {0.9, 0.8}).empty());   // within the cooldown
  EXPECT_EQ(walk(monitor, 70, 4, {0.2, 0.8}, {0.9, 0.8}).size(), 1u);  // cooldown over
  // A track seen for less than the settle time fires nothing.
  ZoneMonitor fresh({door});
  EXPECT_TRUE(fresh.update({{7, {0.9, 0.8}, 0.2}}, 100, {}).empty());
}

}  // namespace
}  // namespace anju::vision
