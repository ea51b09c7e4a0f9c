#pragma once
// Wandering rules over the people a camera tracks. Positions are foot points (bottom centre of the
// box, normalised): where a person stands, not where their head appears. A track must be seen for
// settle_s before it can fire anything, so noise and brief blobs stay quiet.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "zones/pacing_detector.h"
#include "zones/zone.h"

namespace anju::vision {

enum class WanderRule { kEnter, kCross, kLoiter, kPacing };
const char* to_string(WanderRule rule);

struct PersonPosition {
  int track = 0;
  PointN foot;            // normalised
  double seen_for_s = 0;  // how long the track has existed
};

struct WanderEvent {
  std::string zone;
  WanderRule rule = WanderRule::kEnter;
  double t = 0;
  int track = 0;
  PointN foot;
};

class ZoneMonitor {
 public:
  explicit ZoneMonitor(std::vector<Zone> zones, double settle_s = 1.0);

  std::vector<WanderEvent> update(const std::vector<PersonPosition>& people, double t,
                                  LocalTime now);
  const std::vector<Zone>& zones() const { return zones_; }

 private:
  struct Presence {  // one person in one zone
    bool inside = false;
    double since = 0;
    bool loiter_fired = false;
    PointN last;
    bool has_last = false;
    PacingDetector pacing{PacingRule{}};
  };
  bool fire(std::size_t zone, WanderRule rule, double t);

  std::vector<Zone> zones_;
  std::vector<Polygon> areas_;
  double settle_s_;
  std::map<std::pair<int, std::size_t>, Presence> presence_;  // (track, zone)
  std::map<std::pair<std::size_t, WanderRule>, double> last_fired_;
};

}  // namespace anju::vision
