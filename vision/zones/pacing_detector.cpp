#include "zones/pacing_detector.h"

#include <algorithm>
#include <cmath>

namespace anju::vision {

void PacingDetector::feed(Axis& axis, double t, double value) {
  if (!axis.started) {
    axis = {true, 0, value, value};
    return;
  }
  if (axis.direction == 0) {
    // The first leg: wait until the walk has gone far enough one way.
    if (std::abs(value - axis.origin) >= rule_.min_leg) {
      axis.direction = value > axis.origin ? 1 : -1;
      axis.extreme = value;
    }
    return;
  }
  if ((value - axis.extreme) * axis.direction > 0) {
    axis.extreme = value;  // still going the same way
  } else if (std::abs(value - axis.extreme) >= rule_.min_leg) {
    turns_.push_back(t);  // came back a full leg: the extreme was a turning point
    axis.direction = -axis.direction;
    axis.extreme = value;
  }
}

bool PacingDetector::add(double t, PointN position) {
  if (rule_.turns <= 0) return false;
  feed(x_, t, position.x);
  feed(y_, t, position.y);
  while (!turns_.empty() && turns_.front() < t - rule_.window_s) turns_.pop_front();
  return recent_turns(t) >= rule_.turns;
}

int PacingDetector::recent_turns(double t) const {
  return static_cast<int>(std::count_if(turns_.begin(), turns_.end(),
                                        [&](double at) { return at >= t - rule_.window_s; }));
}

void PacingDetector::reset() {
  x_ = {};
  y_ = {};
  turns_.clear();
}

}  // namespace anju::vision
