// The sender's rules with a fake bus and a manual clock: what it publishes, what a receipt
// confirms, when it sends again (and when never), and that a restart of the node keeps its debt.
#include "node/reliable_event_sender.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "bus/bus.h"
#include "node/pending_events.h"
#include "node_test_support.h"
#include "protocol/codec.h"

namespace anju::node {
namespace {

using namespace std::chrono_literals;
using protocol::TopicKind;
using testing::FakeChannel;
using testing::TempDir;

constexpr char kSite[] = "s1";
constexpr char kNode[] = "gw-1";
constexpr TimestampMs kResendAfter = 10'000;

protocol::Event call(int n, const std::string& node = kNode) {
  protocol::Event e;
  e.id = node + "-boot-" + std::to_string(n);
  e.ts = 1'700'000'000'000;
  e.seq = static_cast<std::uint64_t>(n);
  e.node = node;
  e.type = protocol::EventType::kCall;
  e.room = std::to_string(100 + n);
  return e;
}

std::string receipt(const std::vector<std::string>& ids, const std::string& node = kNode) {
  protocol::Command c;
  c.id = "engine-r-" + std::to_string(ids.size());
  c.ts = 1'700'000'000'000;
  c.node = node;
  c.cmd = protocol::CommandType::kReceipt;
  c.events = ids;
  return protocol::encode(c);
}

const std::string kCmdTopic = protocol::topic(kSite, TopicKind::kCmd, kNode);
const std::string kEventTopic = protocol::topic(kSite, TopicKind::kEvent, kNode);

class ReliableEventSenderTest : public ::testing::Test {
 protected:
  // `database_file` empty: in memory.
  std::unique_ptr<ReliableEventSender> open(std::filesystem::path database_file = {},
                                            std::size_t max_per_check = 200) {
    ReliableEventSenderOptions options;
    options.resend_after = std::chrono::milliseconds(kResendAfter);
    options.check_every = 0ms;  // the test is the timer
    options.max_resends_per_check = max_per_check;
    if (!database_file.empty()) {
      auto db = storage::Database::open(database_file);
      EXPECT_TRUE(db) << db.error().reason;
      if (db) options.database = std::move(db).value();
    }
    auto sender = ReliableEventSender::open(channel, kSite, kNode, options, clock);
    EXPECT_TRUE(sender) << sender.error().reason;
    return sender ? std::move(sender).value() : nullptr;
  }
  std::size_t published() const { return channel->published().size(); }

  std::shared_ptr<FakeChannel> channel = std::make_shared<FakeChannel>();
  ManualClock clock;
};

TEST_F(ReliableEventSenderTest, PublishesOnTheNodesEventTopicAndKeepsTheEventPending) {
  auto sender = open();
  EXPECT_EQ(channel->subscriptions(), 1u);
  ASSERT_TRUE(sender->send(call(1)));
  const auto sent = channel->published();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].first, kEventTopic);
  EXPECT_EQ(sent[0].second, protocol::encode(call(1)));
  EXPECT_EQ(sender->pending(), 1u);
  EXPECT_TRUE(sender->is_pending(call(1).id));
  EXPECT_EQ(sender->stats().sent, 1u);
}

TEST_F(ReliableEventSenderTest, RefusesAnotherNodesEventOrOneTheEngineWouldReject) {
  auto sender = open();
  EXPECT_FALSE(sender->send(call(1, "gw-2")));
  auto roomless = call(2);
  roomless.room.clear();  // a call needs a room: never journalled, so never confirmed
  EXPECT_FALSE(sender->send(roomless));
  EXPECT_EQ(published(), 0u);
  EXPECT_EQ(sender->pending(), 0u);
}

TEST_F(ReliableEventSenderTest, PublishStampsTheEnvelopeAndReturnsTheId) {
  auto sender = open();
  clock.set(1'700'000'123'456);
  protocol::Event what;  // what happened, as a kiosk or a camera fills it
  what.type = protocol::EventType::kFall;
  what.room = "103";
  what.node = "someone-else";  // overwritten: a node only ever speaks for itself
  auto first = sender->publish(what);
  auto second = sender->publish(what);
  ASSERT_TRUE(first) << first.error().reason;
  ASSERT_TRUE(second) << second.error().reason;
  EXPECT_NE(first.value(), second.value());
  const auto sent = channel->published();
  ASSERT_EQ(sent.size(), 2u);
  auto decoded = protocol::decode_event(sent[0].second);
  ASSERT_TRUE(decoded) << decoded.error().reason;
  EXPECT_EQ(decoded->id, first.value());
  EXPECT_EQ(decoded->node, kNode);
  EXPECT_EQ(decoded->ts, 1'700'000'123'456);
  EXPECT_EQ(decoded->room, "103");
  EXPECT_EQ(protocol::decode_event(sent[1].second)->seq, decoded->seq + 1);
  EXPECT_TRUE(sender->is_pending(first.value()));
  EXPECT_TRUE(sender->is_pending(second.value()));
}

TEST_F(ReliableEventSenderTest, PublishRefusesWhatTheEngineWouldRejectAndSendsNothing) {
  auto sender = open();
  protocol::Event roomless;
  roomless.type = protocol::EventType::kCall;  // a call needs a room
  auto id = sender->publish(roomless);
  EXPECT_FALSE(id);
  EXPECT_EQ(published(), 0u);
}

TEST_F(ReliableEventSenderTest, PublishFromManyThreadsKeepsSeqInPublishOrder) {
  auto sender = open();
  protocol::Event what;
  what.type = protocol::EventType::kCall;
  what.room = "101";
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) ASSERT_TRUE(sender->publish(what));
    });
  }
  for (auto& t : threads) t.join();
  const auto sent = channel->published();
  ASSERT_EQ(sent.size(), 200u);
  for (std::size_t i = 0; i < sent.size(); ++i) {
    EXPECT_EQ(protocol::decode_event(sent[i].second)->seq, i + 1) << "at " << i;
  }
  EXPECT_EQ(sender->pending(), 200u);
}

TEST_F(ReliableEventSenderTest, WaitConfirmedReturnsWhatIsStillUnconfirmed) {
  auto sender = open();
  auto a = sender->send(call(1));
  auto b = sender->send(call(2));
  ASSERT_TRUE(a && b);
  channel->deliver(kCmdTopic, receipt({call(1).id}));
  EXPECT_EQ(sender->wait_confirmed(100ms), 1u);
  channel->deliver(kCmdTopic, receipt({call(2).id}));
  EXPECT_EQ(sender->wait_confirmed(100ms), 0u);
}

TEST_F(ReliableEventSenderTest, AReceiptConfirmsEachNamedEventOnce) {
  auto sender = open();
  std::vector<std::string> confirmed;
  sender->on_confirmed([&](const std::string& id) { confirmed.push_back(id); });
  for (int n = 1; n <= 3; ++n) ASSERT_TRUE(sender->send(call(n)));
  channel->deliver(kCmdTopic, receipt({call(3).id, call(1).id, "gw-1-other-9"}));
  EXPECT_EQ(confirmed, (std::vector<std::string>{call(3).id, call(1).id}));
  EXPECT_EQ(sender->pending(), 1u);
  EXPECT_TRUE(sender->is_pending(call(2).id));
  channel->deliver(kCmdTopic, receipt({call(1).id}));  // the same receipt again
  EXPECT_EQ(confirmed.size(), 2u);
  EXPECT_EQ(sender->stats().confirmed, 2u);
}

TEST_F(ReliableEventSenderTest, IgnoresOtherCommandsAndReceiptsItCannotTrust) {
  auto sender = open();
  ASSERT_TRUE(sender->send(call(1)));
  protocol::Command ack;
  ack.id = "engine-a-1";
  ack.ts = 1;
  ack.node = kNode;
  ack.cmd = protocol::CommandType::kAcknowledged;
  ack.alarm = "al-1";
  channel->deliver(kCmdTopic, protocol::encode(ack));
  channel->deliver(kCmdTopic, "");                               // a cleared retained message
  channel->deliver(kCmdTopic, "{\"v\":1,\"cmd\":\"receipt\"}");  // does not decode
  channel->deliver(kCmdTopic, receipt({call(1).id}, "gw-2"));    // another node's, on our topic
  EXPECT_EQ(sender->pending(), 1u);
}

TEST_F(ReliableEventSenderTest, SendsAgainOnlyWhenNoReceiptCameWithinResendAfter) {
  auto sender = open();
  ASSERT_TRUE(sender->send(call(1)));
  EXPECT_EQ(sender->resend_due(), 0u);
  clock.advance(kResendAfter - 1);
  EXPECT_EQ(sender->resend_due(), 0u);
  clock.advance(1);
  EXPECT_EQ(sender->resend_due(), 1u);
  ASSERT_EQ(published(), 2u);
  EXPECT_EQ(channel->published()[1], channel->published()[0]);  // same topic, same id
  EXPECT_EQ(sender->resend_due(), 0u);                          // not again at once
  clock.advance(kResendAfter);
  EXPECT_EQ(sender->resend_due(), 1u);
  channel->deliver(kCmdTopic, receipt({call(1).id}));
  clock.advance(kResendAfter);
  EXPECT_EQ(sender->resend_due(), 0u);
  EXPECT_EQ(sender->stats().resent, 2u);
}

TEST_F(ReliableEventSenderTest, NeverSendsAgainWhileTheBusIsBusyOrDisconnected) {
  auto sender = open();
  ASSERT_TRUE(sender->send(call(1)));
  channel->set_idle(false);
  clock.advance(10 * kResendAfter);
  EXPECT_EQ(sender->resend_due(), 0u);
  // Idle again: the outbox just delivered the backlog; the engine gets resend_after to confirm it.
  channel->set_idle(true);
  EXPECT_EQ(sender->resend_due(), 0u);
  clock.advance(kResendAfter / 2);
  EXPECT_EQ(sender->resend_due(), 0u);
  clock.advance(kResendAfter / 2);
  EXPECT_EQ(sender->resend_due(), 1u);
  EXPECT_EQ(published(), 2u);
}

TEST_F(ReliableEventSenderTest, SendsAgainOldestFirstAndAtMostTheLimitPerLook) {
  auto sender = open({}, 2);
  for (int n = 1; n <= 3; ++n) {
    ASSERT_TRUE(sender->send(call(n)));
    clock.advance(1);
  }
  sender->resend_due();
  clock.advance(kResendAfter);
  EXPECT_EQ(sender->resend_due(), 2u);
  EXPECT_EQ(sender->resend_due(), 1u);
  const auto sent = channel->published();
  ASSERT_EQ(sent.size(), 6u);
  EXPECT_EQ(sent[3].second, protocol::encode(call(1)));
  EXPECT_EQ(sent[4].second, protocol::encode(call(2)));
  EXPECT_EQ(sent[5].second, protocol::encode(call(3)));
}

TEST_F(ReliableEventSenderTest, ANodeRestartKeepsWhatIsStillUnconfirmed) {
  TempDir dir;
  const auto path = dir.path() / "gw-1.outbox";
  {
    auto sender = open(path);
    for (int n = 1; n <= 3; ++n) ASSERT_TRUE(sender->send(call(n)));
    channel->deliver(kCmdTopic, receipt({call(2).id}));
  }
  channel = std::make_shared<FakeChannel>();  // a new process, a new bus
  auto restarted = open(path);
  EXPECT_EQ(restarted->pending(), 2u);
  restarted->resend_due();
  clock.advance(kResendAfter);
  EXPECT_EQ(restarted->resend_due(), 2u);
  channel->deliver(kCmdTopic, receipt({call(1).id, call(3).id}));
  EXPECT_EQ(restarted->pending(), 0u);
}

TEST_F(ReliableEventSenderTest, AReceiptAfterTheSenderIsGoneIsHarmless) {
  bool called = false;
  {
    auto sender = open();
    sender->on_confirmed([&](const std::string&) { called = true; });
    ASSERT_TRUE(sender->send(call(1)));
  }
  channel->deliver(kCmdTopic, receipt({call(1).id}));  // the bus keeps the handler
  EXPECT_FALSE(called);
}

TEST_F(ReliableEventSenderTest, TheTimerSendsAgainByItself) {
  ReliableEventSenderOptions options;
  options.resend_after = 30ms;
  options.check_every = 5ms;
  auto sender = ReliableEventSender::open(channel, kSite, kNode, options);
  ASSERT_TRUE(sender) << sender.error().reason;
  ASSERT_TRUE((*sender)->send(call(1)));
  const auto deadline = std::chrono::steady_clock::now() + 5s;
  while (published() < 3 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(5ms);
  }
  EXPECT_GE(published(), 3u);
  (*sender)->stop();
  const auto after_stop = published();
  std::this_thread::sleep_for(100ms);
  EXPECT_EQ(published(), after_stop);
}

// What a node keeps lives in one file: the outbox (until the broker's PUBACK) and the pending
// events (until the engine's receipt).
bus::BusConfig node_with_outbox_in(const TempDir& dir) {
  bus::BusConfig config;
  config.site = kSite;
  config.node = kNode;
  config.outbox_path = dir / "gw-1.outbox";
  return config;
}

TEST(ReliableEventSenderOnABus, KeepsItsPendingEventsInTheOutboxDatabase) {
  TempDir dir;
  const auto config = node_with_outbox_in(dir);
  {
    bus::Bus bus(config);  // never started: the event waits in the outbox
    auto sender = ReliableEventSender::open(bus);
    ASSERT_TRUE(sender) << sender.error().reason;
    ASSERT_TRUE((*sender)->publish(call(1)));
  }
  EXPECT_FALSE(std::filesystem::exists(legacy_pending_path(config)));
  auto db = storage::Database::open(config.outbox_path);
  ASSERT_TRUE(db) << db.error().reason;
  for (const char* table : {"outbox", "pending_events"}) {
    auto count = (*db)->prepare(std::string("SELECT COUNT(*) FROM ") + table);
    ASSERT_TRUE(count) << count.error().reason;
    auto row = count.value().step();
    ASSERT_TRUE(row && row.value()) << table;
    EXPECT_EQ(count.value().column_int(0), 1) << table;
  }
}

TEST(ReliableEventSenderOnABus, TakesOverThePendingFileOfAnOlderRelease) {
  TempDir dir;
  auto config = node_with_outbox_in(dir);
  const auto old_file = legacy_pending_path(config);
  EXPECT_EQ(old_file, dir.path() / "gw-1.outbox.pending");
  {
    auto old = PendingEvents::open(old_file);
    ASSERT_TRUE(old) << old.error().reason;
    ASSERT_TRUE((*old)->add(call(7).id, kEventTopic, protocol::encode(call(7)), 5));
  }
  bus::Bus bus(config);
  auto sender = ReliableEventSender::open(bus);
  ASSERT_TRUE(sender) << sender.error().reason;
  EXPECT_TRUE((*sender)->is_pending(call(7).id));
  EXPECT_EQ((*sender)->pending(), 1u);
  EXPECT_FALSE(std::filesystem::exists(old_file));
  config.outbox_path.clear();
  EXPECT_TRUE(legacy_pending_path(config).empty());
}

TEST(ReliableEventSenderOptions, RefusesABusThatCannotHearReceipts) {
  bus::BusConfig config;
  config.site = kSite;
  config.node = kNode;
  config.subscribe_connection = false;
  bus::Bus publish_only(config);  // never started
  EXPECT_FALSE(ReliableEventSender::open(publish_only));
}

TEST(ReliableEventSenderOptions, RefusesNonsense) {
  auto channel = std::make_shared<FakeChannel>();
  ReliableEventSenderOptions options;
  options.resend_after = 0ms;
  EXPECT_FALSE(ReliableEventSender::open(channel, kSite, kNode, options));
  EXPECT_FALSE(ReliableEventSender::open(channel, kSite, "gw/1", {}));
  EXPECT_FALSE(ReliableEventSender::open(nullptr, kSite, kNode, {}));
}

}  // namespace
}  // namespace anju::node
