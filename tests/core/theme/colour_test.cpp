#include "theme/colour.h"

#include <gtest/gtest.h>

namespace anju::theme {
namespace {

TEST(Colour, ContrastRatioMatchesWcag) {
  EXPECT_NEAR(contrast_ratio({0, 0, 0}, {255, 255, 255}), 21.0, 0.01);
  EXPECT_NEAR(contrast_ratio({255, 255, 255}, {255, 255, 255}), 1.0, 0.001);
  EXPECT_NEAR(contrast_ratio({0x77, 0x77, 0x77}, {255, 255, 255}), 4.48, 0.01);
  EXPECT_DOUBLE_EQ(contrast_ratio(hex(0x123456), hex(0xABCDEF)),
                   contrast_ratio(hex(0xABCDEF), hex(0x123456)));
}

TEST(Colour, HexSplitsTheChannels) {
  EXPECT_EQ(hex(0xE0242B), (Rgb{0xE0, 0x24, 0x2B}));
}

}  // namespace
}  // namespace anju::theme
