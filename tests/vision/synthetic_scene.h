#pragma once
// A synthetic room for detector tests: a textured background with sensor noise and people drawn
// as textured ellipses whose boxes follow keyframes (standing, falling, lying, sitting...). Frames
// are 320x240 BGR at the rate given.
#include <opencv2/core.hpp>
#include <vector>

namespace anju::vision::testing {

struct Keyframe {
  double t;      // seconds
  cv::Rect box;  // where the person is (input pixels); empty: not in view
};

class SyntheticScene {
 public:
  explicit SyntheticScene(double fps = 15.0, unsigned seed = 7);

  // The person's path: boxes are interpolated linearly between keyframes; before the first and
  // after the last the person is absent.
  void set_path(std::vector<Keyframe> path) { path_ = std::move(path); }
  // Frame at time t (a person standing still sways by a pixel now and then, as people do).
  cv::Mat frame(double t);
  double fps() const { return fps_; }
  static cv::Size size() { return {320, 240}; }

  // Standing at x with feet on y (boxes the tests use).
  static cv::Rect standing(int x, int feet_y) { return {x, feet_y - 100, 30, 100}; }
  static cv::Rect lying(int x, int floor_y) { return {x, floor_y - 24, 100, 24}; }
  static cv::Rect sitting(int x, int feet_y) { return {x, feet_y - 66, 42, 66}; }

 private:
  cv::Rect box_at(double t) const;

  double fps_;
  cv::Mat background_;
  cv::Mat clothes_;  // texture of the person
  cv::RNG rng_;
  std::vector<Keyframe> path_;
};

}  // namespace anju::vision::testing
