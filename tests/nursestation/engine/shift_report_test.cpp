#include "engine/shift_report.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace anju::engine
