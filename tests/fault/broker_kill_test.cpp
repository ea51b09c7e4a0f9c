// The broker crashes (kill -9, nothing saved since its last autosave) while calls are in flight
// and comes back: every call is journalled by the engine exactly once, one alarm each, and every
// sender's pending table empties (each call confirmed by a receipt).
#include <gtest/gtest.h>

#include <atomic>
#include <set>

#include "engine/engine_service.h"
#include "fault_support.h"
#include "node/reliable_event_sender.h"
#include "protocol/codec.h"
#include "protocol/topics.h"
#include "support/call_rig.h"
#include "support/test_broker.h"
#include "support/test_engine.h"

namespace anju::fault {
namespace {

using protocol::NodeKind;
using protocol::TopicKind;

TEST(BrokerFault, CallsInFlightSurviveABrokerKilledAndRestarted) {
  constexpr int kCalls = 600;
  constexpr int kKillAfter = 150;
  test::TestBroker broker(
      {{"engine", "engine", ""}, {"gw-1", "gateway", ""}, {"console-1", "console", ""}});
  ANJU_REQUIRE_BROKER(broker);
  auto service = test::start_engine(broker, "engine", 100ms);
  ASSERT_TRUE(service);

  test::CallRig rig(broker, broker.bus_config("gw-1", NodeKind::kGateway),
                    test::resend_every(1s, 100ms));
  ASSERT_TRUE(rig.start());
  auto& calls = rig.calls();
  auto& alarms = rig.alarms;

  std::atomic<int> sent{0};
  std::atomic<bool> send_failed{false};
  std::thread caller([&] {
    for (int i = 1; i <= kCalls; ++i) {
      if (!calls.send(call("gw-1", std::to_string(1000 + i), i))) send_failed = true;
      sent = i;
      std::this_thread::sleep_for(5ms);  // ~3 s of calls: the crash lands in the middle
    }
  });
  while (sent < kKillAfter) std::this_thread::sleep_for(1ms);
  broker.kill();
  std::this_thread::sleep_for(2s);
  const bool restarted = broker.restart();
  caller.join();
  ASSERT_TRUE(restarted) << broker.error();
  EXPECT_FALSE(send_failed) << "a call was refused locally";

  EXPECT_TRUE(eventually([&] { return calls.pending() == 0; }, 60s))
      << calls.pending() << " calls still without a receipt";
  EXPECT_EQ(calls.stats().confirmed, static_cast<std::uint64_t>(kCalls));
  EXPECT_TRUE(alarms.wait_for(
      [&](const auto& v) {
        std::set<std::string> rooms;
        for (const auto& a : v) {
          if (a.type == "call") rooms.insert(a.room);
        }
        return rooms.size() == kCalls;
      },
      20s))
      << "not every call reached the console";
  calls.stop();
  service->stop();
  service.reset();

  const auto journal = journal_counts(test::engine_journal(broker), "gw-1");
  ASSERT_EQ(journal.error, "");
  EXPECT_EQ(journal.events, kCalls);
  EXPECT_EQ(journal.distinct_events, kCalls);
  EXPECT_EQ(journal.call_alarms, kCalls) << "one alarm per call";
  EXPECT_EQ(journal.call_rooms, kCalls);
  EXPECT_EQ(journal.raised_twice, 0);
}

}  // namespace
}  // namespace anju::fault
