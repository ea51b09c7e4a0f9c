#pragma once
// Pacing: walking back and forth, again and again, within a time window (a common sign of
// agitation in dementia). Counts turning points of the walk along each image axis: a turn counts
// once the person has come back at least min_leg from the furthest point of the last leg.
#include <deque>

#include "zones/polygon.h"

namespace anju::vision {

struct PacingRule {
  int turns = 0;          // turns within window_s that make pacing; 0 = rule off
  double window_s = 120;  // how far back turns count
  double min_leg = 0.15;  // shortest leg that counts, share of the frame size
};

class PacingDetector {
 public:
  explicit PacingDetector(PacingRule rule) : rule_(rule) {}
  // Feeds one position (normalised foot point); returns true when the turns within the window
  // reach the rule's count (every time, until the turns age out).
  bool add(double t, PointN position);
  int recent_turns(double t) const;
  void reset();

 private:
  struct Axis {
    bool started = false;
    int direction = 0;  // +1 / -1 once moving, 0 before the first leg
    double extreme = 0;
    double origin = 0;
  };
  void feed(Axis& axis, double t, double value);

  PacingRule rule_;
  Axis x_, y_;
  std::deque<double> turns_;  // times of turns, both axes
};

}  // namespace anju::vision
