// Pacing: back and forth within a time window.
#include <gtest/gtest.h>

#include "zones/pacing_detector.h"
#include "zones/zone_monitor.h"

namespace anju::vision {
namespace {

// Walks between x = 0.2 and 0.8 at y = 0.5, `legs` times, 5 s a leg, sampled at 5 Hz.
int legs_until_pacing(PacingDetector& pacing, int legs, double t0 = 0) {
  for (int leg = 0; leg < legs; ++leg) {
    for (int i = 0; i < 25; ++i) {
      const double f = i / 25.0;
      const double x = leg % 2 == 0 ? 0.2 + 0.6 * f : 0.8 - 0.6 * f;
      if (pacing.add(t0 + leg * 5 + i / 5.0, {x, 0.5})) return leg;
    }
  }
  return -1;
}

TEST(Pacing, BackAndForthIsPacing) {
  PacingDetector pacing({4, 120, 0.15});
  // Turns happen at the start of legs 1, 2, 3, 4: the fourth turn is in leg 4.
  EXPECT_EQ(legs_until_pacing(pacing, 8), 4);
}

TEST(Pacing, WalkingOneWayIsNot) {
  PacingDetector pacing({4, 120, 0.15});
  for (int i = 0; i < 100; ++i) EXPECT_FALSE(pacing.add(i * 0.2, {0.1 + 0.008 * i, 0.5}));
}

TEST(Pacing, SmallSwayIsNot) {
  PacingDetector pacing({4, 120, 0.15});
  for (int i = 0; i < 200; ++i) {
    EXPECT_FALSE(pacing.add(i * 0.2, {0.5 + (i % 2 ? 0.05 : -0.05), 0.5}));
  }
}

TEST(Pacing, TurnsOlderThanTheWindowDoNotCount) {
  PacingDetector pacing({4, 12, 0.15});  // four turns within 12 s: at 5 s a leg, never
  EXPECT_EQ(legs_until_pacing(pacing, 10), -1);
  EXPECT_LE(pacing.recent_turns(50), 3);
}

TEST(Pacing, ZoneMonitorReportsPacingOncePerCooldown) {
  Zone corridor;
  corridor.name = "corridor";
  corridor.points = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  corridor.rules.pacing = {4, 120, 0.15};
  corridor.cooldown_s = 300;
  ZoneMonitor monitor({corridor});
  int fired = 0;
  for (int leg = 0; leg < 12; ++leg) {
    for (int i = 0; i < 25; ++i) {
      const double f = i / 25.0;
      const double x = leg % 2 == 0 ? 0.2 + 0.6 * f : 0.8 - 0.6 * f;
      const double t = leg * 5 + i / 5.0;
      for (const auto& e : monitor.update({{1, {x, 0.5}, t}}, t, {})) {
        EXPECT_EQ(e.rule, WanderRule::kPacing);
        ++fired;
      }
    }
  }
  EXPECT_EQ(fired, 1);
}

}  // namespace
}  // namespace anju::vision
