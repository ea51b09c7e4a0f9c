#include "console/console_controller.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <algorithm>
#include <map>
#include <set>

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

TEST_F(ConsoleControllerTest, AChargeNurseAssignsARoomToANurseOfTheStaffList) {
  feed_sample();
  station.set_staff(sample_staff());
  ASSERT_EQ(station.staff().size(), 4) << "nurses and the charge nurse, not the manager";

  station.sign_in_as({"n01", "Zhang Wei", auth::Role::kNurse});
  EXPECT_FALSE(station.can_assign());
  EXPECT_FALSE(station.assign("101", "n02"));
  EXPECT_TRUE(station.sent().empty()) << "a nurse does not hand out rooms";

  station.sign_in_as({"n03", "Li Na", auth::Role::kChargeNurse});
  EXPECT_FALSE(station.assign("101", "m01")) << "a manager takes no rooms";
  EXPECT_FALSE(station.assign("101", "x99"));
  EXPECT_NE(station.last_action_error(), "");
  ASSERT_TRUE(station.assign("101", "n02"));
  ASSERT_TRUE(station.assign("102", ""));
  ASSERT_EQ(station.sent().size(), 2u);
  const auto given = station.sent()[0];
  EXPECT_EQ(given.type, protocol::EventType::kAssign);
  EXPECT_EQ(given.room, "101");
  EXPECT_EQ(given.staff, "n03");
  EXPECT_EQ(given.assignee, "n02");
  EXPECT_EQ(station.sent()[1].assignee, "") << "unassigned";
  ASSERT_TRUE(protocol::decode_event(protocol::encode(given))) << "valid on the wire";
}

TEST_F(ConsoleControllerTest, SharingOutTheRoomsGivesEachRoomWithoutANurseToANurseOnDuty) {
  feed_sample();
  station.set_staff(sample_staff());
  station.sign_in_as({"n01", "Zhang Wei", auth::Role::kNurse});
  EXPECT_EQ(station.fillRooms(), 0);
  EXPECT_TRUE(station.sent().empty()) << "a nurse does not hand out rooms";

  station.sign_in_as({"n03", "Li Na", auth::Role::kChargeNurse});
  std::set<std::string> on_duty;
  std::size_t open = 0;
  for (const auto& r : station.rooms()->summaries()) {
    if (r.assigned.empty())
      ++open;
    else
      on_duty.insert(r.assigned);
  }
  ASSERT_GT(open, 0u);
  ASSERT_FALSE(on_duty.empty());
  EXPECT_EQ(station.fillRooms(), static_cast<int>(open));
  ASSERT_EQ(station.sent().size(), open);
  std::map<std::string, int> load;
  for (const auto& r : station.rooms()->summaries())
    if (!r.assigned.empty()) ++load[r.assigned];
  for (const auto& e : station.sent()) {
    EXPECT_EQ(e.type, protocol::EventType::kAssign);
    EXPECT_EQ(e.staff, "n03");
    EXPECT_EQ(on_duty.count(e.assignee), 1u) << "room " << e.room << " to " << e.assignee;
    ++load[e.assignee];
  }
  const auto [least, most] = std::minmax_element(
      load.begin(), load.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  EXPECT_LE(most->second - least->second, 1) << "the rooms are shared evenly";
}

TEST_F(ConsoleControllerTest, TheFloorNamesEachRoomsNurse) {
  feed_sample();
  station.set_staff(sample_staff());
  const auto* rooms = station.rooms();
  const auto at = [&](int row, int role) { return rooms->data(rooms->index(row), role); };
  EXPECT_EQ(at(0, RoomFloorModel::AssignedRole).toString(), "n01");
  EXPECT_EQ(at(0, RoomFloorModel::AssignedNameRole).toString(), "Zhang Wei");
  EXPECT_EQ(at(23, RoomFloorModel::AssignedRole).toString(), "");
  // An id the console has no account for is shown as it is.
  station.set_staff({});
  EXPECT_EQ(at(0, RoomFloorModel::AssignedNameRole).toString(), "n01");
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
