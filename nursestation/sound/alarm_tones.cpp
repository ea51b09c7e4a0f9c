#include "sound/alarm_tones.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numbers>

namespace anju::sound {

TonePattern pattern_for(protocol::Priority priority) {
  switch (priority) {
    case protocol::Priority::kHigh:
      // 3 + 2 pulses, a pause, 3 + 2 again: the classic high-priority burst.
      return {880.0, 0.15, {0.0, 0.25, 0.5, 1.0, 1.25, 2.25, 2.5, 2.75, 3.25, 3.5}, 5.0};
    case protocol::Priority::kMedium:
      return {660.0, 0.2, {0.0, 0.3, 0.6}, 15.0};
    case protocol::Priority::kLow:
      return {520.0, 0.25, {0.0}, 0.0};
  }
  return {660.0, 0.2, {0.0}, 0.0};
}

std::vector<std::int16_t> render_burst(const TonePattern& p, int rate) {
  const double length_s =
      (p.pulse_starts_s.empty() ? 0 : p.pulse_starts_s.back()) + p.pulse_s + 0.1;
  std::vector<std::int16_t> out(static_cast<std::size_t>(length_s * rate), 0);
  const double ramp_s = 0.015;
  for (double start : p.pulse_starts_s) {
    const auto first = static_cast<std::size_t>(start * rate);
    const auto count = static_cast<std::size_t>(p.pulse_s * rate);
    for (std::size_t i = 0; i < count && first + i < out.size(); ++i) {
      const double t = static_cast<double>(i) / rate;
      const double envelope = std::min({1.0, t / ramp_s, (p.pulse_s - t) / ramp_s});
      const double w = 2 * std::numbers::pi * p.frequency_hz * t;
      const double v =
          std::sin(w) + 0.5 * std::sin(2 * w) + 0.3 * std::sin(3 * w) + 0.2 * std::sin(4 * w);
      out[first + i] = static_cast<std::int16_t>(envelope * v / 2.0 * 0.6 * 32767);
    }
  }
  return out;
}

std::string wav_file(const std::vector<std::int16_t>& samples, int rate) {
  std::string out;
  auto put32 = [&](std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  };
  auto put16 = [&](std::uint16_t v) {
    out.push_back(static_cast<char>(v & 0xFF));
    out.push_back(static_cast<char>(v >> 8));
  };
  const auto data_bytes = static_cast<std::uint32_t>(samples.size() * 2);
  out += "RIFF";
  put32(36 + data_bytes);
  out += "WAVEfmt ";
  put32(16);
  put16(1);  // PCM
  put16(1);  // mono
  put32(static_cast<std::uint32_t>(rate));
  put32(static_cast<std::uint32_t>(rate * 2));
  put16(2);
  put16(16);
  out += "data";
  put32(data_bytes);
  for (auto s : samples) put16(static_cast<std::uint16_t>(s));
  return out;
}

int count_pulses(const std::vector<std::int16_t>& samples, int rate) {
  // Envelope over 5 ms windows; a pulse is a loud stretch after at least 40 ms of quiet.
  const auto window = static_cast<std::size_t>(rate / 200);
  int pulses = 0;
  bool loud = false;
  std::size_t quiet_windows = 1000;
  for (std::size_t i = 0; i + window <= samples.size(); i += window) {
    int peak = 0;
    for (std::size_t j = i; j < i + window; ++j) peak = std::max(peak, std::abs(int{samples[j]}));
    const bool now_loud = peak > 3000;
    if (now_loud && !loud && quiet_windows >= 8) ++pulses;
    quiet_windows = now_loud ? 0 : quiet_windows + 1;
    loud = now_loud;
  }
  return pulses;
}

}  // namespace anju::sound
