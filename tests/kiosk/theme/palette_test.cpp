#include "theme/palette.h"

#include <gtest/gtest.h>

namespace anju::kiosk {
namespace {

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
