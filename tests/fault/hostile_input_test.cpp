// Hostile input at the station: a node that sends garbage, oversized payloads, an event signed
// with another node's name, replays of an old call, and a publish on another node's topic. Each is
// refused with a clear log line (or refused by the broker), none crashes the engine or raises an
// alarm, and a genuine call right after still raises one.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <fstream>

#include "engine/engine_service.h"
#include "fault_support.h"
#include "protocol/codec.h"
#include "protocol/topics.h"
#include "support/child_process.h"
#include "support/test_broker.h"
#include "support/test_engine.h"

namespace anju::fault {
namespace {

using protocol::NodeKind;
using protocol::TopicKind;

class Lines {
 public:
  void add(const std::string& line) {
    std::lock_guard lock(mutex_);
    lines_.push_back(line);
  }
  std::string all() {
    std::lock_guard lock(mutex_);
    std::string out;
    for (const auto& l : lines_) out += l + "\n";
    return out;
  }
  bool any(const std::string& needle) {
    std::lock_guard lock(mutex_);
    return std::any_of(lines_.begin(), lines_.end(),
                       [&](const auto& l) { return l.find(needle) != std::string::npos; });
  }

 private:
  std::mutex mutex_;
  std::vector<std::string> lines_;
};

// Publishes `payload` with mosquitto_pub (QoS 1) as `node`; empty on success, else why not.
std::string raw_publish(const test::TestBroker& broker, const std::string& node,
                        const std::string& topic, const std::string& payload) {
  static int n = 0;
  const auto file = broker.dir() / ("raw-" + std::to_string(++n));
  std::ofstream(file, std::ios::binary) << payload;
  test::ChildProcess pub({"mosquitto_pub",
                          "-V",
                          "mqttv311",
                          "-h",
                          "127.0.0.1",
                          "-p",
                          std::to_string(broker.port()),
                          "--cafile",
                          broker.ca_file().string(),
                          "-u",
                          node,
                          "-P",
                          broker.password(node),
                          "-i",
                          node + "-raw",
                          "-q",
                          "1",
                          "-t",
                          topic,
                          "-f",
                          file.string()},
                         broker.dir() / "raw.log", false);
  const int status = pub.wait(10s);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0
             ? ""
             : "mosquitto_pub failed (status " + std::to_string(status) + ")";
}

TEST(HostileInput, EngineRefusesForgedMalformedAndReplayedMessagesAndKeepsWorking) {
  test::TestBroker broker(
      {{"engine", "engine", ""}, {"kiosk-101", "kiosk", "101"}, {"console-1", "console", ""}});
  ANJU_REQUIRE_BROKER(broker);
  Lines log;
  auto engine =
      test::start_engine(broker, "engine", 50ms, [&](const std::string& line) { log.add(line); });
  ASSERT_TRUE(engine);
  auto& service = *engine;

  bus::Bus console(broker.bus_config("console-1", NodeKind::kConsole));
  Inbox<protocol::AlarmState> alarms;
  subscribe_into(console, protocol::topic_filter(broker.site(), TopicKind::kAlarm), alarms,
                 protocol::decode_alarm_state);
  bus::Bus kiosk(broker.bus_config("kiosk-101", NodeKind::kKiosk));
  console.start();
  kiosk.start();
  ASSERT_TRUE(console.wait_connected(10s));
  ASSERT_TRUE(kiosk.wait_connected(10s));
  const auto own = protocol::topic(broker.site(), TopicKind::kEvent, "kiosk-101");
  const auto calls_in_room = [](const std::vector<protocol::AlarmState>& v, const std::string& r) {
    return std::count_if(v.begin(), v.end(), [&](const auto& a) {
      return a.type == "call" && a.room == r && a.status == protocol::AlarmStatus::kRaised;
    });
  };

  // 1. Garbage, a payload past the protocol's limit, a valid event signed as another node.
  // The bus refuses to send what the protocol forbids, so a raw client plays the hostile node.
  ASSERT_EQ(raw_publish(broker, "kiosk-101", own, "{\"v\":1,\"id\":"), "");
  ASSERT_EQ(raw_publish(broker, "kiosk-101", own, std::string(70'000, 'x')), "");
  auto forged = call("kiosk-102", "102", 1);
  kiosk.publish(own, protocol::encode(forged));
  ASSERT_TRUE(eventually([&] { return service.stats().rejected >= 3; }, 10s))
      << "rejected " << service.stats().rejected << " of 3";
  EXPECT_TRUE(log.any("malformed"));
  EXPECT_TRUE(log.any("too_large"));
  EXPECT_TRUE(log.any("rejected " + own));

  // 2. Another node's topic: the broker's ACL refuses it (Mosquitto drops it, RabbitMQ closes
  // the connection); either way the engine never sees it.
  if (broker.kind() == test::BrokerKind::kMosquitto) {
    kiosk.publish(protocol::topic(broker.site(), TopicKind::kEvent, "kiosk-102"),
                  protocol::encode(forged));
    ASSERT_TRUE(kiosk.wait_flushed(5s));
  }

  // 3. A genuine call, answered and cancelled; then the same call replayed twice.
  const auto genuine = call("kiosk-101", "101", 2);
  const auto payload = protocol::encode(genuine);
  kiosk.publish(own, payload);
  ASSERT_TRUE(alarms.wait_for([&](const auto& v) { return calls_in_room(v, "101") == 1; }));
  const auto alarm_id = alarms.items().back().alarm;
  // A nurse comes and cancels it at the bedside.
  int seq = 10;
  for (auto type : {protocol::EventType::kStaffPresent, protocol::EventType::kCancel}) {
    auto visit = call("kiosk-101", "101", ++seq);
    visit.type = type;
    visit.staff = "n01";
    kiosk.publish(own, protocol::encode(visit));
  }
  ASSERT_TRUE(alarms.wait_for([&](const auto& v) {
    return std::any_of(v.begin(), v.end(), [&](const auto& a) {
      return a.alarm == alarm_id && a.status == protocol::AlarmStatus::kCancelled;
    });
  })) << "the call was not cancelled; engine log:\n"
      << log.all();
  kiosk.publish(own, payload);
  kiosk.publish(own, payload);
  ASSERT_TRUE(eventually([&] { return service.stats().duplicates >= 2; }, 10s))
      << "replays not recognised: duplicates " << service.stats().duplicates;

  // 4. Still working: a new call raises a new alarm; nothing forged or replayed raised one.
  kiosk.publish(own, protocol::encode(call("kiosk-101", "101", 3)));
  ASSERT_TRUE(alarms.wait_for([&](const auto& v) { return calls_in_room(v, "101") == 2; }));
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(calls_in_room(alarms.items(), "101"), 2) << "a replay raised an alarm";
  EXPECT_EQ(calls_in_room(alarms.items(), "102"), 0) << "a forged event raised an alarm";
  EXPECT_EQ(service.stats().rejected, 3u);
  service.stop();
}

// A stolen kiosk: its password is rotated as docs/operations.md says. The thief's copy of the old
// password no longer connects, while the reinstalled kiosk with the new one does.
TEST(HostileInput, AStolenKiosksPasswordStopsWorkingOnceRotated) {
  test::TestBroker broker({{"engine", "engine", ""}, {"kiosk-101", "kiosk", "101"}});
  ANJU_REQUIRE_BROKER(broker);
  const auto stolen = broker.bus_config("kiosk-101", NodeKind::kKiosk, false);
  {
    bus::Bus thief(stolen);
    thief.start();
    ASSERT_TRUE(thief.wait_connected(20s)) << "the password worked before the rotation";
  }
  ASSERT_TRUE(broker.rotate_password("kiosk-101")) << broker.error();
  EXPECT_NE(broker.password("kiosk-101"), stolen.password);

  bus::Bus thief(stolen);
  thief.start();
  EXPECT_FALSE(thief.wait_connected(3s)) << "the revoked password still connects";
  thief.stop(100ms);
  EXPECT_TRUE(eventually([&] { return broker.logged_refused_login(); }, 5s)) << broker.log();
  bus::Bus reinstalled(broker.bus_config("kiosk-101", NodeKind::kKiosk, false));
  reinstalled.start();
  EXPECT_TRUE(reinstalled.wait_connected(20s)) << "the new password does not connect";
}

}  // namespace
}  // namespace anju::fault
