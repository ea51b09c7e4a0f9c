#pragma once
// One camera's analysis, frames in, observations out: people tracking, falls, and wandering rules.
// No threads, no I/O: the evaluator, the daemon and the tests all drive it the same way.
#include <opencv2/core.hpp>
#include <string>
#include <vector>

#include "camera/detector_params.h"
#include "fall/fall_detector.h"
#include "tracking/scene_tracker.h"
#include "zones/zone_monitor.h"

namespace anju::vision {

enum class ObservationKind { kFall, kFallCleared, kWander };

struct Observation {
  ObservationKind kind = ObservationKind::kFall;
  double t = 0;           // the frame's time
  double confidence = 0;  // falls
  cv::Rect2d box;         // camera pixels
  int track = 0;
  std::string zone;                      // wander
  WanderRule rule = WanderRule::kEnter;  // wander
};

class CameraAnalyzer {
 public:
  explicit CameraAnalyzer(DetectorParams params = {}, std::vector<Zone> zones = {});

  // frame: BGR or grey, any size (the same camera keeps one size); t: seconds, increasing;
  // local: wall-clock time at the site, for zone time windows.
  std::vector<Observation> process(const cv::Mat& frame, double t, LocalTime local = {});

  const SceneTracker& scene() const { return scene_; }
  const FallDetector& falls() const { return falls_; }

 private:
  SceneTracker scene_;
  FallDetector falls_;
  ZoneMonitor zones_;
};

}  // namespace anju::vision
