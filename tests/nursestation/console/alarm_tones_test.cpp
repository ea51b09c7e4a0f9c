#include "sound/alarm_tones.h"

#include <gtest/gtest.h>

namespace anju::sound {
namespace {

TEST(AlarmTones, EachPriorityHasItsPulseCount) {
  EXPECT_EQ(count_pulses(render_burst(pattern_for(protocol::Priority::kHigh))), 10);
  EXPECT_EQ(count_pulses(render_burst(pattern_for(protocol::Priority::kMedium))), 3);
  EXPECT_EQ(count_pulses(render_burst(pattern_for(protocol::Priority::kLow))), 1);
}

TEST(AlarmTones, RepeatIntervalsFollowTheStandardRanges) {
  const auto high = pattern_for(protocol::Priority::kHigh);
  const auto medium = pattern_for(protocol::Priority::kMedium);
  EXPECT_GE(high.repeat_s, 2.5);
  EXPECT_LE(high.repeat_s, 15);
  EXPECT_GE(medium.repeat_s, 2.5);
  EXPECT_LE(medium.repeat_s, 30);
  EXPECT_EQ(pattern_for(protocol::Priority::kLow).repeat_s, 0);
  EXPECT_NE(high.frequency_hz, medium.frequency_hz);
}

TEST(AlarmTones, WavHeaderDescribesTheSamples) {
  const std::vector<std::int16_t> samples(1000, 100);
  const auto wav = wav_file(samples, 22050);
  ASSERT_EQ(wav.size(), 44u + 2000u);
  EXPECT_EQ(wav.substr(0, 4), "RIFF");
  EXPECT_EQ(wav.substr(8, 8), "WAVEfmt ");
  EXPECT_EQ(wav.substr(36, 4), "data");
}

}  // namespace
}  // namespace anju::sound
