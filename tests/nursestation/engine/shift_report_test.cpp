#include "engine/shift_report.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "engine/journal.h"
#include "engine_test_support.h"

namespace anju::engine {
namespace {

protocol::AlarmState alarm(std::string type, TimestampMs raised, TimestampMs present,
                           int escalation = 0) {
  protocol::AlarmState a;
  a.type = std::move(type);
  a.raised_ts = raised;
  a.present_ts = present;
  a.escalation = escalation;
  return a;
}

TEST(Percentile, InterpolatesBetweenRanks) {
  EXPECT_DOUBLE_EQ(percentile({}, 50), 0);
  EXPECT_DOUBLE_EQ(percentile({7}, 90), 7);
  EXPECT_DOUBLE_EQ(percentile({1, 2, 3, 4}, 50), 2.5);
  EXPECT_DOUBLE_EQ(percentile({10, 20, 30, 40, 50, 60, 70, 80, 90, 100}, 90), 91);
}

TEST(ShiftReport, ResponseTimesByTypeFromRaisedToPresent) {
  const TimestampMs h = 3'600'000;
  const std::vector<protocol::AlarmState> alarms = {
      alarm("call", 0, 60'000),       alarm("call", 1000, 121'000),       alarm("call", 2000, 0, 1),
      alarm("fall", 5000, 35'000, 0), alarm("call", 9 * h, 9 * h + 1000),  // outside the shift
  };
  const auto r = make_shift_report(alarms, 0, 8 * h, {3, 1});
  EXPECT_EQ(r.alarms, 4);
  EXPECT_DOUBLE_EQ(r.alarms_per_hour, 0.5);
  const auto& call = r.by_type.at("call");
  EXPECT_EQ(call.alarms, 3);
  EXPECT_EQ(call.answered, 2);
  EXPECT_EQ(call.escalated, 1);
  EXPECT_DOUBLE_EQ(call.p50_s, 90);
  EXPECT_DOUBLE_EQ(r.by_type.at("fall").p50_s, 30);
  EXPECT_EQ(r.all.answered, 3);
  EXPECT_DOUBLE_EQ(r.rounds.ratio(), 0.75);
  const auto text = format_shift_report(r);
  EXPECT_NE(text.find("call"), std::string::npos);
  EXPECT_NE(text.find("75% compliance"), std::string::npos);
}

// 2026-11-23 00:00 UTC = 08:00 in Beijing (UTC+8).
constexpr TimestampMs kMidnightUtc = 1'795'392'000'000;
constexpr TimestampMs kHour = 3'600'000;

TEST(ShiftAt, FollowsLocalStartHoursAcrossMidnight) {
  const ShiftPattern p;  // day 07-15, evening 15-23, night 23-07, UTC+8
  auto at_local = [](int hour, int minute = 0) {
    return kMidnightUtc - 8 * kHour + hour * kHour + minute * 60'000;  // local clock on 11-23
  };
  EXPECT_EQ(shift_at(p, at_local(7)).name, "day");
  EXPECT_EQ(shift_at(p, at_local(7)).from, at_local(7));
  EXPECT_EQ(shift_at(p, at_local(7)).to, at_local(15));
  EXPECT_EQ(shift_at(p, at_local(14, 59)).name, "day");
  EXPECT_EQ(shift_at(p, at_local(15)).name, "evening");
  const auto night = shift_at(p, at_local(23, 30));
  EXPECT_EQ(night.name, "night");
  EXPECT_EQ(night.to - night.from, 8 * kHour);
  const auto early = shift_at(p, at_local(2));  // 02:00 belongs to the night that began at 23:00
  EXPECT_EQ(early.name, "night");
  EXPECT_EQ(early.from, at_local(-1));
  EXPECT_EQ(early.to, at_local(7));
  EXPECT_EQ(shift_at(p, early.from - 1).name, "evening") << "the shift before a night";
}

TEST(ShiftReport, RoundsPerRoomCountARoomNobodyVisitedFromWhenItWasTracked) {
  const auto dir =
      std::filesystem::temp_directory_path() / ("anju-report-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  auto journal = Journal::open(dir / "j.db");
  ASSERT_TRUE(journal) << journal.error().reason;
  RoundsPolicy policy;
  policy.default_schedule = {60, 60};
  policy.grace_min = 10;
  // Room 101 visited every 50 minutes for 4 hours; room 102 never; 103 tracked 2 h late.
  for (int i = 1; i <= 4; ++i) {
    auto visit = testing::make_event(protocol::EventType::kStaffPresent, "101", "kiosk-101",
                                     kMidnightUtc + i * 50 * 60'000);
    visit.staff = "n01";
    ASSERT_TRUE(journal.value()->record(&visit, "{}", {}, visit.ts));
  }
  const TimestampMs from = kMidnightUtc, to = kMidnightUtc + 4 * kHour;
  auto r = report_from_journal(*journal.value(), policy, from, to,
                               {{"101", from}, {"102", from}, {"103", from + 2 * kHour}});
  ASSERT_TRUE(r) << r.error().reason;
  EXPECT_EQ(r.value().rounds_by_room.at("101").missed, 0);
  EXPECT_EQ(r.value().rounds_by_room.at("102").missed, 3) << "due at 1 h, 2 h, 3 h, all missed";
  EXPECT_EQ(r.value().rounds_by_room.at("103").missed, 1) << "counted only from 2 h on";
  const auto m = to_message(r.value(), "current", "day");
  ASSERT_EQ(m.rounds_missed_by_room.size(), 2u) << "only rooms that missed a round are named";
  EXPECT_EQ(m.rounds_missed_by_room[0].first, "102");
  EXPECT_EQ(m.rounds_missed_by_room[0].second.second, 3);
  EXPECT_EQ(m.rounds_missed, 4);
  std::filesystem::remove_all(dir);
}

TEST(ShiftReport, BecomesTheMessageConsolesShow) {
  const auto r =
      make_shift_report({alarm("call", 0, 60'000), alarm("fall", 10, 40'010), alarm("fall", 20, 0)},
                        0, kHour, {9, 1});
  const auto m = to_message(r, "current", "night");
  EXPECT_EQ(m.report, "current");
  EXPECT_EQ(m.shift, "night");
  EXPECT_EQ(m.all.alarms, 3);
  EXPECT_EQ(m.falls, 2);
  ASSERT_EQ(m.by_type.size(), 2u);
  EXPECT_EQ(m.by_type[1].first, "fall");
  EXPECT_EQ(m.by_type[1].second.answered, 1);
  EXPECT_DOUBLE_EQ(m.by_type[1].second.p50_s, 40);
  EXPECT_EQ(m.rounds_on_time, 9);
  EXPECT_EQ(m.rounds_missed, 1);
}

}  // namespace
}  // namespace anju::engine
