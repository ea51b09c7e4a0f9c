#pragma once
// A camera zone and what should happen there. Areas (polygons) watch entering, loitering and
// pacing; lines (polylines, e.g. across a doorway) watch crossing. Rules fire only inside the
// zone's time windows (none = always). A zone marked `rest` is where lying down is normal (a bed):
// no fall starts there.
#include <string>
#include <vector>

#include "zones/pacing_detector.h"
#include "zones/polygon.h"
#include "zones/time_window.h"

namespace anju::vision {

enum class ZoneShape { kArea, kLine };

struct ZoneRules {
  bool enter = false;   // areas: a person entered
  bool cross = false;   // lines: a person crossed
  double loiter_s = 0;  // areas: a person stayed this long (0 = off)
  PacingRule pacing;    // areas: back and forth (turns 0 = off)
};

struct Zone {
  std::string name;
  ZoneShape shape = ZoneShape::kArea;
  std::vector<PointN> points;  // normalised; area: polygon corners, line: polyline
  ZoneRules rules;
  std::vector<DailyWindow> windows;
  bool rest = false;
  double cooldown_s = 60;  // the same rule in the same zone fires at most once per cooldown

  Polygon area() const { return Polygon(points); }
};

}  // namespace anju::vision
