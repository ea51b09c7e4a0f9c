#include "zones/polygon.h"

#include <algorithm>

namespace anju::vision {
namespace {

double cross(PointN o, PointN a, PointN b) {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

bool on_segment(PointN a, PointN b, PointN p) {
  return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y &&
         p.y <= std::max(a.y, b.y);
}

int sign(double v) {
  return (v > 1e-12) - (v < -1e-12);
}

}  // namespace

bool segments_intersect(PointN a, PointN b, PointN c, PointN d) {
  const int d1 = sign(cross(c, d, a)), d2 = sign(cross(c, d, b));
  const int d3 = sign(cross(a, b, c)), d4 = sign(cross(a, b, d));
  if (d1 != d2 && d3 != d4 && d1 != 0 && d2 != 0 && d3 != 0 && d4 != 0) return true;
  return (d1 == 0 && on_segment(c, d, a)) || (d2 == 0 && on_segment(c, d, b)) ||
         (d3 == 0 && on_segment(a, b, c)) || (d4 == 0 && on_segment(a, b, d));
}

bool Polygon::contains(PointN p) const {
  bool inside = false;
  for (std::size_t i = 0, j = points_.size() - 1; i < points_.size(); j = i++) {
    const PointN& a = points_[i];
    const PointN& b = points_[j];
    if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) {
      inside = !inside;
    }
  }
  return inside;
}

bool Polygon::crossed_by(PointN a, PointN b) const {
  for (std::size_t i = 0, j = points_.size() - 1; i < points_.size(); j = i++) {
    if (segments_intersect(a, b, points_[j], points_[i])) return true;
  }
  return false;
}

}  // namespace anju::vision
