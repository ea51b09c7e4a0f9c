#include "engine/alert_router.h"

#include <gtest/gtest.h>

namespace anju::engine {
namespace {

using protocol::Priority;

class AlertRouterTest : public ::testing::Test {
 protected:
  AlertRouterTest() { router.set_staffing({{"n01", "n02", "n03"}, "c01"}); }

  // Who holds the alarm now (sent, delivered or read), in order.
  std::vector<std::string> waiting(const std::string& alarm) const {
    std::vector<std::string> out;
    for (const auto& r : router.find(alarm)->recipients)
      if (r.state == AlertState::kSent || r.state == AlertState::kDelivered ||
          r.state == AlertState::kRead)
        out.push_back(r.staff);
    return out;
  }
  AlertState state_of(const std::string& alarm, const std::string& staff) const {
    AlertState s = AlertState::kSent;
    for (const auto& r : router.find(alarm)->recipients)
      if (r.staff == staff) s = r.state;
    return s;
  }

  ManualClock clock{1'000'000};
  AlertRouter router{RoutingPolicy{}, clock};  // high 30 s, medium 60 s, low 180 s
};

TEST_F(AlertRouterTest, AnAlarmGoesFirstToTheRoomsNurse) {
  const auto& route = router.open("a1", "101", Priority::kMedium, "n02");
  ASSERT_EQ(route.recipients.size(), 1u);
  EXPECT_EQ(route.recipients[0].staff, "n02");
  EXPECT_EQ(route.recipients[0].state, AlertState::kSent);
  EXPECT_EQ(route.step, AlertStep::kAssigned);
  EXPECT_EQ(route.deadline, clock.now_ms() + 60'000);
}

TEST_F(AlertRouterTest, NotAcceptedInTimeItWalksTheFloorThenTheChargeNurseThenEveryone) {
  router.open("a1", "101", Priority::kHigh, "n02");
  clock.advance(29'999);
  EXPECT_TRUE(router.tick().empty()) << "not before its 30 s";
  clock.advance(1);
  auto moved = router.tick();
  ASSERT_EQ(moved.size(), 1u);
  EXPECT_EQ(waiting("a1"), std::vector<std::string>{"n03"}) << "the next nurse after n02";
  EXPECT_EQ(state_of("a1", "n02"), AlertState::kTimedOut);
  EXPECT_EQ(moved[0].step, AlertStep::kFloor);

  clock.advance(30'000);
  router.tick();
  EXPECT_EQ(waiting("a1"), std::vector<std::string>{"n01"}) << "wraps round the floor";
  clock.advance(30'000);
  router.tick();
  EXPECT_EQ(waiting("a1"), std::vector<std::string>{"c01"});
  EXPECT_EQ(router.find("a1")->step, AlertStep::kCharge);
  clock.advance(30'000);
  router.tick();
  EXPECT_EQ(waiting("a1"), (std::vector<std::string>{"n01", "n02", "n03", "c01"}));
  EXPECT_EQ(router.find("a1")->step, AlertStep::kEveryone);
  EXPECT_EQ(router.find("a1")->deadline, 0) << "after everyone, the console's escalation";
  clock.advance(600'000);
  EXPECT_TRUE(router.tick().empty());
}

TEST_F(AlertRouterTest, ADeclineMovesItOnAtOnce) {
  router.open("a1", "101", Priority::kLow, "n01");
  auto route = router.on_answer("a1", "n01", AlertState::kDeclined);
  ASSERT_TRUE(route);
  EXPECT_EQ(waiting("a1"), std::vector<std::string>{"n02"});
  EXPECT_EQ(route->deadline, clock.now_ms() + 180'000);
  EXPECT_EQ(state_of("a1", "n01"), AlertState::kDeclined);
}

TEST_F(AlertRouterTest, AcceptingStopsTheEscalation) {
  router.open("a1", "101", Priority::kMedium, "n01");
  router.on_answer("a1", "n01", AlertState::kDelivered);
  clock.advance(12'000);
  router.on_answer("a1", "n01", AlertState::kRead);
  auto route = router.on_answer("a1", "n01", AlertState::kAccepted);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->accepted_by, "n01");
  EXPECT_EQ(route->recipients[0].changed_ts, clock.now_ms());
  clock.advance(3'600'000);
  EXPECT_TRUE(router.tick().empty());
  EXPECT_EQ(waiting("a1"), std::vector<std::string>{});
}

TEST_F(AlertRouterTest, StatesOnlyGoForwardButALateAcceptStillCounts) {
  router.open("a1", "101", Priority::kHigh, "n01");
  router.on_answer("a1", "n01", AlertState::kRead);
  router.on_answer("a1", "n01", AlertState::kDelivered);  // arrives late
  EXPECT_EQ(state_of("a1", "n01"), AlertState::kRead);
  clock.advance(30'000);
  router.tick();  // moved on to n02
  router.on_answer("a1", "n01", AlertState::kAccepted);
  EXPECT_EQ(router.find("a1")->accepted_by, "n01") << "she is going: stop paging the others";
  EXPECT_EQ(router.find("a1")->deadline, 0);
}

TEST_F(AlertRouterTest, AnUnreachablePhoneIsSkippedAndListed) {
  router.set_reachable("n02", false);
  router.open("a1", "101", Priority::kMedium, "n02");
  EXPECT_EQ(state_of("a1", "n02"), AlertState::kUnreachable);
  EXPECT_EQ(waiting("a1"), std::vector<std::string>{"n03"}) << "straight to the next nurse";
  router.set_reachable("n01", false);
  clock.advance(60'000);
  router.tick();
  EXPECT_EQ(waiting("a1"), std::vector<std::string>{"c01"}) << "n01 skipped too";
  EXPECT_EQ(state_of("a1", "n01"), AlertState::kUnreachable);
}

TEST_F(AlertRouterTest, APhoneThatGoesOfflineWhilePagedPassesTheAlarmOnAtOnce) {
  router.open("a1", "101", Priority::kLow, "n02");
  router.open("a2", "102", Priority::kLow, "n03");
  const auto changed = router.set_reachable("n02", false);
  ASSERT_EQ(changed.size(), 1u) << "only the alarm waiting on her phone";
  EXPECT_EQ(changed[0].alarm, "a1");
  EXPECT_EQ(state_of("a1", "n02"), AlertState::kUnreachable);
  EXPECT_EQ(waiting("a1"), std::vector<std::string>{"n03"}) << "not 180 s later";
  EXPECT_TRUE(router.set_reachable("n02", true).empty()) << "coming back moves nothing";
  router.on_answer("a2", "n03", AlertState::kAccepted);
  const auto moved = router.set_reachable("n03", false);
  ASSERT_EQ(moved.size(), 1u) << "a1 was waiting on her too; a2 she had accepted";
  EXPECT_EQ(moved[0].alarm, "a1");
  EXPECT_EQ(state_of("a2", "n03"), AlertState::kAccepted);
}

TEST_F(AlertRouterTest, ARoomWithNoNurseGoesToTheFloorAndAnswersFromStrangersAreIgnored) {
  router.open("a1", "101", Priority::kMedium, "");
  EXPECT_EQ(waiting("a1"), std::vector<std::string>{"n01"});
  EXPECT_FALSE(router.on_answer("a1", "n09", AlertState::kAccepted)) << "never sent it";
  EXPECT_FALSE(router.on_answer("zz", "n01", AlertState::kAccepted)) << "not routed";
  router.close("a1");
  EXPECT_EQ(router.find("a1"), nullptr);
  EXPECT_EQ(router.open_count(), 0u);
}

TEST_F(AlertRouterTest, WithEveryoneDeclinedOrOfflineNobodyIsLeftWaiting) {
  router.set_staffing({{"n01"}, ""});
  router.open("a1", "101", Priority::kHigh, "n01");
  router.on_answer("a1", "n01", AlertState::kDeclined);
  EXPECT_EQ(router.find("a1")->step, AlertStep::kEveryone);
  EXPECT_TRUE(waiting("a1").empty()) << "the console's escalation is what is left";
}

TEST(AlertState, WireNames) {
  EXPECT_EQ(to_string(AlertState::kTimedOut), "timed_out");
  EXPECT_EQ(to_string(AlertState::kUnreachable), "unreachable");
}

}  // namespace
}  // namespace anju::engine
