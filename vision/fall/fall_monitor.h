#pragma once
// The fall state machine of one tracked person:
//   watching --(head drops from upright to the floor within max_descent_s)--> down
//   down --(stays down confirm_s)--> fallen: report once      down --(up again)--> watching
//   fallen --(up for getup_s)--> watching: report cleared
// The upright reference (height and feet line) is the tallest recent posture, frozen when the
// descent is seen, so a person lying still does not slowly become the new "upright".
#include <deque>
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

  // Call once per frame for the track (seen or not; unseen keeps the last posture). `suppressed`: the person is where lying is
  // normal (a bed zone), so no new fall starts there.
  std::optional<FallChange> update(const Track& track, double t, const FrameGeometry& geometry,
                                   bool suppressed = false);

  FallPhase phase() const { return phase_; }
  // Head height of the latest sample against the current or frozen reference (NaN if none).
  double head_height() const { return head_height_; }

 private:
  struct Reference {
    double t = 0;
    double feet = 0;    // y of the feet line
    double height = 0;  // upright height, processing pixels
  };
  std::optional<Reference> find_reference(const Track& track, double t,
                                          const FrameGeometry& geometry) const;
  double smoothed_top(const Track& track) const;
  double head_height_of(double top, const Reference& r) const { return (r.feet - top) / r.height; }

  FallParams p_;
  FallPhase phase_ = FallPhase::kWatching;
  Reference frozen_;
  double down_since_ = 0;
  double descent_s_ = 0;
  double lowest_ = 1;
  double up_since_ = -1;  // < 0: not up
  double head_height_ = 0;
  double last_top_ = 0;
};

}  // namespace anju::vision
