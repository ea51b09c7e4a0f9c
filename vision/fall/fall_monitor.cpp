#include "fall/fall_monitor.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace anju::vision {

std::optional<FallMonitor::Reference> FallMonitor::find_reference(
    const Track& track, double t, const FrameGeometry& geometry) const {
  const double since = t - (p_.max_descent_s + 1.0);
  auto usable = [&](const TrackSample& s) {
    const cv::Rect& b = s.box;
    // Feet or head cut off by the frame edge: the height is not the person's.
    return s.t >= since && b.y > 0 && b.br().y < geometry.size.height &&
           b.height >= p_.min_upright_aspect * b.width * geometry.pixel_aspect &&
           b.height >= p_.min_person_height * geometry.size.height;
  };
  // The head: the highest the moving part reached.
  const TrackSample* highest = nullptr;
  for (const auto& s : track.history) {
    if (!usable(s) || s.active_area < p_.min_active_share * s.area) continue;
    if (!highest || s.active_box.y < highest->active_box.y) highest = &s;
  }
  if (!highest) return std::nullopt;
  // The feet: the lowest the silhouette reached while the head was still up there. A silhouette
  // grows over a few frames as more of a person moves, and a person already in view when the
  // camera started shows only the parts they moved.
  const double head = highest->active_box.y;
  const double still_up = head + 0.1 * highest->box.height;
  double feet = highest->box.br().y, area = highest->area, upright_t = highest->t;
  for (const auto& s : track.history) {
    if (s.t < highest->t || !usable(s)) continue;
    if (s.t > highest->t + p_.feet_settle_s) break;
    if (s.active_area >= p_.min_active_share * s.area && s.active_box.y > still_up) break;
    feet = std::max(feet, static_cast<double>(s.box.br().y));
    area = std::max(area, static_cast<double>(s.area));
    upright_t = s.t;
  }
  return Reference{upright_t, feet, feet - head, area};
}

std::optional<double> FallMonitor::whole_body_descent(const Track& track, const Reference& r,
                                                      const FrameGeometry& geometry) const {
  int most_moving = 0, largest = 0;
  for (auto it = track.history.rbegin(); it != track.history.rend(); ++it) {
    most_moving = std::max(most_moving, it->active_area);
    largest = std::max(largest, it->area);
    const auto head = moving_head(*it, r);
    if (!head || *head < p_.upright_level) continue;
    const double frame_area = static_cast<double>(geometry.size.area());
    if (most_moving < p_.whole_body_share * r.area || largest < p_.min_fall_area * frame_area) {
      return std::nullopt;
    }
    return it->t;
  }
  return std::nullopt;
}

std::optional<double> FallMonitor::moving_head(const TrackSample& sample,
                                               const Reference& r) const {
  if (sample.active_area < p_.min_active_share * r.area) return std::nullopt;
  return (r.feet - sample.active_box.y) / r.height;
}

std::optional<FallChange> FallMonitor::watch(const Track& track, double t,
                                             const FrameGeometry& geometry, bool suppressed) {
  const auto reference = find_reference(track, t, geometry);
  if (!reference) return std::nullopt;
  const auto head = moving_head(track.history.back(), *reference);
  if (!head) return std::nullopt;
  head_height_ = *head;
  if (suppressed || *head > p_.down_level) return std::nullopt;
  // The silhouette as a whole must be down too: a hand moving at hip height is not a head.
  const double silhouette = (reference->feet - track.box.y) / reference->height;
  if (silhouette > p_.up_level) return std::nullopt;
  const auto last_upright = whole_body_descent(track, *reference, geometry);
  if (!last_upright) return std::nullopt;
  const double descent = t - *last_upright;
  if (descent > p_.max_descent_s) return std::nullopt;
  phase_ = FallPhase::kDown;
  frozen_ = *reference;
  down_since_ = t;
  descent_s_ = descent;
  lowest_ = *head;
  up_ = false;
  up_since_ = -1;
  return std::nullopt;
}

void FallMonitor::follow_posture(const Track& track, double t) {
  // No movement: still where they were, up or down.
  if (!track.seen_now) return;
  const auto head = moving_head(track.history.back(), frozen_);
  if (!head) return;
  head_height_ = *head;
  lowest_ = std::min(lowest_, *head);
  const bool up = *head > p_.up_level;
  if (up && !up_) up_since_ = t;
  up_ = up;
}

std::optional<FallChange> FallMonitor::update(const Track& track, double t,
                                              const FrameGeometry& geometry, bool suppressed) {
  head_height_ = std::numeric_limits<double>::quiet_NaN();
  if (track.history.empty()) return std::nullopt;
  if (phase_ == FallPhase::kWatching) {
    if (!track.seen_now) return std::nullopt;
    return watch(track, t, geometry, suppressed);
  }
  follow_posture(track, t);
  if (phase_ == FallPhase::kDown) {
    if (up_ && t - up_since_ >= p_.recover_s) {
      phase_ = FallPhase::kWatching;  // bent down, crouched, sat: not a fall
      return std::nullopt;
    }
    if (t - down_since_ < p_.confirm_s) return std::nullopt;
    phase_ = FallPhase::kFallen;
    up_ = false;
    // Lower and faster is surer: a person flat on the floor after a one-second drop scores ~1.
    const double depth = std::clamp((p_.down_level - lowest_) / p_.down_level, 0.0, 1.0);
    const double speed = std::clamp(1.0 - descent_s_ / p_.max_descent_s, 0.0, 1.0);
    return FallChange{true, t, 0.5 + 0.25 * depth + 0.25 * speed, descent_s_, track.box};
  }
  // Fallen: only getting up ends it.
  if (up_ && t - up_since_ >= p_.getup_s) {
    phase_ = FallPhase::kWatching;
    up_ = false;
    return FallChange{false, t, 0, 0, track.box};
  }
  return std::nullopt;
}

}  // namespace anju::vision
