#include "bus/backoff.h"

#include <gtest/gtest.h>

#include <set>

namespace anju::bus {
namespace {

using std::chrono::milliseconds;

TEST(Backoff, FirstDelayIsBetweenHalfAndFullMinimum) {
  for (std::uint64_t seed = 0; seed < 50; ++seed) {
    Backoff b(milliseconds(200), milliseconds(5000), seed);
    const auto d = b.next();
    EXPECT_GE(d, milliseconds(100));
    EXPECT_LE(d, milliseconds(200));
  }
}

TEST(Backoff, GrowsExponentiallyUpToTheMaximum) {
  Backoff b(milliseconds(100), milliseconds(1600), 7);
  const std::int64_t ceilings[] = {100, 200, 400, 800, 1600, 1600, 1600};
  for (const auto ceiling : ceilings) {
    const auto d = b.next().count();
    EXPECT_GE(d, ceiling / 2);
    EXPECT_LE(d, ceiling);
  }
  for (int i = 0; i < 100; ++i) EXPECT_LE(b.next(), milliseconds(1600));
}

TEST(Backoff, ResetStartsFromTheMinimumAgain) {
  Backoff b(milliseconds(100), milliseconds(10'000), 3);
  for (int i = 0; i < 10; ++i) b.next();
  EXPECT_EQ(b.attempts(), 10);
  b.reset();
  EXPECT_EQ(b.attempts(), 0);
  EXPECT_LE(b.next(), milliseconds(100));
}

TEST(Backoff, JitterSpreadsNodesThatFailedTogether) {
  std::set<std::int64_t> delays;
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    Backoff b(milliseconds(1000), milliseconds(1000), seed);
    delays.insert(b.next().count());
  }
  EXPECT_GT(delays.size(), 10u);
}

TEST(Backoff, ToleratesNonsenseLimits) {
  Backoff b(milliseconds(0), milliseconds(-5), 1);  // clamped to 1 ms
  for (int i = 0; i < 5; ++i) EXPECT_LE(b.next(), milliseconds(1));
}

}  // namespace
}  // namespace anju::bus
