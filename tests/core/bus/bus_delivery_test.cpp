// The bus against a real Mosquitto (TLS, passwords, ACL): messages arrive, decoded and in order;
// presence births are retained; a clean stop says "offline"; duplicates are dropped on request;
// heartbeats flow.
#include <gtest/gtest.h>

#include <memory>

#include "bus/bus.h"
#include "bus_test_util.h"
#include "support/test_broker.h"

namespace anju::bus {
namespace {

using namespace testing;
using protocol::NodeKind;
using protocol::TopicKind;
using test::TestBroker;

class BusDelivery : public ::testing::Test {
 protected:
  TestBroker broker{
      {{"engine-1", "engine", ""}, {"console-1", "console", ""}, {"kiosk-101", "kiosk", "101"}}};

  std::string topic(TopicKind kind, const std::string& leaf) const {
    return protocol::topic(broker.site(), kind, leaf);
  }
  std::string filter(TopicKind kind) const { return protocol::topic_filter(broker.site(), kind); }

  void SetUp() override { ANJU_REQUIRE_BROKER(broker); }
};

TEST_F(BusDelivery, PublishedEventArrivesIntactAtTheEngine) {
  Collector events;
  Bus engine(broker.bus_config("engine-1", NodeKind::kEngine));
  engine.subscribe(filter(TopicKind::kEvent), events.handler());
  Bus kiosk(broker.bus_config("kiosk-101", NodeKind::kKiosk));
  ASSERT_TRUE(start_all({&engine, &kiosk}));

  const auto sent = make_event("kiosk-101", 1);
  kiosk.publish(topic(TopicKind::kEvent, "kiosk-101"), protocol::encode(sent));

  ASSERT_TRUE(events.wait_for_count(1));
  const auto got = events.messages().front();
  EXPECT_EQ(got.topic, topic(TopicKind::kEvent, "kiosk-101"));
  EXPECT_FALSE(got.retained);
  auto decoded = protocol::decode(got.topic, got.payload);
  ASSERT_TRUE(decoded.ok()) << decoded.error().reason;
  EXPECT_EQ(std::get<protocol::Event>(decoded->message), sent);

  ASSERT_TRUE(kiosk.wait_flushed(5s));
  EXPECT_EQ(kiosk.stats().published, 1u);
  EXPECT_EQ(kiosk.stats().outbox_pending, 0u);
  EXPECT_EQ(engine.stats().received, 1u);
}

TEST_F(BusDelivery, ManyEventsArriveInOrder) {
  Collector events;
  Bus engine(broker.bus_config("engine-1", NodeKind::kEngine));
  engine.subscribe(filter(TopicKind::kEvent), events.handler(), {.qos = 1, .dedup_by_id = true});
  Bus kiosk(broker.bus_config("kiosk-101", NodeKind::kKiosk));
  ASSERT_TRUE(start_all({&engine, &kiosk}));

  constexpr int kCount = 500;
  for (int i = 1; i <= kCount; ++i) {
    kiosk.publish(topic(TopicKind::kEvent, "kiosk-101"),
                  protocol::encode(make_event("kiosk-101", i)));
  }
  ASSERT_TRUE(events.wait_for_count(kCount, 10s));
  const auto seqs = event_seqs(events.messages());
  for (int i = 0; i < kCount; ++i) ASSERT_EQ(seqs[i], static_cast<std::uint64_t>(i + 1));
  EXPECT_TRUE(kiosk.wait_flushed(5s));
}

TEST_F(BusDelivery, PresenceBirthIsRetainedForLateSubscribers) {
  auto config = broker.bus_config("kiosk-101", NodeKind::kKiosk);
  config.room = "101";
  config.version = "9.9.9";
  Bus kiosk(config);
  ASSERT_TRUE(start_all({&kiosk}));

  Collector presence;
  Bus engine(broker.bus_config("engine-1", NodeKind::kEngine));
  engine.subscribe(topic(TopicKind::kPresence, "kiosk-101"), presence.handler());
  ASSERT_TRUE(start_all({&engine}));

  ASSERT_TRUE(presence.wait_for_count(1));
  const auto m = presence.messages().front();
  EXPECT_TRUE(m.retained);
  auto p = protocol::decode_presence(m.payload);
  ASSERT_TRUE(p.ok()) << p.error().reason;
  EXPECT_EQ(p->node, "kiosk-101");
  EXPECT_EQ(p->state, protocol::PresenceState::kOnline);
  EXPECT_EQ(p->kind, NodeKind::kKiosk);
  EXPECT_EQ(p->room, "101");
  EXPECT_EQ(p->version, "9.9.9");
}

TEST_F(BusDelivery, CleanStopPublishesPresenceOffline) {
  Collector presence;
  Bus engine(broker.bus_config("engine-1", NodeKind::kEngine));
  engine.subscribe(topic(TopicKind::kPresence, "kiosk-101"), presence.handler());
  Bus kiosk(broker.bus_config("kiosk-101", NodeKind::kKiosk));
  ASSERT_TRUE(start_all({&engine, &kiosk}));
  ASSERT_TRUE(presence.wait_for(topic(TopicKind::kPresence, "kiosk-101"), "\"online\""));

  kiosk.stop();
  EXPECT_FALSE(kiosk.connected());
  ASSERT_TRUE(presence.wait_for(topic(TopicKind::kPresence, "kiosk-101"), "\"offline\""));
  kiosk.stop();  // idempotent
}

TEST_F(BusDelivery, DuplicateIdsReachOnlyHandlersThatDidNotAskForDedup) {
  Collector deduped, raw;
  Bus engine(broker.bus_config("engine-1", NodeKind::kEngine));
  engine.subscribe(filter(TopicKind::kEvent), deduped.handler(), {.qos = 1, .dedup_by_id = true});
  Bus console(broker.bus_config("console-1", NodeKind::kConsole));
  console.subscribe(filter(TopicKind::kEvent), raw.handler());
  Bus kiosk(broker.bus_config("kiosk-101", NodeKind::kKiosk));
  ASSERT_TRUE(start_all({&engine, &console, &kiosk}));

  const auto t = topic(TopicKind::kEvent, "kiosk-101");
  const auto once = protocol::encode(make_event("kiosk-101", 1));
  kiosk.publish(t, once);
  kiosk.publish(t, once);  // a QoS 1 redelivery looks exactly like this
  kiosk.publish(t, protocol::encode(make_event("kiosk-101", 2)));

  ASSERT_TRUE(raw.wait_for_count(3));
  ASSERT_TRUE(deduped.wait_for_count(2));
  EXPECT_EQ(event_seqs(deduped.messages()), (std::vector<std::uint64_t>{1, 2}));
  EXPECT_EQ(event_seqs(raw.messages()), (std::vector<std::uint64_t>{1, 1, 2}));
  EXPECT_EQ(engine.stats().duplicates_dropped, 1u);
}

TEST_F(BusDelivery, HeartbeatsCarryTheNodesFigures) {
  Collector heartbeats;
  Bus engine(broker.bus_config("engine-1", NodeKind::kEngine));
  engine.subscribe(topic(TopicKind::kHeartbeat, "kiosk-101"), heartbeats.handler(), {.qos = 0});
  auto config = broker.bus_config("kiosk-101", NodeKind::kKiosk);
  config.heartbeat_s = 1;
  Bus kiosk(config);
  kiosk.set_heartbeat_stats([] {
    return std::vector<std::pair<std::string, double>>{{"fps", 15}};
  });
  ASSERT_TRUE(start_all({&engine, &kiosk}));

  ASSERT_TRUE(heartbeats.wait_for_count(1, 4s));
  auto hb = protocol::decode_heartbeat(heartbeats.messages().front().payload);
  ASSERT_TRUE(hb.ok()) << hb.error().reason;
  EXPECT_EQ(hb->node, "kiosk-101");
  EXPECT_GE(hb->seq, 1u);
  ASSERT_EQ(hb->stats.size(), 1u);
  EXPECT_EQ(hb->stats[0].first, "fps");
  EXPECT_DOUBLE_EQ(hb->stats[0].second, 15);
}

TEST_F(BusDelivery, VolatilePublishesAreDeliveredWhileConnected) {
  Collector got;
  Bus engine(broker.bus_config("engine-1", NodeKind::kEngine));
  engine.subscribe(topic(TopicKind::kHeartbeat, "kiosk-101"), got.handler(), {.qos = 0});
  Bus kiosk(broker.bus_config("kiosk-101", NodeKind::kKiosk));
  ASSERT_TRUE(start_all({&engine, &kiosk}));
  kiosk.publish_volatile(topic(TopicKind::kHeartbeat, "kiosk-101"), "{}");
  EXPECT_TRUE(got.wait_for_count(1));
  EXPECT_EQ(kiosk.stats().outbox_pending, 0u);  // QoS 0 never touches the outbox
}

TEST_F(BusDelivery, ConnectionChangesAreReportedOnTheBusThread) {
  std::mutex mutex;
  std::condition_variable cv;
  std::vector<bool> changes;
  Bus kiosk(broker.bus_config("kiosk-101", NodeKind::kKiosk));
  kiosk.on_connection_change([&](bool up) {
    std::lock_guard lock(mutex);
    changes.push_back(up);
    cv.notify_all();
  });
  ASSERT_TRUE(start_all({&kiosk}));
  const auto wait_for_changes = [&](std::size_t n) {
    std::unique_lock lock(mutex);
    return cv.wait_for(lock, 10s, [&] { return changes.size() >= n; });
  };
  ASSERT_TRUE(wait_for_changes(1));

  broker.stop();
  ASSERT_TRUE(wait_for_changes(2));
  EXPECT_FALSE(kiosk.connected());
  ASSERT_TRUE(broker.restart()) << broker.error();
  ASSERT_TRUE(wait_for_changes(3));
  EXPECT_TRUE(kiosk.connected());
  std::lock_guard lock(mutex);
  EXPECT_EQ(changes, (std::vector<bool>{true, false, true}));
  EXPECT_GE(kiosk.stats().reconnects, 1u);
}

}  // namespace
}  // namespace anju::bus
