#include "console/alarm_board_model.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace anju::console {
namespace {

using protocol::AlarmState;
using protocol::AlarmStatus;
using protocol::Priority;

AlarmState alarm(std::string id, Priority p, TimestampMs raised,
                 AlarmStatus s = AlarmStatus::kRaised) {
  AlarmState a;
  a.id = "m-" + id;
  a.alarm = std::move(id);
  a.type = "call";
  a.priority = p;
  a.status = s;
  a.room = "101";
  a.raised_ts = raised;
  a.ts = raised;
  return a;
}

class AlarmBoardModelTest : public ::testing::Test {
 protected:
  ManualClock clock{1'000'000};
  AlarmBoardModel board{clock};
  QAbstractItemModelTester tester{&board, QAbstractItemModelTester::FailureReportingMode::Fatal};

  std::vector<std::string> order() const {
    std::vector<std::string> ids;
    for (int r = 0; r < board.rowCount(); ++r) ids.push_back(board.at(r)->alarm);
    return ids;
  }
};

TEST_F(AlarmBoardModelTest, SortsByPriorityThenOldestFirst) {
  board.apply(alarm("low-old", Priority::kLow, 100));
  board.apply(alarm("med-new", Priority::kMedium, 900));
  board.apply(alarm("high", Priority::kHigh, 950));
  board.apply(alarm("med-old", Priority::kMedium, 200));
  EXPECT_EQ(order(), (std::vector<std::string>{"high", "med-old", "med-new", "low-old"}));
  EXPECT_EQ(board.high_count(), 1);
  EXPECT_EQ(board.medium_count(), 2);
  EXPECT_EQ(board.low_count(), 1);
}

TEST_F(AlarmBoardModelTest, ClosedAlarmsLeaveTheBoard) {
  board.apply(alarm("a", Priority::kMedium, 100));
  auto closed = alarm("a", Priority::kMedium, 100, AlarmStatus::kCancelled);
  closed.ts = 200;
  board.apply(closed);
  EXPECT_EQ(board.rowCount(), 0);
}

TEST_F(AlarmBoardModelTest, AnOlderStateArrivingLateDoesNotOverwriteANewerOne) {
  auto acked = alarm("a", Priority::kMedium, 100, AlarmStatus::kAcknowledged);
  acked.ts = 500;
  board.apply(acked);
  board.apply(alarm("a", Priority::kMedium, 100));  // ts 100: older
  EXPECT_EQ(board.data(board.index(0), AlarmBoardModel::StatusRole).toString(), "acknowledged");
}

TEST_F(AlarmBoardModelTest, ShowsAgeSinceRaised) {
  board.apply(alarm("a", Priority::kMedium, clock.now_ms() - 125'000));
  EXPECT_EQ(board.data(board.index(0), AlarmBoardModel::AgeTextRole).toString(), "2:05");
  clock.advance(3'600'000);
  EXPECT_EQ(board.data(board.index(0), AlarmBoardModel::AgeTextRole).toString(), "1:02:05");
}

TEST_F(AlarmBoardModelTest, SilencingOneAlarmPausesOnlyItsSoundAndKeepsItOnTheBoard) {
  board.apply(alarm("high", Priority::kHigh, 100));
  board.apply(alarm("med", Priority::kMedium, 100));
  EXPECT_EQ(board.sound_priority(), "high");
  QSignalSpy sound(&board, &AlarmBoardModel::soundChanged);
  board.silence("high");
  EXPECT_EQ(board.sound_priority(), "medium") << "silencing one alarm does not silence others";
  EXPECT_EQ(sound.count(), 1);
  EXPECT_EQ(board.rowCount(), 2);
  EXPECT_TRUE(board.data(board.index(0), AlarmBoardModel::SilencedRole).toBool());
}

TEST_F(AlarmBoardModelTest, AcknowledgedAlarmsStayVisibleButStopSounding) {
  board.apply(alarm("a", Priority::kHigh, 100));
  auto acked = alarm("a", Priority::kHigh, 100, AlarmStatus::kAcknowledged);
  acked.ts = 200;
  board.apply(acked);
  EXPECT_EQ(board.rowCount(), 1);
  EXPECT_EQ(board.sound_priority(), "");
}

// QML only shows: which buttons, and how the lamp flashes, come from C++.
TEST_F(AlarmBoardModelTest, ButtonsComeFromTheEnginesActionsAndFlashingFromPriorityAndStatus) {
  auto fall = alarm("fall", Priority::kHigh, 100);
  fall.actions = protocol::AlarmActions{.acknowledge = true, .resolve = true};
  auto call = alarm("call", Priority::kMedium, 100);
  call.actions = protocol::AlarmActions{.acknowledge = true, .resolve = false};
  auto old_engine = alarm("old", Priority::kLow, 100);  // no actions field: the fallback
  auto acked = alarm("acked", Priority::kHigh, 90, AlarmStatus::kAcknowledged);
  acked.acknowledged_ts = 95;
  acked.actions = protocol::AlarmActions{};
  for (const auto& a : {fall, call, old_engine, acked}) board.apply(a);
  const auto value = [&](const std::string& id, int role) {
    return board.data(board.index(board.rowOf(QString::fromStdString(id))), role);
  };
  EXPECT_TRUE(value("fall", AlarmBoardModel::CanResolveRole).toBool());
  EXPECT_FALSE(value("call", AlarmBoardModel::CanResolveRole).toBool());
  EXPECT_TRUE(value("call", AlarmBoardModel::CanAcknowledgeRole).toBool());
  EXPECT_TRUE(value("old", AlarmBoardModel::CanAcknowledgeRole).toBool());
  EXPECT_FALSE(value("old", AlarmBoardModel::CanResolveRole).toBool());
  EXPECT_FALSE(value("acked", AlarmBoardModel::CanAcknowledgeRole).toBool());
  EXPECT_EQ(value("fall", AlarmBoardModel::FlashPeriodMsRole).toInt(), 250);  // 2 Hz
  EXPECT_EQ(value("call", AlarmBoardModel::FlashPeriodMsRole).toInt(), 830);  // 0.6 Hz
  EXPECT_EQ(value("old", AlarmBoardModel::FlashPeriodMsRole).toInt(), 0);     // low: steady
  EXPECT_EQ(value("acked", AlarmBoardModel::FlashPeriodMsRole).toInt(), 0);
  EXPECT_EQ(board.roleNames().value(AlarmBoardModel::CanResolveRole), "canResolve");
}

TEST_F(AlarmBoardModelTest, FiveHundredAlarmsStaySorted) {
  for (int i = 0; i < 500; ++i)
    board.apply(alarm("a" + std::to_string(i), static_cast<Priority>(i % 3), 1000 - i));
  ASSERT_EQ(board.rowCount(), 500);
  for (int r = 1; r < 500; ++r) {
    const auto* prev = board.at(r - 1);
    const auto* cur = board.at(r);
    ASSERT_TRUE(static_cast<int>(prev->priority) < static_cast<int>(cur->priority) ||
                (prev->priority == cur->priority && prev->raised_ts <= cur->raised_ts));
  }
}

TEST(FormatAge, MinutesAndHours) {
  EXPECT_EQ(format_age(0), "0:00");
  EXPECT_EQ(format_age(59'999), "0:59");
  EXPECT_EQ(format_age(61'000), "1:01");
  EXPECT_EQ(format_age(-5'000), "0:00");
}

}  // namespace
}  // namespace anju::console
