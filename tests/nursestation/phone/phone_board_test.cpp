#include "phone/phone_board.h"

#include <gtest/gtest.h>

namespace anju::phone {
namespace {

using protocol::AlarmStatus;
using protocol::Priority;

protocol::AlarmState alarm(std::string id, std::string room, Priority p, TimestampMs raised,
                           AlarmStatus status = AlarmStatus::kRaised) {
  protocol::AlarmState a;
  a.id = "engine-1-aa-" + id;
  a.ts = raised;
  a.alarm = std::move(id);
  a.type = "call";
  a.priority = p;
  a.status = status;
  a.room = std::move(room);
  a.raised_ts = raised;
  return a;
}

protocol::RoomSummary room(std::string room, std::string nurse) {
  protocol::RoomSummary r;
  r.room = std::move(room);
  r.assigned = std::move(nurse);
  return r;
}

std::vector<std::string> ids(const std::vector<PhoneCard>& cards) {
  std::vector<std::string> out;
  for (const auto& c : cards) out.push_back(c.alarm);
  return out;
}

TEST(PhoneBoard, HerPagesAndHerRoomsComeFirstThenTheFloorByPriorityAndAge) {
  PhoneBoard board;
  board.apply(room("101", "n01"));
  board.apply(alarm("a-floor-high", "201", Priority::kHigh, 3000));
  board.apply(alarm("a-floor-low", "202", Priority::kLow, 1000));
  board.apply(alarm("a-her-room", "101", Priority::kMedium, 4000));
  auto paged = alarm("a-paged", "203", Priority::kLow, 5000);
  paged.paged = {{"n01", "sent", 5000}};
  paged.paging_deadline_ts = 185'000;
  board.apply(paged);

  const auto cards = board.cards("n01");
  EXPECT_EQ(ids(cards),
            (std::vector<std::string>{"a-her-room", "a-paged", "a-floor-high", "a-floor-low"}));
  EXPECT_TRUE(cards[0].mine);
  EXPECT_TRUE(cards[1].mine);
  EXPECT_FALSE(cards[2].mine);
  EXPECT_EQ(cards[1].page, "sent");
  EXPECT_EQ(cards[1].page_deadline, 185'000);
  EXPECT_TRUE(cards[1].can_decline);
  EXPECT_FALSE(cards[0].can_decline) << "nothing to decline: it was not paged to her";
  EXPECT_TRUE(cards[2].can_accept) << "anyone may take a waiting alarm";
  EXPECT_EQ(ids(board.cards("n02")).front(), "a-floor-high") << "another nurse: none is hers";
}

TEST(PhoneBoard, APagePassedOnIsNoLongerHersAndATakenAlarmIsTheTakers) {
  PhoneBoard board;
  auto a = alarm("a1", "101", Priority::kMedium, 1000);
  a.paged = {{"n01", "timed_out", 61'000}, {"n02", "sent", 61'000}};
  board.apply(a);
  EXPECT_FALSE(board.card("a1", "n01")->mine);
  EXPECT_FALSE(board.card("a1", "n01")->can_decline);
  EXPECT_TRUE(board.card("a1", "n02")->mine);

  a.ts = 70'000;
  a.status = AlarmStatus::kAcknowledged;
  a.by = "n02";
  a.paged = {{"n01", "timed_out", 61'000}, {"n02", "accepted", 70'000}};
  EXPECT_TRUE(board.apply(a));
  const auto taken = *board.card("a1", "n02");
  EXPECT_TRUE(taken.mine);
  EXPECT_FALSE(taken.can_accept);
  EXPECT_TRUE(taken.can_here);
  EXPECT_EQ(board.card("a1", "n03")->by, "n02");
}

TEST(PhoneBoard, OlderStatesAreIgnoredAndClosedAlarmsLeave) {
  PhoneBoard board;
  auto a = alarm("a1", "101", Priority::kMedium, 1000);
  a.ts = 5000;
  EXPECT_TRUE(board.apply(a));
  EXPECT_FALSE(board.apply(a)) << "the same state again changes nothing";
  auto older = a;
  older.ts = 4000;
  older.status = AlarmStatus::kAcknowledged;
  EXPECT_FALSE(board.apply(older));
  EXPECT_EQ(board.card("a1", "n01")->status, AlarmStatus::kRaised);
  auto closed = a;
  closed.ts = 6000;
  closed.status = AlarmStatus::kResolved;
  EXPECT_TRUE(board.apply(closed));
  EXPECT_EQ(board.size(), 0u);
  EXPECT_FALSE(board.card("a1", "n01"));
  EXPECT_FALSE(board.apply(closed)) << "a closed alarm it never held";
}

TEST(PhoneBoard, ReassigningARoomSaysWhoHadItAndWhoHasIt) {
  PhoneBoard board;
  auto first = board.apply(room("101", "n01"));
  ASSERT_TRUE(first);
  EXPECT_EQ(first->before, "");
  EXPECT_EQ(first->after, "n01");
  EXPECT_FALSE(board.apply(room("101", "n01")));
  auto moved = board.apply(room("101", "n02"));
  ASSERT_TRUE(moved);
  EXPECT_EQ(moved->before, "n01");
  EXPECT_EQ(moved->after, "n02");
  board.apply(room("102", "n02"));
  EXPECT_EQ(board.rooms_of("n02"), (std::vector<std::string>{"101", "102"}));
  EXPECT_TRUE(board.rooms_of("n01").empty());
  auto freed = board.apply(room("101", ""));
  ASSERT_TRUE(freed);
  EXPECT_EQ(freed->after, "");
}

}  // namespace
}  // namespace anju::phone
