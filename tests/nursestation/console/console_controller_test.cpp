#include "console/console_controller.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

#include "console/sample_facility.h"
#include "protocol/codec.h"

namespace anju::console {
namespace {

class ConsoleControllerTest : public ::testing::Test {
 protected:
  ManualClock clock{1'700'000'000'000};
  ConsoleController station{clock, "demo", "console-1", nullptr, nullptr};

  void feed_sample() {
    for (const auto& [topic, payload] : sample_facility_messages(clock.now_ms()))
      station.handle_message(topic, payload);
  }
};

TEST_F(ConsoleControllerTest, RoutesEngineMessagesToTheBoards) {
  feed_sample();
  EXPECT_EQ(station.alarms()->count(), 7);
  EXPECT_EQ(station.alarms()->high_count(), 2);
  EXPECT_EQ(station.rooms()->count(), 24);
  EXPECT_EQ(station.devices()->offline_count(), 1);
}

TEST_F(ConsoleControllerTest, AnEmptyRetainedAlarmRemovesIt) {
  feed_sample();
  const QString id =
      station.alarms()->data(station.alarms()->index(0), AlarmBoardModel::AlarmIdRole).toString();
  station.handle_message("anju/v1/demo/alarm/" + id, {});
  EXPECT_EQ(station.alarms()->count(), 6);
  EXPECT_EQ(station.alarms()->rowOf(id), -1);
}

TEST_F(ConsoleControllerTest, AMalformedMessageIsRejectedAndChangesNothing) {
  feed_sample();
  station.handle_message("anju/v1/demo/alarm/x", R"({"v":1,"id":"broken"})");
  station.handle_message("anju/v1/demo/alarm/x", "\xff\xfe");
  EXPECT_EQ(station.alarms()->count(), 7);
}

TEST_F(ConsoleControllerTest, ActingNeedsASignedInUser) {
  feed_sample();
  QSignalSpy asked(&station, &ConsoleController::signInRequired);
  const QString id =
      station.alarms()->data(station.alarms()->index(0), AlarmBoardModel::AlarmIdRole).toString();
  EXPECT_FALSE(station.acknowledge(id));
  EXPECT_EQ(asked.count(), 1);
  EXPECT_TRUE(station.sent().empty());
}

TEST_F(ConsoleControllerTest, AcknowledgeSendsAnAlarmAckEventWithTheStaffId) {
  feed_sample();
  station.sign_in_as({"n03", "Li Na", auth::Role::kNurse});
  const QString id =
      station.alarms()->data(station.alarms()->index(0), AlarmBoardModel::AlarmIdRole).toString();
  ASSERT_TRUE(station.acknowledge(id));
  ASSERT_EQ(station.sent().size(), 1u);
  const auto e = station.sent()[0];  // a copy: sent() is a new list
  EXPECT_EQ(e.type, protocol::EventType::kAlarmAck);
  EXPECT_EQ(e.alarm, id.toStdString());
  EXPECT_EQ(e.staff, "n03");
  EXPECT_EQ(e.node, "console-1");
  EXPECT_TRUE(protocol::decode_event(protocol::encode(e))) << "what the console sends is valid";
}

TEST_F(ConsoleControllerTest, CallsCannotBeResolvedFromTheConsoleButFallsCan) {
  feed_sample();
  station.sign_in_as({"n03", "Li Na", auth::Role::kNurse});
  const auto can_resolve = [&](const std::string& type) {
    for (int r = 0; r < station.alarms()->count(); ++r) {
      if (station.alarms()->at(r)->type == type)
        return station.alarms()
            ->data(station.alarms()->index(r), AlarmBoardModel::CanResolveRole)
            .toBool();
    }
    ADD_FAILURE() << "no " << type << " in the sample";
    return false;
  };
  EXPECT_TRUE(can_resolve("fall"));
  EXPECT_FALSE(can_resolve("call"));
  EXPECT_FALSE(can_resolve("emergency"));
  const int call_row = [&] {
    for (int r = 0; r < station.alarms()->count(); ++r)
      if (station.alarms()->at(r)->type == "call") return r;
    return -1;
  }();
  ASSERT_GE(call_row, 0);
  EXPECT_FALSE(station.resolve(QString::fromStdString(station.alarms()->at(call_row)->alarm)));
  EXPECT_FALSE(station.last_action_error().isEmpty());
}

}  // namespace
}  // namespace anju::console
