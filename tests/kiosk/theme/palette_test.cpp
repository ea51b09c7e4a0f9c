#include "theme/palette.h"

#include <gtest/gtest.h>

namespace anju::kiosk {
namespace {

TEST(Palette, ContrastRatioMatchesWcag) {
  EXPECT_NEAR(contrast_ratio({0, 0, 0}, {255, 255, 255}), 21.0, 0.01);
  EXPECT_NEAR(contrast_ratio({255, 255, 255}, {255, 255, 255}), 1.0, 0.001);
  EXPECT_NEAR(contrast_ratio({0x77, 0x77, 0x77}, {255, 255, 255}), 4.48, 0.01);
}

// WCAG AAA (7:1) for every text the kiosk draws, in both themes.
TEST(Palette, EveryTextMeetsSevenToOneInBothThemes) {
  for (const auto& [name, palette] : {std::pair{"standard", standard_palette()},
                                      std::pair{"high contrast", high_contrast_palette()}}) {
    for (const auto& pair : text_pairs(palette)) {
      EXPECT_GE(contrast_ratio(pair.foreground, pair.background), 7.0) << name << ": " << pair.name;
    }
  }
}

}  // namespace
}  // namespace anju::kiosk
