#include "synthetic_scene.h"

#include <cmath>
#include <opencv2/imgproc.hpp>

namespace anju::vision::testing {

SyntheticScene::SyntheticScene(double fps, unsigned seed) : fps_(fps), rng_(seed) {
  // Blotchy wall and floor: coarse noise scaled up, like furniture and texture at a distance.
  cv::Mat coarse(30, 40, CV_8UC3);
  rng_.fill(coarse, cv::RNG::UNIFORM, cv::Scalar(90, 100, 110), cv::Scalar(170, 180, 190));
  cv::resize(coarse, background_, size(), 0, 0, cv::INTER_LINEAR);
  cv::rectangle(background_, cv::Rect(0, 170, 320, 70), cv::Scalar(70, 110, 140), cv::FILLED);
  cv::Mat grain(size(), CV_8UC3);
  rng_.fill(grain, cv::RNG::UNIFORM, cv::Scalar::all(0), cv::Scalar::all(20));
  background_ += grain;
  // Dark clothes with their own pattern, so that a moving body changes inside, not only at edges.
  cv::Mat pattern(16, 8, CV_8UC3);
  rng_.fill(pattern, cv::RNG::UNIFORM, cv::Scalar(20, 20, 60), cv::Scalar(90, 70, 140));
  cv::resize(pattern, clothes_, cv::Size(64, 128), 0, 0, cv::INTER_NEAREST);
}

cv::Rect SyntheticScene::box_at(double t) const {
  if (path_.empty() || t < path_.front().t || t > path_.back().t) return {};
  for (std::size_t i = 1; i < path_.size(); ++i) {
    const auto& a = path_[i - 1];
    const auto& b = path_[i];
    if (t > b.t) continue;
    const double f = b.t > a.t ? (t - a.t) / (b.t - a.t) : 1.0;
    auto mix = [f](int u, int v) { return static_cast<int>(std::lround(u + f * (v - u))); };
    return {mix(a.box.x, b.box.x), mix(a.box.y, b.box.y), mix(a.box.width, b.box.width),
            mix(a.box.height, b.box.height)};
  }
  return path_.back().box;
}

cv::Mat SyntheticScene::frame(double t) {
  cv::Mat out = background_.clone();
  cv::Rect box = box_at(t);
  if (box.area() > 0) {
    // Sway: people are never perfectly still.
    const int frame_index = static_cast<int>(std::lround(t * fps_));
    box.x += (frame_index / 5) % 2;
    box &= cv::Rect(cv::Point(0, 0), size());
    cv::Mat body;
    cv::resize(clothes_, body, box.size(), 0, 0, cv::INTER_NEAREST);
    cv::Mat shape = cv::Mat::zeros(box.size(), CV_8UC1);
    cv::ellipse(shape, cv::Point(box.width / 2, box.height / 2),
                cv::Size(box.width / 2, box.height / 2), 0, 0, 360, cv::Scalar(255), cv::FILLED);
    body.copyTo(out(box), shape);
  }
  cv::Mat noise(out.size(), CV_16SC3);
  rng_.fill(noise, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(2));
  out.convertTo(out, CV_16SC3);
  out += noise;
  out.convertTo(out, CV_8UC3);
  return out;
}

}  // namespace anju::vision::testing
