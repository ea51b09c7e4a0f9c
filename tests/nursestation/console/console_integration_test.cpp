// Simulator -> broker -> engine -> console model, all real: the facility simulator's events reach
// the console's alarm board through a TLS broker and the running engine, and an acknowledgement
// from the console comes back to the board as "nurse coming".
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "console/console_controller.h"
#include "engine/engine_service.h"
#include "protocol/codec.h"
#include "simulator/facility_simulator.h"
#include "support/test_broker.h"

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
  engine::EngineServiceConfig cfg;
  cfg.bus = broker.bus_config("engine", protocol::NodeKind::kEngine);
  cfg.journal_path = broker.dir() / "engine.journal";
  engine::EngineService service(cfg);
  service.on_log([](const std::string&) {});
  ASSERT_TRUE(service.start());

  ConsoleController station(
      SystemClock::instance(), "demo", "console-1",
      std::make_unique<qt::QtBus>(broker.bus_config("console-1", protocol::NodeKind::kConsole)),
      nullptr, engine::AlarmPolicy::defaults());
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
  gateway.start();
  ASSERT_TRUE(gateway.wait_connected(10s));
  for (const auto& e : simulator.advance(start + 10'000))
    gateway.publish(protocol::topic("demo", protocol::TopicKind::kEvent, "sim"),
                    protocol::encode(e));

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
  gateway.stop();
  service.stop();
}

}  // namespace
}  // namespace anju::console
