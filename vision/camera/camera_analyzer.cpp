#include "camera/camera_analyzer.h"

namespace anju::vision {
namespace {

std::vector<Polygon> rest_areas(const std::vector<Zone>& zones) {
  std::vector<Polygon> out;
  for (const auto& zone : zones) {
    if (zone.rest && zone.shape == ZoneShape::kArea) out.push_back(zone.area());
  }
  return out;
}

}  // namespace

CameraAnalyzer::CameraAnalyzer(DetectorParams params, std::vector<Zone> zones)
    : scene_(params.scene), falls_(params.fall, rest_areas(zones)), zones_(std::move(zones)) {}

std::vector<Observation> CameraAnalyzer::process(const cv::Mat& frame, double t, LocalTime local) {
  scene_.process(frame, t, falls_.held_tracks());
  std::vector<Observation> out;
  for (const auto& fall : falls_.update(scene_, t)) {
    out.push_back({fall.fallen ? ObservationKind::kFall : ObservationKind::kFallCleared,
                   fall.t,
                   fall.confidence,
                   fall.box,
                   fall.track,
                   {},
                   WanderRule::kEnter});
  }
  if (zones_.zones().empty()) return out;

  const cv::Size size = scene_.processing_size();
  std::vector<PersonPosition> people;
  for (const auto& track : scene_.tracks()) {
    if (!track.seen_now) continue;
    const PointN foot{(track.box.x + track.box.width / 2.0) / size.width,
                      static_cast<double>(track.box.y + track.box.height) / size.height};
    people.push_back({track.id, foot, t - track.first_seen});
  }
  for (const auto& wander : zones_.update(people, t, local)) {
    cv::Rect2d box;
    for (const auto& track : scene_.tracks()) {
      if (track.id == wander.track) box = scene_.scaler().to_input(track.box);
    }
    out.push_back(
        {ObservationKind::kWander, wander.t, 0, box, wander.track, wander.zone, wander.rule});
  }
  return out;
}

}  // namespace anju::vision
