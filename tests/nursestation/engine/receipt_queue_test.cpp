// What the engine owes its sources: one receipt per node per flush, ids in journal order, each
// once, split where one receipt would exceed the protocol's limits.
#include "engine/receipt_queue.h"

#include <gtest/gtest.h>

#include <set>

#include "protocol/codec.h"

namespace anju::engine {
namespace {

constexpr TimestampMs kNow = 1'700'000'000'000;

TEST(ReceiptQueue, OneReceiptPerNodeWithItsIdsInOrder) {
  ReceiptQueue queue;
  IdGenerator ids("engine");
  queue.add("gw-1", "gw-1-a-2");
  queue.add("kiosk-101", "kiosk-101-b-7");
  queue.add("gw-1", "gw-1-a-1");
  const auto receipts = queue.take(ids, kNow);
  ASSERT_EQ(receipts.size(), 2u);
  for (const auto& r : receipts) {
    EXPECT_EQ(r.cmd, protocol::CommandType::kReceipt);
    EXPECT_EQ(r.ts, kNow);
    EXPECT_TRUE(protocol::decode_command(protocol::encode(r)).ok()) << protocol::encode(r);
  }
  EXPECT_EQ(receipts[0].node, "gw-1");
  EXPECT_EQ(receipts[0].events, (std::vector<std::string>{"gw-1-a-2", "gw-1-a-1"}));
  EXPECT_EQ(receipts[1].node, "kiosk-101");
  EXPECT_EQ(receipts[1].events, std::vector<std::string>{"kiosk-101-b-7"});
  EXPECT_NE(receipts[0].id, receipts[1].id);
  EXPECT_TRUE(queue.empty());
  EXPECT_TRUE(queue.take(ids, kNow).empty());
}

TEST(ReceiptQueue, AnIdQueuedTwiceIsConfirmedOnce) {
  ReceiptQueue queue;
  IdGenerator ids("engine");
  queue.add("gw-1", "gw-1-a-1");
  queue.add("gw-1", "gw-1-a-1");  // the original and a resend, journalled and found duplicate
  const auto receipts = queue.take(ids, kNow);
  ASSERT_EQ(receipts.size(), 1u);
  EXPECT_EQ(receipts[0].events, std::vector<std::string>{"gw-1-a-1"});
  queue.add("gw-1", "gw-1-a-1");  // after a flush: confirmed again (the receipt may be lost)
  EXPECT_EQ(queue.take(ids, kNow).size(), 1u);
}

TEST(ReceiptQueue, SplitsAtTheLimitOfIdsPerReceipt) {
  ReceiptQueue queue;
  IdGenerator ids("engine");
  const std::size_t total = 2 * protocol::kMaxReceiptEvents + 1;
  for (std::size_t i = 0; i < total; ++i) queue.add("gw-1", "gw-1-a-" + std::to_string(i));
  const auto receipts = queue.take(ids, kNow);
  ASSERT_EQ(receipts.size(), 3u);
  EXPECT_EQ(receipts[0].events.size(), protocol::kMaxReceiptEvents);
  EXPECT_EQ(receipts[1].events.size(), protocol::kMaxReceiptEvents);
  EXPECT_EQ(receipts[2].events, std::vector<std::string>{"gw-1-a-" + std::to_string(total - 1)});
  for (const auto& r : receipts) EXPECT_TRUE(protocol::decode_command(protocol::encode(r)).ok());
}

TEST(ReceiptQueue, SplitsLongIdsBeforeAReceiptOutgrowsThePayloadLimit) {
  ReceiptQueue queue;
  IdGenerator ids("engine");
  std::set<std::string> queued;
  for (std::size_t i = 0; i < protocol::kMaxReceiptEvents; ++i) {
    std::string id = std::to_string(i) + "-";
    id.append(128 - id.size(), 'x');  // the longest message id there is
    queued.insert(id);
    queue.add("vision-2", id);
  }
  const auto receipts = queue.take(ids, kNow);
  ASSERT_GT(receipts.size(), 1u);
  std::set<std::string> confirmed;
  for (const auto& r : receipts) {
    const auto payload = protocol::encode(r);
    EXPECT_LE(payload.size(), protocol::kMaxPayloadBytes);
    EXPECT_TRUE(protocol::decode_command(payload).ok());
    confirmed.insert(r.events.begin(), r.events.end());
  }
  EXPECT_EQ(confirmed, queued);
}

}  // namespace
}  // namespace anju::engine
