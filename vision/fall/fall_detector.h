#pragma once
// Falls of every person in one camera's view: one FallMonitor per track, fed from the scene
// tracker. Reports each fall once (with confidence and box in camera pixels) and its clearing.
#include <map>
#include <opencv2/core.hpp>
#include <vector>

#include "fall/fall_monitor.h"
#include "fall/fall_params.h"
#include "tracking/scene_tracker.h"
#include "zones/polygon.h"

namespace anju::vision {

struct FallEvent {
  bool fallen = true;     // false: the person got up (fall cleared)
  double t = 0;           // seconds, the clock of the frames
  double confidence = 0;  // 0..1 (falls only)
  cv::Rect2d box;         // camera pixels
  int track = 0;          // which person (track id), to pair a clearing with its fall
};

class FallDetector {
 public:
  // rest_zones: where lying down is normal (beds), normalised coordinates.
  explicit FallDetector(FallParams params = {}, std::vector<Polygon> rest_zones = {});

  std::vector<FallEvent> update(const SceneTracker& scene, double t);
  // Tracks that must be kept while unseen: people down or fallen fade into the background.
  std::vector<int> held_tracks() const;
  // The fall state of a track (watching if unknown), for tests and overlays.
  FallPhase phase_of(int track) const;
  const FallMonitor* monitor_of(int track) const;

 private:
  bool in_rest_zone(const cv::Rect& box, cv::Size frame) const;

  FallParams params_;
  std::vector<Polygon> rest_zones_;
  std::map<int, FallMonitor> monitors_;
};

}  // namespace anju::vision
