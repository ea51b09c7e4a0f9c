// The engine as a running service with a real TLS broker: the closed loop a resident relies on
// (press -> alarm on every console -> acknowledged -> "nurse coming" at the bedside), receipts for
// what is journalled, and a crash of the engine in the middle of a burst losing nothing.
#include "engine/engine_service.h"

#include <gtest/gtest.h>
#include <signal.h>

#include <algorithm>
#include <condition_variable>
#include <iterator>
#include <mutex>
#include <set>
#include <thread>

#include "node/reliable_event_sender.h"
#include "protocol/codec.h"
#include "support/bus_inbox.h"
#include "support/call_rig.h"
#include "support/child_process.h"
#include "support/ports.h"
#include "support/test_broker.h"
#include "support/test_engine.h"

namespace anju::engine {
namespace {

using namespace std::chrono_literals;
using protocol::EventType;
using protocol::NodeKind;
using protocol::TopicKind;
using test::Inbox;
using test::subscribe_into;

protocol::Event event(EventType type, const std::string& node, const std::string& room, int seq) {
  protocol::Event e;
  e.id = node + "-test-" + std::to_string(seq);
  e.seq = static_cast<std::uint64_t>(seq);
  e.ts = SystemClock::instance().now_ms();
  e.node = node;
  e.type = type;
  e.room = room;
  return e;
}

// How many receipts named this event.
std::size_t receipts_naming(const std::vector<protocol::Command>& receipts, const std::string& id) {
  return static_cast<std::size_t>(
      std::count_if(receipts.begin(), receipts.end(), [&](const auto& c) {
        return c.cmd == protocol::CommandType::kReceipt &&
               std::find(c.events.begin(), c.events.end(), id) != c.events.end();
      }));
}

TEST(EngineService, AKioskCallAcknowledgedAtTheConsoleTellsTheKioskANurseIsComing) {
  test::TestBroker broker(
      {{"engine", "engine", ""}, {"kiosk-101", "kiosk", "101"}, {"console-1", "console", ""}});
  ANJU_REQUIRE_BROKER(broker);
  auto engine = test::start_engine(broker, "engine", 100ms);
  ASSERT_TRUE(engine);
  auto& service = *engine;

  bus::Bus kiosk(broker.bus_config("kiosk-101", NodeKind::kKiosk));
  bus::Bus console(broker.bus_config("console-1", NodeKind::kConsole));
  Inbox<protocol::Command> commands;
  Inbox<protocol::RoomSummary> room;
  Inbox<protocol::AlarmState> alarms;
  const auto& site = broker.site();
  subscribe_into(kiosk, protocol::topic(site, TopicKind::kCmd, "kiosk-101"), commands,
                 protocol::decode_command);
  subscribe_into(kiosk, protocol::topic(site, TopicKind::kRoom, "101"), room,
                 protocol::decode_room_summary);
  subscribe_into(console, protocol::topic_filter(site, TopicKind::kAlarm), alarms,
                 protocol::decode_alarm_state);
  kiosk.start();
  console.start();
  ASSERT_TRUE(kiosk.wait_connected(10s));
  ASSERT_TRUE(console.wait_connected(10s));

  const auto call = event(EventType::kCall, "kiosk-101", "101", 1);
  kiosk.publish(protocol::topic(site, TopicKind::kEvent, "kiosk-101"), protocol::encode(call));
  ASSERT_TRUE(alarms.wait_for([](const auto& v) { return !v.empty(); }))
      << "no alarm on the console";
  const auto raised = alarms.items().front();
  EXPECT_EQ(raised.type, "call");
  EXPECT_EQ(raised.status, protocol::AlarmStatus::kRaised);
  EXPECT_EQ(raised.room, "101");
  ASSERT_TRUE(room.wait_for(
      [](const auto& v) { return !v.empty() && v.back().call == protocol::CallState::kPlaced; }));

  auto ack = event(EventType::kAlarmAck, "console-1", "101", 1);
  ack.alarm = raised.alarm;
  ack.staff = "n01";
  console.publish(protocol::topic(site, TopicKind::kEvent, "console-1"), protocol::encode(ack));
  // Receipts for the kiosk's own events share its cmd topic; the nurse's answer is the other one.
  auto answers = [](const std::vector<protocol::Command>& v) {
    std::vector<protocol::Command> out;
    std::copy_if(v.begin(), v.end(), std::back_inserter(out),
                 [](const auto& c) { return c.cmd != protocol::CommandType::kReceipt; });
    return out;
  };
  ASSERT_TRUE(commands.wait_for([&](const auto& v) { return !answers(v).empty(); }))
      << "the kiosk heard nothing";
  const auto answer = answers(commands.items()).front();
  EXPECT_EQ(answer.cmd, protocol::CommandType::kAcknowledged);
  EXPECT_EQ(answer.staff, "n01");
  EXPECT_EQ(answer.alarm, raised.alarm);
  EXPECT_TRUE(room.wait_for(
      [](const auto& v) { return v.back().call == protocol::CallState::kAcknowledged; }));
  // The kiosk also learnt that the station journalled its call.
  EXPECT_TRUE(commands.wait_for([&](const auto& v) { return receipts_naming(v, call.id) == 1; }));
  service.stop();
}

TEST(EngineService, ARoomGivenToANurseStaysGivenAcrossAnEngineRestart) {
  test::TestBroker broker({{"engine", "engine", ""}, {"console-1", "console", ""}});
  ANJU_REQUIRE_BROKER(broker);
  const auto& site = broker.site();
  bus::Bus console(broker.bus_config("console-1", NodeKind::kConsole));
  Inbox<protocol::RoomSummary> room;
  subscribe_into(console, protocol::topic(site, TopicKind::kRoom, "101"), room,
                 protocol::decode_room_summary);
  console.start();
  ASSERT_TRUE(console.wait_connected(10s));

  auto engine = test::start_engine(broker, "engine", 100ms);
  ASSERT_TRUE(engine);
  auto given = event(EventType::kAssign, "console-1", "101", 1);
  given.staff = "c01";
  given.assignee = "n02";
  console.publish(protocol::topic(site, TopicKind::kEvent, "console-1"), protocol::encode(given));
  ASSERT_TRUE(room.wait_for([](const auto& v) { return !v.empty() && v.back().assigned == "n02"; }))
      << "the room summary does not name its nurse";
  engine->stop();
  engine.reset();

  // A new engine on the same journal: the room summary it publishes first still names the nurse.
  const auto before = room.items().size();
  engine = test::start_engine(broker, "engine", 100ms);
  ASSERT_TRUE(engine);
  ASSERT_TRUE(room.wait_for([&](const auto& v) { return v.size() > before; }))
      << "the restarted engine did not republish the room";
  EXPECT_EQ(room.items().back().assigned, "n02");
  engine->stop();
}

// What an operator's monitoring scrapes: the engine's figures at GET /metrics, Prometheus text.
TEST(EngineService, ServesItsFiguresAsPrometheusMetrics) {
  test::TestBroker broker({{"engine", "engine", ""}, {"kiosk-101", "kiosk", "101"}});
  ANJU_REQUIRE_BROKER(broker);
  auto engine = test::start_engine(broker, "engine", 100ms);
  ASSERT_TRUE(engine);
  metrics::MetricsServer server([&] { return engine->metrics(); });
  auto port = server.start("127.0.0.1", 0);
  ASSERT_TRUE(port) << port.error().reason;
  EXPECT_NE(test::http_get(port.value(), "/metrics").find("\nanju_engine_events_total 0\n"),
            std::string::npos);

  bus::Bus kiosk(broker.bus_config("kiosk-101", NodeKind::kKiosk));
  kiosk.start();
  ASSERT_TRUE(kiosk.wait_connected(10s));
  kiosk.publish(protocol::topic(broker.site(), TopicKind::kEvent, "kiosk-101"),
                protocol::encode(event(EventType::kCall, "kiosk-101", "101", 1)));
  for (int i = 0; i < 200 && engine->stats().active_alarms == 0; ++i)
    std::this_thread::sleep_for(50ms);
  const std::string text = test::http_get(port.value(), "/metrics");
  for (const char* line :
       {"\nanju_engine_events_total 1\n", "\nanju_engine_active_alarms{status=\"raised\"} 1\n",
        "\nanju_engine_active_alarms{status=\"acknowledged\"} 0\n",
        "\nanju_engine_active_alarms_by_priority{priority=\"medium\"} 1\n",
        "\nanju_engine_event_age_seconds_count 1\n",
        "\nanju_engine_event_age_seconds_bucket{le=\"+Inf\"} 1\n",
        "\nanju_engine_broker_connected 1\n", "\nanju_engine_rejected_messages_total 0\n"})
    EXPECT_NE(text.find(line), std::string::npos) << "no line " << line << " in\n" << text;
  kiosk.stop(100ms);
  engine->stop();
}

// A call in an assigned room pages the room's nurse; her phone's accept reaches the kiosk as "a
// nurse is coming" in her name. (The answer is sent here as the phone gateway sends it:
// tests/nursestation/phone/phone_gateway_test.cpp has the gateway itself.)
TEST(EngineService, AnAcceptedPageTellsTheKioskWhichNurseIsComing) {
  test::TestBroker broker(
      {{"engine", "engine", ""}, {"kiosk-101", "kiosk", "101"}, {"console-1", "console", ""}});
  ANJU_REQUIRE_BROKER(broker);
  const auto& site = broker.site();
  auto engine = test::start_engine(broker, "engine", 100ms);
  ASSERT_TRUE(engine);
  bus::Bus kiosk(broker.bus_config("kiosk-101", NodeKind::kKiosk));
  bus::Bus console(broker.bus_config("console-1", NodeKind::kConsole));
  Inbox<protocol::Command> commands;
  Inbox<protocol::AlarmState> alarms;
  Inbox<protocol::RoomSummary> room;
  subscribe_into(kiosk, protocol::topic(site, TopicKind::kCmd, "kiosk-101"), commands,
                 protocol::decode_command);
  subscribe_into(kiosk, protocol::topic(site, TopicKind::kRoom, "101"), room,
                 protocol::decode_room_summary);
  subscribe_into(console, protocol::topic_filter(site, TopicKind::kAlarm), alarms,
                 protocol::decode_alarm_state);
  kiosk.start();
  console.start();
  ASSERT_TRUE(kiosk.wait_connected(10s));
  ASSERT_TRUE(console.wait_connected(10s));
  const auto console_topic = protocol::topic(site, TopicKind::kEvent, "console-1");
  auto given = event(EventType::kAssign, "console-1", "101", 1);
  given.staff = "c01";
  given.assignee = "n07";
  console.publish(console_topic, protocol::encode(given));
  // Two nodes publish: nothing orders the call after the assignment unless the test waits for it.
  ASSERT_TRUE(
      room.wait_for([](const auto& v) { return !v.empty() && v.back().assigned == "n07"; }));

  const auto call = event(EventType::kCall, "kiosk-101", "101", 1);
  kiosk.publish(protocol::topic(site, TopicKind::kEvent, "kiosk-101"), protocol::encode(call));
  ASSERT_TRUE(alarms.wait_for([](const auto& v) {
    return !v.empty() && !v.back().paged.empty() && v.back().paged[0].staff == "n07";
  })) << "the room's nurse was not paged";
  const auto paged = alarms.items().back();
  EXPECT_EQ(paged.paging, "assigned");
  EXPECT_EQ(paged.paged[0].state, "sent");

  auto accept = event(EventType::kAlertStatus, "console-1", "", 2);
  accept.alarm = paged.alarm;
  accept.staff = "n07";
  accept.detail = "accepted";
  console.publish(console_topic, protocol::encode(accept));
  EXPECT_TRUE(commands.wait_for([](const auto& v) {
    return std::any_of(v.begin(), v.end(), [](const protocol::Command& c) {
      return c.cmd == protocol::CommandType::kAcknowledged && c.staff == "n07";
    });
  })) << "the kiosk was not told that n07 is coming";
  EXPECT_TRUE(alarms.wait_for([](const auto& v) {
    return v.back().status == protocol::AlarmStatus::kAcknowledged && v.back().by == "n07" &&
           v.back().paged[0].state == "accepted";
  }));
  engine->stop();
}

// The broker is killed before its first autosave (10 s), so it comes back without the retained
// alarms: the engine publishes them again once it is reconnected, and a console that subscribes
// after the crash still sees every active alarm.
TEST(EngineService, AfterABrokerCrashEveryActiveAlarmIsRetainedAgain) {
  test::TestBroker broker(
      {{"engine", "engine", ""}, {"gw-1", "gateway", ""}, {"console-1", "console", ""}});
  ANJU_REQUIRE_BROKER(broker);
  const auto& site = broker.site();
  auto engine = test::start_engine(broker, "engine", 100ms);
  ASSERT_TRUE(engine);
  auto count_calls = [](const std::vector<protocol::AlarmState>& v) {
    std::set<std::string> rooms;
    for (const auto& a : v)
      if (a.type == "call") rooms.insert(a.room);
    return rooms.size();
  };
  {
    bus::Bus gateway(broker.bus_config("gw-1", NodeKind::kGateway));
    bus::Bus console(broker.bus_config("console-1", NodeKind::kConsole, false));
    Inbox<protocol::AlarmState> alarms;
    subscribe_into(console, protocol::topic_filter(site, TopicKind::kAlarm), alarms,
                   protocol::decode_alarm_state);
    gateway.start();
    console.start();
    ASSERT_TRUE(gateway.wait_connected(10s));
    ASSERT_TRUE(console.wait_connected(10s));
    for (int i = 1; i <= 3; ++i) {
      const auto call = event(EventType::kCall, "gw-1", std::to_string(100 + i), i);
      gateway.publish(protocol::topic(site, TopicKind::kEvent, "gw-1"), protocol::encode(call));
    }
    ASSERT_TRUE(alarms.wait_for([&](const auto& v) { return count_calls(v) == 3; }));
    console.stop(100ms);
    gateway.stop(100ms);
  }
  broker.kill();
  ASSERT_TRUE(broker.restart()) << broker.error();
  // RabbitMQ takes tens of seconds to come back and the engine's reconnects back off: wait until
  // the engine has really reconnected (connected() may still be true before it saw the loss).
  const auto deadline = std::chrono::steady_clock::now() + 90s;
  while (!(engine->bus().stats().reconnects >= 1 && engine->bus().connected()) &&
         std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(50ms);
  ASSERT_TRUE(engine->bus().connected()) << "the engine did not reconnect";
  ASSERT_GE(engine->bus().stats().reconnects, 1u);

  bus::Bus console(broker.bus_config("console-1", NodeKind::kConsole, false));
  Inbox<protocol::AlarmState> alarms;
  subscribe_into(console, protocol::topic_filter(site, TopicKind::kAlarm), alarms,
                 protocol::decode_alarm_state);
  console.start();
  ASSERT_TRUE(console.wait_connected(10s));
  EXPECT_TRUE(alarms.wait_for([&](const auto& v) { return count_calls(v) == 3; }, 15s))
      << "a console after the crash sees " << count_calls(alarms.items()) << " of 3 alarms";
  engine->stop();
}

TEST(EngineService, ConfirmsJournalledEventsToTheirSourceAgainWhenTheyComeAgain) {
  test::TestBroker broker({{"engine", "engine", ""}, {"gw-1", "gateway", ""}});
  ANJU_REQUIRE_BROKER(broker);
  EngineServiceConfig cfg;
  cfg.bus = broker.bus_config("engine", NodeKind::kEngine);
  cfg.journal_path = broker.dir() / "engine.journal";
  cfg.tick_interval = 50ms;
  // Remember only the last id: an older one is recognised as a duplicate by the journal.
  cfg.settings.dedup_window = 1;
  EngineService service(cfg);
  service.on_log([](const std::string&) {});
  ASSERT_TRUE(service.start());
  // Subscribed before anyone publishes (RabbitMQ takes longer than Mosquitto to get there).
  ASSERT_TRUE(service.bus().wait_connected(20s));

  bus::Bus gateway(broker.bus_config("gw-1", NodeKind::kGateway));
  Inbox<protocol::Command> receipts;
  const auto& site = broker.site();
  subscribe_into(gateway, protocol::topic(site, TopicKind::kCmd, "gw-1"), receipts,
                 protocol::decode_command);
  gateway.start();
  ASSERT_TRUE(gateway.wait_connected(10s));
  const auto topic = protocol::topic(site, TopicKind::kEvent, "gw-1");
  const auto first = event(EventType::kCall, "gw-1", "201", 1);
  const auto second = event(EventType::kCall, "gw-1", "202", 2);
  auto rejected = event(EventType::kCall, "gw-1", "203", 3);
  rejected.room.clear();  // a call without a room: refused, never journalled
  const auto third = event(EventType::kCall, "gw-1", "204", 4);
  for (const auto& e : {first, second, rejected, third})
    gateway.publish(topic, protocol::encode(e));
  ASSERT_TRUE(receipts.wait_for([&](const auto& v) {
    return receipts_naming(v, first.id) == 1 && receipts_naming(v, second.id) == 1 &&
           receipts_naming(v, third.id) == 1;
  })) << "journalled events were not confirmed";
  // Receipts follow the journal's order: the refused event would have been named by now.
  EXPECT_EQ(receipts_naming(receipts.items(), rejected.id), 0u);

  // The gateway did not hear them (say) and sends two again: the third is still in the engine's
  // memory, the first only in its journal. Both are confirmed again, neither is a second alarm.
  gateway.publish(topic, protocol::encode(third));
  gateway.publish(topic, protocol::encode(first));
  EXPECT_TRUE(receipts.wait_for([&](const auto& v) {
    return receipts_naming(v, first.id) == 2 && receipts_naming(v, third.id) == 2;
  })) << "a duplicate was not confirmed";
  EXPECT_EQ(service.stats().duplicates, 2u);
  EXPECT_EQ(service.stats().active_alarms, 3u);
  service.stop();
}

TEST(EngineService, AKilledEngineLosesNoEventOfABurst) {
  test::TestBroker broker(
      {{"engine", "engine", ""}, {"gw-1", "gateway", ""}, {"console-1", "console", ""}});
  ANJU_REQUIRE_BROKER(broker);
  const auto dir = broker.dir();
  const auto engine_argv = test::engine_command(broker, ANJU_BIN_DIR);
  auto engine = std::make_unique<test::ChildProcess>(engine_argv, dir / "engine.log", false);
  ASSERT_TRUE(engine->started());

  // The gateway sends as every node does: a call stays pending until the engine's receipt and is
  // sent again when none comes (after half a second here, to keep the test short).
  test::CallRig rig(broker, broker.bus_config("gw-1", NodeKind::kGateway),
                    test::resend_every(500ms, 50ms));
  ASSERT_TRUE(rig.start());
  auto& calls = rig.calls();
  auto& alarms = rig.alarms;

  constexpr int kCalls = 400;
  for (int i = 1; i <= kCalls; ++i)
    ASSERT_TRUE(calls.send(event(EventType::kCall, "gw-1", std::to_string(1000 + i), i)));
  // Calls only: the restarted engine also reports its own earlier instance offline (Last Will).
  auto distinct_rooms = [](const std::vector<protocol::AlarmState>& v) {
    std::set<std::string> rooms;
    for (const auto& a : v) {
      if (a.type == "call") rooms.insert(a.room);
    }
    return rooms.size();
  };
  // Kill the engine mid-burst, then start it again on the same journal.
  ASSERT_TRUE(alarms.wait_for([&](const auto& v) { return distinct_rooms(v) >= 50; }, 20s));
  engine->stop(SIGKILL);
  const auto seen_before_restart = distinct_rooms(alarms.items());
  engine = std::make_unique<test::ChildProcess>(engine_argv, dir / "engine.log", false);
  ASSERT_TRUE(engine->started());
  EXPECT_TRUE(alarms.wait_for([&](const auto& v) { return distinct_rooms(v) == kCalls; }, 30s))
      << "alarms seen: " << distinct_rooms(alarms.items()) << " of " << kCalls << " ("
      << seen_before_restart << " before the kill)";
  // Exactly one alarm per call: a redelivered event is never a second alarm.
  std::set<std::string> alarm_ids;
  for (const auto& a : alarms.items()) {
    if (a.type == "call") alarm_ids.insert(a.alarm);
    EXPECT_FALSE(a.type == "node_offline" && a.node == "engine")
        << "the engine alarmed about itself";
  }
  EXPECT_EQ(alarm_ids.size(), static_cast<std::size_t>(kCalls));
  // And every call is confirmed in the end: nothing is left for the gateway to send again.
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (calls.pending() > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(50ms);
  }
  EXPECT_EQ(calls.pending(), 0u) << "calls without a receipt";
  EXPECT_EQ(calls.stats().confirmed, static_cast<std::uint64_t>(kCalls));
  calls.stop();
  engine->stop(SIGTERM);
}

}  // namespace
}  // namespace anju::engine
