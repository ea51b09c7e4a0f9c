#pragma once
// The console's alarm sounds, generated rather than shipped, so each priority is distinct and its
// pattern is the one the standard asks for (IEC 60601-1-8 style bursts):
//   high   - 10 pulses (3 + 2, pause, 3 + 2), repeated every 5 s while unacknowledged
//   medium - 3 pulses, repeated every 15 s
//   low    - 1 pulse, played once
#include <cstdint>
#include <string>
#include <vector>

#include "protocol/messages.h"

namespace anju::sound {

struct TonePattern {
  double frequency_hz;
  double pulse_s;
  std::vector<double> pulse_starts_s;  // start of each pulse within the burst
  double repeat_s;                     // 0 = play once
};

TonePattern pattern_for(protocol::Priority priority);

// 16-bit mono PCM of one burst, with short ramps (no clicks), and a few harmonics so the tone is
// locatable.
std::vector<std::int16_t> render_burst(const TonePattern& pattern, int sample_rate = 22050);

// A complete RIFF/WAVE file of the samples.
std::string wav_file(const std::vector<std::int16_t>& samples, int sample_rate = 22050);

// Counts pulses in rendered audio (for tests and checks): runs of loud samples separated by
// silence.
int count_pulses(const std::vector<std::int16_t>& samples, int sample_rate = 22050);

}  // namespace anju::sound
