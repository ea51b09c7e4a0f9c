#include "fall/fall_detector.h"

#include <algorithm>

namespace anju::vision {

FallDetector::FallDetector(FallParams params, std::vector<Polygon> rest_zones)
    : params_(params), rest_zones_(std::move(rest_zones)) {}

bool FallDetector::in_rest_zone(const cv::Rect& box, cv::Size frame) const {
  const PointN centre{(box.x + box.width / 2.0) / frame.width,
                      (box.y + box.height / 2.0) / frame.height};
  return std::any_of(rest_zones_.begin(), rest_zones_.end(),
                     [&](const Polygon& zone) { return zone.contains(centre); });
}

std::vector<FallEvent> FallDetector::update(const SceneTracker& scene, double t) {
  const FrameGeometry geometry{scene.processing_size(), scene.scaler().pixel_aspect()};
  std::vector<FallEvent> events;
  std::erase_if(monitors_, [&](const auto& entry) {
    return std::none_of(scene.tracks().begin(), scene.tracks().end(),
                        [&](const Track& track) { return track.id == entry.first; });
  });
  for (const auto& track : scene.tracks()) {
    const auto it = monitors_.try_emplace(track.id, params_).first;
    const bool suppressed = in_rest_zone(track.box, geometry.size);
    if (const auto change = it->second.update(track, t, geometry, suppressed)) {
      events.push_back({change->fallen, change->t, change->confidence,
                        scene.scaler().to_input(change->box), track.id});
    }
  }
  return events;
}

std::vector<int> FallDetector::held_tracks() const {
  std::vector<int> held;
  for (const auto& [id, monitor] : monitors_) {
    if (monitor.phase() != FallPhase::kWatching) held.push_back(id);
  }
  return held;
}

FallPhase FallDetector::phase_of(int track) const {
  const auto it = monitors_.find(track);
  return it == monitors_.end() ? FallPhase::kWatching : it->second.phase();
}

const FallMonitor* FallDetector::monitor_of(int track) const {
  const auto it = monitors_.find(track);
  return it == monitors_.end() ? nullptr : &it->second;
}

}  // namespace anju::vision
