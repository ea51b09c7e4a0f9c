#pragma once
// Zone geometry in normalised frame coordinates (0..1 across and down), so a zone drawn once holds
// whatever resolution the camera delivers.
#include <opencv2/core.hpp>
#include <vector>

namespace anju::vision {

using PointN = cv::Point2d;  // normalised: x, y in [0, 1]

class Polygon {
 public:
  Polygon() = default;
  explicit Polygon(std::vector<PointN> points) : points_(std::move(points)) {}

  // Even-odd rule; points on the boundary may fall either way.
  bool contains(PointN p) const;
  // Whether the segment a -> b crosses any edge of the polygon.
  bool crossed_by(PointN a, PointN b) const;
  const std::vector<PointN>& points() const { return points_; }
  bool valid() const { return points_.size() >= 3; }

 private:
  std::vector<PointN> points_;
};

// Whether segments ab and cd intersect (touching counts).
bool segments_intersect(PointN a, PointN b, PointN c, PointN d);

}  // namespace anju::vision
