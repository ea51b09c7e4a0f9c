// The rounds board (late rooms first, minutes left from the clock) and the shift report model
// (current / previous, figures per type), fed the way the engine publishes them.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include "console/console_controller.h"
#include "console/rounds_board_model.h"
#include "console/sample_facility.h"
#include "console/shift_report_model.h"
#include "protocol/codec.h"

namespace anju::console {
namespace {

using protocol::RoundState;

protocol::RoomSummary room(std::string id, std::optional<RoundState> state, TimestampMs due,
                           TimestampMs ts = 1) {
  protocol::RoomSummary r;
  r.room = std::move(id);
  r.ts = ts;
  r.round = state;
  r.round_due_ts = due;
  return r;
}

TEST(RoundsBoardModel, ShowsLateRoomsFirstThenBySoonestDue) {
  ManualClock clock(10'000'000);
  RoundsBoardModel board(clock);
  QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::Fatal);
  const TimestampMs now = clock.now_ms();
  board.apply(room("101", RoundState::kOk, now + 50 * 60'000));
  board.apply(room("102", RoundState::kOk, now + 20 * 60'000));
  board.apply(room("103", RoundState::kOverdue, now - 15 * 60'000));
  board.apply(room("104", RoundState::kDue, now + 5 * 60'000));
  board.apply(room("105", std::nullopt, 0));  // no schedule: not on the board
  ASSERT_EQ(board.count(), 4);
  auto room_at = [&](int row) {
    return board.data(board.index(row), RoundsBoardModel::RoomRole).toString();
  };
  EXPECT_EQ(room_at(0), "103");
  EXPECT_EQ(room_at(1), "104");
  EXPECT_EQ(room_at(2), "102");
  EXPECT_EQ(room_at(3), "101");
  EXPECT_EQ(board.overdue_count(), 1);
  EXPECT_EQ(board.due_count(), 1);
  EXPECT_EQ(board.data(board.index(0), RoundsBoardModel::MinutesLeftRole).toInt(), -15);
  EXPECT_EQ(board.data(board.index(0), RoundsBoardModel::StateRole).toString(), "overdue");

  // A check-in in 103: the engine publishes it on time again; it moves down.
  board.apply(room("103", RoundState::kOk, now + 60 * 60'000, 2));
  EXPECT_EQ(room_at(0), "104");
  EXPECT_EQ(room_at(3), "103");
  EXPECT_EQ(board.overdue_count(), 0);
  // An older retained copy arriving late does not undo it.
  board.apply(room("103", RoundState::kOverdue, now - 15 * 60'000, 1));
  EXPECT_EQ(board.overdue_count(), 0);

  QSignalSpy changed(&board, &QAbstractItemModel::dataChanged);
  clock.advance(60'000);
  board.refresh_minutes();
  EXPECT_EQ(changed.count(), 1);
  EXPECT_EQ(board.data(board.index(0), RoundsBoardModel::MinutesLeftRole).toInt(), 4);
}

protocol::ShiftReport report(const std::string& which, int calls, TimestampMs ts) {
  protocol::ShiftReport r;
  r.report = which;
  r.shift = which == "current" ? "night" : "evening";
  r.ts = ts;
  r.from_ts = 0;
  r.to_ts = 3'600'000;
  r.by_type = {{"call", {calls, calls, 0, 60, 120}}, {"fall", {1, 1, 0, 30, 30}}};
  r.all = {calls + 1, calls + 1, 0, 55, 110};
  r.rounds_on_time = 9;
  r.rounds_missed = 3;
  r.rounds_missed_by_room = {{"101", {2, 1}}, {"102", {0, 2}}};
  return r;
}

TEST(ShiftReportModel, ShowsTheChosenShiftAndIgnoresOlderCopies) {
  ShiftReportModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  EXPECT_FALSE(model.available());
  EXPECT_EQ(model.rounds_compliance_pct(), -1);
  model.apply(report("current", 4, 10));
  model.apply(report("previous", 12, 10));
  ASSERT_TRUE(model.available());
  EXPECT_EQ(model.shift(), "night");
  EXPECT_EQ(model.alarms(), 5);
  EXPECT_EQ(model.rounds_compliance_pct(), 75);
  const auto missing = model.rooms_missing_rounds();
  ASSERT_EQ(missing.size(), 2);
  EXPECT_EQ(missing[0].toMap()["room"].toString(), "102") << "most missed first";
  EXPECT_EQ(missing[0].toMap()["missed"].toInt(), 2);
  ASSERT_EQ(model.rowCount(), 2);
  EXPECT_EQ(model.data(model.index(0), ShiftReportModel::TypeRole).toString(), "call");
  EXPECT_EQ(model.data(model.index(0), ShiftReportModel::AlarmsRole).toInt(), 4);

  model.set_which("previous");
  EXPECT_EQ(model.shift(), "evening");
  EXPECT_EQ(model.data(model.index(0), ShiftReportModel::AlarmsRole).toInt(), 12);

  model.apply(report("previous", 99, 5));  // older than the one shown
  EXPECT_EQ(model.data(model.index(0), ShiftReportModel::AlarmsRole).toInt(), 12);
  model.apply(report("bogus", 1, 50));
  EXPECT_EQ(model.alarms(), 13);
}

TEST(EscalationRouting, ChargeNursesSeeLevelOneAndEveryoneSeesLevelTwo) {
  ManualClock clock{1'700'000'000'000};
  ConsoleController station{clock, "demo", "console-1", nullptr, nullptr};
  for (const auto& [topic, payload] : sample_facility_messages(clock.now_ms()))
    station.handle_message(topic, payload);
  // The sample has one call escalated to the charge nurse and one device alarm to all staff.
  EXPECT_EQ(station.escalated_to_me(), 1) << "not signed in: only what goes to everyone";
  QSignalSpy spy(&station, &ConsoleController::escalatedToMeChanged);
  station.sign_in_as({"n01", "Zhang Wei", auth::Role::kNurse});
  EXPECT_EQ(station.escalated_to_me(), 1);
  station.sign_in_as({"c01", "Li Na", auth::Role::kChargeNurse});
  EXPECT_EQ(station.escalated_to_me(), 2);
  EXPECT_GE(spy.count(), 2);
  EXPECT_EQ(station.rounds()->overdue_count(), 2);
  EXPECT_TRUE(station.report()->available());
}

}  // namespace
}  // namespace anju::console
