// Failed sign-ins per address: a guessing client is held off, others are not, and it ends.
#include "auth/sign_in_throttle.h"

#include <gtest/gtest.h>

namespace anju::auth {
namespace {

TEST(SignInThrottle, HoldsOffAnAddressAfterTooManyFailuresForTheWindow) {
  ManualClock clock;
  SignInThrottle throttle(clock, 3, 60'000);
  for (int i = 0; i < 3; ++i) {
    EXPECT_TRUE(throttle.allowed("10.0.0.7"));
    throttle.failed("10.0.0.7");
  }
  EXPECT_FALSE(throttle.allowed("10.0.0.7"));
  EXPECT_TRUE(throttle.allowed("10.0.0.8"));  // another console is not affected
  clock.advance(59'999);
  EXPECT_FALSE(throttle.allowed("10.0.0.7"));
  clock.advance(1);
  EXPECT_TRUE(throttle.allowed("10.0.0.7"));
}

TEST(SignInThrottle, ASuccessClearsTheCount) {
  ManualClock clock;
  SignInThrottle throttle(clock, 2, 60'000);
  throttle.failed("a");
  throttle.succeeded("a");
  throttle.failed("a");
  EXPECT_TRUE(throttle.allowed("a"));
}

TEST(SignInThrottle, StaysBoundedUnderManyAddresses) {
  ManualClock clock;
  SignInThrottle throttle(clock, 1, 60'000, 100);
  for (int i = 0; i < 1000; ++i) throttle.failed("10.0." + std::to_string(i));
  EXPECT_FALSE(throttle.allowed("10.0.5"));
  EXPECT_TRUE(throttle.allowed("10.0.500"));  // not tracked: the table was full
  clock.advance(60'000);
  throttle.failed("10.1.0");  // expired entries make room
  EXPECT_FALSE(throttle.allowed("10.1.0"));
}

TEST(SignInThrottle, AddressWithoutPort) {
  EXPECT_EQ(address_without_port("10.0.0.7:51234"), "10.0.0.7");
  EXPECT_EQ(address_without_port("[::1]:5000"), "[::1]");
  EXPECT_EQ(address_without_port("local"), "local");
}

}  // namespace
}  // namespace anju::auth
