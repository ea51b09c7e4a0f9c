// The engine is killed (kill -9) in the middle of 1,000 calls and started again on its journal:
// afterwards the journal holds every call exactly once with exactly one alarm each, the console
// saw every alarm, and the sender holds nothing unconfirmed.
#include <gtest/gtest.h>
#include <signal.h>

#include <set>

#include "fault_support.h"
#include "node/reliable_event_sender.h"
#include "protocol/codec.h"
#include "protocol/topics.h"
#include "support/call_rig.h"
#include "support/child_process.h"
#include "support/test_broker.h"
#include "support/test_engine.h"

#ifndef ANJU_BIN_DIR
#error "ANJU_BIN_DIR must name the folder with anju-engine"
#endif

namespace anju::fault {
namespace {

using protocol::NodeKind;
using protocol::TopicKind;

std::size_t distinct_call_rooms(const std::vector<protocol::AlarmState>& v) {
  std::set<std::string> rooms;
  for (const auto& a : v) {
    if (a.type == "call") rooms.insert(a.room);
  }
  return rooms.size();
}

TEST(EngineFault, EngineKilledDuringAThousandCallsLosesAndDoublesNone) {
  constexpr int kCalls = 1000;
  constexpr std::size_t kKillAt = 300;  // alarms the console has seen when the engine dies
  test::TestBroker broker(
      {{"engine", "engine", ""}, {"gw-1", "gateway", ""}, {"console-1", "console", ""}});
  ANJU_REQUIRE_BROKER(broker);
  const auto dir = broker.dir();
  const auto journal = dir / "engine.journal";
  const auto engine_argv = test::engine_command(broker, ANJU_BIN_DIR);
  auto engine = std::make_unique<test::ChildProcess>(engine_argv, dir / "engine.log", false);
  ASSERT_TRUE(engine->started());

  test::CallRig rig(broker, broker.bus_config("gw-1", NodeKind::kGateway),
                    test::resend_every(1s, 100ms, 500));
  ASSERT_TRUE(rig.start());
  auto& calls = rig.calls();
  auto& alarms = rig.alarms;

  for (int i = 1; i <= kCalls; ++i)
    ASSERT_TRUE(calls.send(call("gw-1", std::to_string(10000 + i), i)));
  ASSERT_TRUE(
      alarms.wait_for([&](const auto& v) { return distinct_call_rooms(v) >= kKillAt; }, 30s))
      << "only " << distinct_call_rooms(alarms.items()) << " alarms before the kill";
  engine->stop(SIGKILL);
  const auto seen_before = distinct_call_rooms(alarms.items());
  EXPECT_LT(seen_before, static_cast<std::size_t>(kCalls)) << "the kill came after the burst";
  RecordProperty("alarms_before_kill", static_cast<int>(seen_before));
  engine = std::make_unique<test::ChildProcess>(engine_argv, dir / "engine.log", false);
  ASSERT_TRUE(engine->started());

  EXPECT_TRUE(alarms.wait_for([&](const auto& v) { return distinct_call_rooms(v) == kCalls; }, 60s))
      << "alarms seen: " << distinct_call_rooms(alarms.items()) << " of " << kCalls << " ("
      << seen_before << " before the kill)";
  EXPECT_TRUE(eventually([&] { return calls.pending() == 0; }, 30s))
      << calls.pending() << " calls without a receipt";
  EXPECT_EQ(calls.stats().confirmed, static_cast<std::uint64_t>(kCalls));
  std::set<std::string> alarm_ids;
  for (const auto& a : alarms.items()) {
    if (a.type == "call") alarm_ids.insert(a.alarm);
  }
  EXPECT_EQ(alarm_ids.size(), static_cast<std::size_t>(kCalls)) << "a call raised two alarms";
  calls.stop();
  ASSERT_TRUE(WIFEXITED(engine->stop(SIGTERM, 10s))) << "the engine did not stop cleanly";

  const auto counts = journal_counts(journal, "gw-1");
  ASSERT_EQ(counts.error, "");
  EXPECT_EQ(counts.events, kCalls);
  EXPECT_EQ(counts.distinct_events, kCalls);
  EXPECT_EQ(counts.call_alarms, kCalls);
  EXPECT_EQ(counts.call_rooms, kCalls);
  EXPECT_EQ(counts.raised_twice, 0);
}

}  // namespace
}  // namespace anju::fault
