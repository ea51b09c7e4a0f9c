// Simulator -> broker -> engine -> console model, all real: the facility simulator's events reach
// the console's alarm board through a TLS broker and the running engine, and an acknowledgement
// from the console comes back to the board as "nurse coming".
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "console/console_controller.h"
#include "engine/engine_service.h"
#include "node/reliable_event_sender.h"
#include "protocol/codec.h"
#include "simulator/facility_simulator.h"
#include "support/test_broker.h"
#include "support/test_engine.h"

namespace anju::console {
namespace {

using namespace std::chrono_literals;

// Spins the Qt event loop until `done` or the timeout.
template <class Pred>
bool process_until(Pred done, int timeout_ms = 15000) {
  QElapsedTimer timer;
  timer.start();
  while (!done() && timer.elapsed() < timeout_ms)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
  return done();
}

TEST(ConsoleIntegration, SimulatedCallsReachTheBoardAndAnAcknowledgementComesBack) {
  test::TestBroker broker(
      {{"engine", "engine", ""}, {"sim", "simulator", ""}, {"console-1", "console", ""}}, "demo");
  ASSERT_TRUE(broker.ok()) << broker.error();
  auto engine = test::start_engine(broker);
  ASSERT_TRUE(engine);
  auto& service = *engine;

  ConsoleController station(
      SystemClock::instance(), "demo", "console-1",
      std::make_unique<qt::QtBus>(broker.bus_config("console-1", protocol::NodeKind::kConsole)),
      nullptr);
  station.sign_in_as({"n05", "Wang Fang", auth::Role::kNurse});

  // Ten rooms, only calls, no staff coming: every room ends up with one waiting call.
  devices::SimulatorConfig sim_cfg;
  sim_cfg.rooms = 10;
  sim_cfg.calls_per_hour = 60;
  sim_cfg.bathroom_calls_per_hour = sim_cfg.requests_per_hour = sim_cfg.bed_exits_per_hour = 0;
  sim_cfg.door_openings_per_hour = sim_cfg.emergencies_per_hour = 0;
  sim_cfg.response_min_s = sim_cfg.response_max_s = 1e9;
  sim_cfg.round_interval_min = 0;
  sim_cfg.speed = 3600;
  const auto start = SystemClock::instance().now_ms();
  devices::FacilitySimulator simulator(sim_cfg, start);
  bus::Bus gateway(broker.bus_config("sim", protocol::NodeKind::kSimulator));
  auto sender = node::ReliableEventSender::open(gateway);  // as anju-sim sends them
  ASSERT_TRUE(sender) << sender.error().reason;
  gateway.start();
  ASSERT_TRUE(gateway.wait_connected(10s));
  for (auto& e : simulator.advance(start + 10'000)) ASSERT_TRUE((*sender)->publish(std::move(e)));

  // Alarms and room summaries are separate messages: wait for both.
  ASSERT_TRUE(process_until([&] {
    return station.alarms()->count() == 10 && station.rooms()->count() == 10;
  })) << "alarms on the board: "
      << station.alarms()->count() << ", rooms: " << station.rooms()->count();
  EXPECT_EQ(station.alarms()->medium_count(), 10);

  const QString first =
      station.alarms()->data(station.alarms()->index(0), AlarmBoardModel::AlarmIdRole).toString();
  ASSERT_TRUE(station.acknowledge(first));
  EXPECT_TRUE(process_until([&] {
    const int row = station.alarms()->rowOf(first);
    return row >= 0 && station.alarms()->data(station.alarms()->index(row),
                                              AlarmBoardModel::StatusRole) == "acknowledged";
  })) << "the acknowledgement did not come back from the engine";
  const int row = station.alarms()->rowOf(first);
  EXPECT_EQ(
      station.alarms()->data(station.alarms()->index(row), AlarmBoardModel::ByRole).toString(),
      "n05");
  // The acknowledgement went through the console's sender and the engine's receipt cleared it.
  EXPECT_TRUE(process_until([&] { return station.pending_events() == 0; }))
      << station.pending_events() << " console event(s) still without a receipt";
  gateway.stop();
  service.stop();
}

// Several consoles at once show the same truth: what one nurse does appears on the other console,
// and both get the engine's rounds and shift report.
TEST(ConsoleIntegration, TwoConsolesShowTheSameAlarmsActionsRoundsAndReport) {
  test::TestBroker broker({{"engine", "engine", ""},
                           {"kiosk-101", "kiosk", "101"},
                           {"console-1", "console", ""},
                           {"console-2", "console", ""}},
                          "demo");
  ASSERT_TRUE(broker.ok()) << broker.error();
  auto engine = test::start_engine(broker);
  ASSERT_TRUE(engine);
  auto& service = *engine;

  auto console = [&](const char* node) {
    return std::make_unique<ConsoleController>(
        SystemClock::instance(), "demo", node,
        std::make_unique<qt::QtBus>(broker.bus_config(node, protocol::NodeKind::kConsole)),
        nullptr);
  };
  auto desk = console("console-1");
  auto corridor = console("console-2");
  corridor->sign_in_as({"n02", "Chen Jing", auth::Role::kNurse});
  ASSERT_TRUE(process_until([&] {
    return desk->report()->available() && corridor->report()->available();
  })) << "the engine publishes the shift report (retained) at start";

  bus::Bus kiosk(broker.bus_config("kiosk-101", protocol::NodeKind::kKiosk));
  kiosk.start();
  ASSERT_TRUE(kiosk.wait_connected(10s));
  protocol::Event call;
  call.id = "kiosk-101-x-1";
  call.ts = SystemClock::instance().now_ms();
  call.seq = 1;
  call.node = "kiosk-101";
  call.type = protocol::EventType::kCall;
  call.room = "101";
  kiosk.publish(protocol::topic("demo", protocol::TopicKind::kEvent, "kiosk-101"),
                protocol::encode(call));

  ASSERT_TRUE(process_until(
      [&] { return desk->alarms()->count() == 1 && corridor->alarms()->count() == 1; }));
  const QString id =
      desk->alarms()->data(desk->alarms()->index(0), AlarmBoardModel::AlarmIdRole).toString();
  EXPECT_EQ(corridor->alarms()->data(corridor->alarms()->index(0), AlarmBoardModel::AlarmIdRole),
            id);
  ASSERT_TRUE(corridor->acknowledge(id));
  auto status_on = [&](ConsoleController& c) {
    const int row = c.alarms()->rowOf(id);
    return row < 0
               ? QString()
               : c.alarms()->data(c.alarms()->index(row), AlarmBoardModel::StatusRole).toString();
  };
  EXPECT_TRUE(process_until([&] {
    return status_on(*desk) == "acknowledged" && status_on(*corridor) == "acknowledged";
  })) << "desk: "
      << status_on(*desk).toStdString() << ", corridor: " << status_on(*corridor).toStdString();
  const int row = desk->alarms()->rowOf(id);
  EXPECT_EQ(desk->alarms()->data(desk->alarms()->index(row), AlarmBoardModel::ByRole).toString(),
            "n02")
      << "the desk sees who is coming";
  // Room 101 is on a round schedule from the moment the engine heard of it.
  EXPECT_TRUE(process_until(
      [&] { return desk->rounds()->count() == 1 && corridor->rounds()->count() == 1; }));
  kiosk.stop();
  service.stop();
}

}  // namespace
}  // namespace anju::console
