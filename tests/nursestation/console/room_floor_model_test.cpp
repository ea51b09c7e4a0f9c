#include "console/room_floor_model.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

#include "console/device_board_model.h"

namespace anju::console {
namespace {

TEST(RoomFloorModel, ConfiguredRoomsAppearInOrderAndSummariesUpdateThem) {
  RoomFloorModel floor;
  QAbstractItemModelTester tester(&floor, QAbstractItemModelTester::FailureReportingMode::Fatal);
  floor.set_rooms({"110", "101", "102"});
  protocol::RoomSummary s;
  s.room = "1001";
  s.ts = 10;
  s.active = 1;
  s.top = protocol::Priority::kHigh;
  s.call = protocol::CallState::kPlaced;
  floor.apply(s);
  ASSERT_EQ(floor.rowCount(), 4);
  EXPECT_EQ(floor.data(floor.index(0), RoomFloorModel::RoomRole).toString(), "101");
  EXPECT_EQ(floor.data(floor.index(2), RoomFloorModel::RoomRole).toString(), "110");
  EXPECT_EQ(floor.data(floor.index(3), RoomFloorModel::RoomRole).toString(), "1001");
  EXPECT_EQ(floor.data(floor.index(3), RoomFloorModel::TopRole).toString(), "high");
  EXPECT_EQ(floor.data(floor.index(3), RoomFloorModel::CallRole).toString(), "placed");
  s.ts = 5;  // older: ignored
  s.active = 0;
  floor.apply(s);
  EXPECT_EQ(floor.data(floor.index(3), RoomFloorModel::ActiveRole).toInt(), 1);
}

TEST(DeviceBoardModel, TracksPresenceAndHeartbeats) {
  ManualClock clock(100'000);
  DeviceBoardModel devices(clock);
  QAbstractItemModelTester tester(&devices, QAbstractItemModelTester::FailureReportingMode::Fatal);
  protocol::Presence p;
  p.node = "kiosk-101";
  p.room = "101";
  p.ts = 90'000;
  devices.apply(p);
  protocol::Heartbeat h;
  h.node = "vision-1";
  h.stats = {{"fps", 15}};
  devices.apply(h);
  ASSERT_EQ(devices.rowCount(), 2);
  EXPECT_EQ(devices.offline_count(), 1) << "heard only by heartbeat, never announced online";
  EXPECT_TRUE(devices.data(devices.index(0), DeviceBoardModel::OnlineRole).toBool());
  EXPECT_EQ(devices.data(devices.index(0), DeviceBoardModel::LastSeenTextRole).toString(), "0:10");
  EXPECT_EQ(devices.data(devices.index(1), DeviceBoardModel::StatsRole).toString(), "fps 15");
  p.state = protocol::PresenceState::kOffline;
  devices.apply(p);
  EXPECT_EQ(devices.offline_count(), 2);
}

}  // namespace
}  // namespace anju::console
