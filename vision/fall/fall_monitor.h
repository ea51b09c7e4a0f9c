#pragma once
// The fall state machine of one tracked person:
//   watching --(head drops from upright to the floor within max_descent_s)--> down
//   down --(stays down confirm_s)--> fallen: report once      down --(up again)--> watching
//   fallen --(up for getup_s)--> watching: report cleared
// The head is the top of the moving part of the person (what they left behind does not move). The
// upright reference is the head at its highest in the last seconds and the lowest the silhouette
// reached just after (the feet), frozen when the descent is seen, so a person lying still never
// becomes the new "upright". A fall must move the whole body, in a frame-sized way, and end with
// the silhouette down too. While nothing moves, the person is where they were last seen moving.
#include <opencv2/core.hpp>
#include <optional>

#include "fall/fall_params.h"
#include "tracking/person_tracker.h"

namespace anju::vision {

enum class FallPhase { kWatching, kDown, kFallen };

struct FallChange {
  bool fallen = true;     // true: fall confirmed; false: cleared (the person got up)
  double t = 0;           // when it was decided
  double confidence = 0;  // 0..1, for a fall
  double descent_s = 0;   // upright -> down
  cv::Rect box;           // processing pixels
};

struct FrameGeometry {
  cv::Size size;              // processing frame
  double pixel_aspect = 1.0;  // width of a processing pixel over its height
};

class FallMonitor {
 public:
  explicit FallMonitor(const FallParams& params) : p_(params) {}

  // Call once per frame for the track (seen or not). `suppressed`: the person is where lying is
  // normal (a bed zone), so no new fall starts there.
  std::optional<FallChange> update(const Track& track, double t, const FrameGeometry& geometry,
                                   bool suppressed = false);

  FallPhase phase() const { return phase_; }
  // Head height of the latest moving sample against the reference (NaN if none this frame).
  double head_height() const { return head_height_; }

 private:
  struct Reference {
    double t = 0;
    double feet = 0;    // y of the feet line
    double height = 0;  // upright height, processing pixels
    double area = 0;    // foreground pixels when upright
  };
  std::optional<Reference> find_reference(const Track& track, double t,
                                          const FrameGeometry& geometry) const;
  // Head height of a sample's moving part, if enough of the body moved.
  std::optional<double> moving_head(const TrackSample& sample, const Reference& r) const;
  // The time the moving head was last upright, if the way down from there moved the whole body.
  std::optional<double> whole_body_descent(const Track& track, const Reference& r,
                                           const FrameGeometry& geometry) const;
  std::optional<FallChange> watch(const Track& track, double t, const FrameGeometry& geometry,
                                  bool suppressed);
  // Down or fallen: tracks whether the person is up again, for how long.
  void follow_posture(const Track& track, double t);

  FallParams p_;
  FallPhase phase_ = FallPhase::kWatching;
  Reference frozen_;
  double down_since_ = 0;
  double descent_s_ = 0;
  double lowest_ = 1;
  double up_since_ = -1;  // < 0: not up
  bool up_ = false;
  double head_height_ = 0;
};

}  // namespace anju::vision
