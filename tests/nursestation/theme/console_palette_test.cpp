#include "theme/console_palette.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace anju::console {
namespace {

std::string hex_of(theme::Rgb c) {
  char text[8];
  std::snprintf(text, sizeof text, "#%02x%02x%02x", c.r, c.g, c.b);
  return text;
}

// WCAG AA (4.5:1) for every text the console draws: staff read it at a glance, at night.
TEST(ConsolePalette, EveryTextMeetsWcagAa) {
  const auto palette = console_palette();
  const auto pairs = console_text_pairs(palette);
  ASSERT_GE(pairs.size(), 20u);
  for (const auto& pair : pairs)
    EXPECT_GE(theme::contrast_ratio(pair.foreground, pair.background), 4.5)
        << hex_of(pair.foreground) << " on " << pair.name << " " << hex_of(pair.background);
}

TEST(ConsolePalette, PrioritiesUseTheAlarmStandardsColoursAndReadableInk) {
  const auto p = console_palette();
  using protocol::Priority;
  EXPECT_EQ(priority_colour(p, Priority::kHigh), p.high);
  EXPECT_EQ(priority_colour(p, Priority::kMedium), p.medium);
  EXPECT_EQ(priority_colour(p, Priority::kLow), p.low);
  for (auto priority : {Priority::kHigh, Priority::kMedium, Priority::kLow})
    EXPECT_GE(theme::contrast_ratio(on_priority(p, priority), priority_colour(p, priority)), 4.5);
  // Red stays red, yellow yellow, cyan cyan (IEC 60601-1-8): the dominant channel.
  EXPECT_GT(p.high.r, 2 * p.high.g);
  EXPECT_GT(p.medium.r, 2 * p.medium.b);
  EXPECT_GT(p.low.b, 2 * p.low.r);
}

}  // namespace
}  // namespace anju::console
