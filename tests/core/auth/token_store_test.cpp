// Session tokens: random, bound to user and role, gone after their time.
#include "auth/token_store.h"

#include <gtest/gtest.h>

#include <set>

namespace anju::auth {
namespace {

TEST(TokenStore, IssuesDistinctTokensBoundToUserAndRole) {
  ManualClock clock;
  TokenStore tokens(clock);
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    const auto t = tokens.issue("m" + std::to_string(i), auth::Role::kManager);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->size(), 64u);
    EXPECT_TRUE(seen.insert(*t).second);
  }
  const auto t = tokens.issue("c1", auth::Role::kChargeNurse);
  const auto s = tokens.check(*t);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->user, "c1");
  EXPECT_EQ(s->role, auth::Role::kChargeNurse);
}

TEST(TokenStore, ExpiresAfterItsTime) {
  ManualClock clock;
  TokenStore tokens(clock, 300'000);
  const auto t = tokens.issue("m1", auth::Role::kManager);
  clock.advance(299'999);
  EXPECT_TRUE(tokens.check(*t));
  clock.advance(1);
  EXPECT_FALSE(tokens.check(*t));
}

TEST(TokenStore, RefusesUnknownAndMalformedTokens) {
  ManualClock clock;
  TokenStore tokens(clock);
  const auto t = tokens.issue("m1", auth::Role::kManager);
  std::string other = *t;
  other[0] = other[0] == 'a' ? 'b' : 'a';
  EXPECT_FALSE(tokens.check(other));
  EXPECT_FALSE(tokens.check(""));
  EXPECT_FALSE(tokens.check(t->substr(1)));
  std::string upper = *t;
  for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (upper != *t) {
    EXPECT_FALSE(tokens.check(upper));
  }
}

TEST(TokenStore, IsBoundedAndMakesRoomFromExpiredSessions) {
  ManualClock clock;
  TokenStore tokens(clock, 1000, 3);
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(tokens.issue("u", auth::Role::kManager));
  EXPECT_FALSE(tokens.issue("u", auth::Role::kManager));  // full of live sessions
  clock.advance(1000);
  EXPECT_TRUE(tokens.issue("u", auth::Role::kManager));
  EXPECT_EQ(tokens.size(), 1u);
}

}  // namespace
}  // namespace anju::auth
