#include "engine/rounds.h"

#include <gtest/gtest.h>

namespace anju::engine {
namespace {

constexpr TimestampMs kMin = 60'000;
// 2023-11-14 12:00 in UTC+8 (noon: day time).
constexpr TimestampMs kNoon = 1'699'934'400'000;

RoundsPolicy hourly_at_night() {
  auto p = RoundsPolicy::from_json(
      R"({"default": {"day_interval_min": 120, "night_interval_min": 120},
          "rooms": {"101": {"night_interval_min": 60}}, "grace_min": 10})");
  EXPECT_TRUE(p) << p.error().reason;
  return p.value();
}

TEST(RoundsPolicy, NightFollowsLocalTime) {
  RoundsPolicy p;  // UTC+8, night 22:00-06:00
  EXPECT_FALSE(p.is_night(kNoon));
  EXPECT_TRUE(p.is_night(kNoon + 11 * 60 * kMin));   // 23:00
  EXPECT_TRUE(p.is_night(kNoon + 17 * 60 * kMin));   // 05:00
  EXPECT_FALSE(p.is_night(kNoon + 18 * 60 * kMin));  // 06:00
}

TEST(RoundsPolicy, HighRiskRoomsAreVisitedHourlyAtNight) {
  const auto p = hourly_at_night();
  EXPECT_EQ(p.interval_ms("101", kNoon + 11 * 60 * kMin), 60 * kMin);
  EXPECT_EQ(p.interval_ms("102", kNoon + 11 * 60 * kMin), 120 * kMin);
  EXPECT_EQ(p.interval_ms("101", kNoon), 120 * kMin);
}

TEST(RoundsPolicy, BadValuesAreRefusedWithTheReason) {
  auto p = RoundsPolicy::from_json(R"({"default": {"day_interval_min": 2}})");
  ASSERT_FALSE(p);
  EXPECT_NE(p.error().reason.find("day_interval_min"), std::string::npos);
  EXPECT_FALSE(RoundsPolicy::from_json(R"({"night": {"start_hour": 25, "end_hour": 6}})"));
  EXPECT_FALSE(RoundsPolicy::from_json("nope"));
}

TEST(RoundsTracker, ARoundBecomesDueThenOverdueOnceAndAVisitEndsIt) {
  RoundsTracker rounds(hourly_at_night());
  rounds.track("102", kNoon);
  EXPECT_EQ(rounds.status("102", kNoon)->state, RoundState::kOk);
  EXPECT_EQ(rounds.status("102", kNoon + 111 * kMin)->state, RoundState::kDue);
  EXPECT_TRUE(rounds.newly_overdue(kNoon + 130 * kMin).empty()) << "within grace";
  EXPECT_EQ(rounds.newly_overdue(kNoon + 131 * kMin), std::vector<std::string>{"102"});
  EXPECT_TRUE(rounds.newly_overdue(kNoon + 140 * kMin).empty()) << "reported once";
  rounds.check_in("102", "n04", kNoon + 145 * kMin);
  const auto s = rounds.status("102", kNoon + 146 * kMin);
  EXPECT_EQ(s->state, RoundState::kOk);
  EXPECT_EQ(s->last_staff, "n04");
  EXPECT_EQ(s->due, kNoon + 265 * kMin);
}

TEST(RoundsTracker, ComplianceCountsIntervalsCoveredInTimeAndMissed) {
  const auto p = hourly_at_night();
  // Day, every 2 h: visits at 1:50 (on time), 3:55 (on time), then nothing until 8:30 -> 2 missed
  // intervals (due 5:55 and 7:55), the 8:30 visit covers the next one.
  const std::vector<TimestampMs> visits = {kNoon + 110 * kMin, kNoon + 235 * kMin,
                                           kNoon + 510 * kMin};
  const auto c = RoundsTracker::replay(p, "102", visits, kNoon, kNoon + 520 * kMin);
  EXPECT_EQ(c.on_time, 3);
  EXPECT_EQ(c.missed, 2);
  EXPECT_DOUBLE_EQ(c.ratio(), 0.6);
}

TEST(RoundsTracker, LiveComplianceMatchesTheReplay) {
  RoundsTracker rounds(hourly_at_night());
  rounds.track("102", kNoon);
  for (TimestampMs t : {kNoon + 110 * kMin, kNoon + 235 * kMin}) rounds.check_in("102", "n01", t);
  const auto c = rounds.compliance(kNoon, kNoon + 400 * kMin);
  EXPECT_EQ(c.on_time, 2);
  EXPECT_EQ(c.missed, 1);  // due 5:55, not visited by 6:40
}

}  // namespace
}  // namespace anju::engine
