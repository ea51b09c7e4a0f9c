#include "fall/fall_monitor.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace anju::vision {

std::optional<FallMonitor::Reference> FallMonitor::find_reference(
    const Track& track, double t, const FrameGeometry& geometry) const {
  const double since = t - (p_.max_descent_s + 1.0);
  std::optional<Reference> best;
  for (const auto& s : track.history) {
    if (s.t < since) continue;
    const cv::Rect& b = s.box;
    // Feet or head cut off by the frame edge: the height is not the person's.
    if (b.y <= 0 || b.y + b.height >= geometry.size.height) continue;
    if (b.height < p_.min_upright_aspect * b.width * geometry.pixel_aspect) continue;
    if (!best || b.height > best->height) {
      best = Reference{s.t, static_cast<double>(b.y + b.height), static_cast<double>(b.height)};
    }
  }
  return best;
}

double FallMonitor::smoothed_top(const Track& track) const {
  // Median of the last three tops: one noisy frame (a shadow, a hand) does not move the head.
  std::array<double, 3> tops{};
  std::size_t n = 0;
  for (auto it = track.history.rbegin(); it != track.history.rend() && n < tops.size(); ++it) {
    tops[n++] = it->box.y;
  }
  std::sort(tops.begin(), tops.begin() + static_cast<std::ptrdiff_t>(n));
  return tops[n / 2];
}

std::optional<FallChange> FallMonitor::update(const Track& track, double t,
                                              const FrameGeometry& geometry, bool suppressed) {
  head_height_ = std::numeric_limits<double>::quiet_NaN();
  if (track.history.empty()) return std::nullopt;
  // Unseen while down: someone lying still fades into the background; they are where they were.
  if (!track.seen_now && phase_ == FallPhase::kWatching) return std::nullopt;
  const double top = track.seen_now ? smoothed_top(track) : last_top_;
  last_top_ = top;

  if (phase_ == FallPhase::kWatching) {
    const auto reference = find_reference(track, t, geometry);
    if (!reference) return std::nullopt;
    head_height_ = head_height_of(top, *reference);
    if (suppressed || head_height_ > p_.down_level) return std::nullopt;
    double last_upright = -std::numeric_limits<double>::infinity();
    for (auto it = track.history.rbegin(); it != track.history.rend(); ++it) {
      if (head_height_of(it->box.y, *reference) >= p_.upright_level) {
        last_upright = it->t;
        break;
      }
    }
    const double descent = t - last_upright;
    if (descent > p_.max_descent_s) return std::nullopt;
    phase_ = FallPhase::kDown;
    frozen_ = *reference;
    down_since_ = t;
    descent_s_ = descent;
    lowest_ = head_height_;
    up_since_ = -1;
    return std::nullopt;
  }

  head_height_ = head_height_of(top, frozen_);
  const bool up = head_height_ > p_.up_level;
  if (up && up_since_ < 0) up_since_ = t;
  if (!up) up_since_ = -1;

  if (phase_ == FallPhase::kDown) {
    lowest_ = std::min(lowest_, head_height_);
    if (up && t - up_since_ >= p_.recover_s) {
      phase_ = FallPhase::kWatching;
      return std::nullopt;
    }
    if (t - down_since_ < p_.confirm_s) return std::nullopt;
    phase_ = FallPhase::kFallen;
    up_since_ = -1;
    // Lower and faster is surer: a person flat on the floor after a one-second drop scores ~1.
    const double depth = std::clamp((p_.down_level - lowest_) / p_.down_level, 0.0, 1.0);
    const double speed = std::clamp(1.0 - descent_s_ / p_.max_descent_s, 0.0, 1.0);
    return FallChange{true, t, 0.5 + 0.25 * depth + 0.25 * speed, descent_s_, track.box};
  }

  // Fallen: only getting up ends it.
  if (up && t - up_since_ >= p_.getup_s) {
    phase_ = FallPhase::kWatching;
    up_since_ = -1;
    return FallChange{false, t, 0, 0, track.box};
  }
  return std::nullopt;
}

}  // namespace anju::vision
