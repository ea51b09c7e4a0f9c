#include "phone/phone_presence.h"

#include <gtest/gtest.h>

namespace anju::phone {
namespace {

TEST(PhonePresence, OnlineWithTheFirstConnectionOfflineOnlyAfterTheGraceTime) {
  ManualClock clock{1'000'000};
  PhonePresence presence(clock, 30'000, 15'000);
  EXPECT_EQ(presence.signed_in(1, "n01"), (std::vector<PhoneChange>{{"n01", true}}));
  EXPECT_TRUE(presence.signed_in(2, "n01").empty()) << "a second tab: already online";
  presence.closed(1);
  presence.closed(2);
  clock.advance(14'999);
  EXPECT_TRUE(presence.tick().changes.empty()) << "a reload reconnects within the grace time";
  EXPECT_TRUE(presence.online("n01"));
  clock.advance(1);
  EXPECT_EQ(presence.tick().changes, (std::vector<PhoneChange>{{"n01", false}}));
  EXPECT_FALSE(presence.online("n01"));
}

TEST(PhonePresence, AReloadWithinTheGraceTimeChangesNothing) {
  ManualClock clock{1'000'000};
  PhonePresence presence(clock, 30'000, 15'000);
  presence.signed_in(1, "n01");
  presence.closed(1);
  clock.advance(2'000);
  EXPECT_TRUE(presence.signed_in(2, "n01").empty());
  clock.advance(60'000);
  presence.heard(2);
  EXPECT_TRUE(presence.tick().changes.empty());
  EXPECT_EQ(presence.online_staff(), std::vector<std::string>{"n01"});
}

TEST(PhonePresence, ASilentConnectionIsDroppedAndThenItsNurseGoesOffline) {
  ManualClock clock{1'000'000};
  PhonePresence presence(clock, 30'000, 15'000);
  presence.signed_in(1, "n01");
  presence.signed_in(2, "n02");
  clock.advance(20'000);
  presence.heard(2);
  clock.advance(10'000);
  auto t = presence.tick();
  EXPECT_EQ(t.silent, std::vector<int>{1}) << "n01's phone stopped answering 30 s ago";
  EXPECT_TRUE(t.changes.empty());
  EXPECT_EQ(presence.connections(), 1u);
  clock.advance(15'000);
  t = presence.tick();
  EXPECT_EQ(t.changes, (std::vector<PhoneChange>{{"n01", false}}));
  EXPECT_TRUE(t.silent.empty()) << "n02 was heard 25 s ago";
  EXPECT_TRUE(presence.online("n02"));
}

TEST(PhonePresence, SigningInAgainOnAConnectionAsSomeoneElseMovesIt) {
  ManualClock clock{1'000'000};
  PhonePresence presence(clock, 30'000, 0);
  presence.signed_in(1, "n01");
  EXPECT_EQ(presence.signed_in(1, "n02"), (std::vector<PhoneChange>{{"n02", true}}));
  EXPECT_EQ(presence.tick().changes, (std::vector<PhoneChange>{{"n01", false}}));
}

}  // namespace
}  // namespace anju::phone
