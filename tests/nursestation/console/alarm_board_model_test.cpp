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
