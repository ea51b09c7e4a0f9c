#include "motion/background_model.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <opencv2/imgproc.hpp>
#include <stdexcept>

namespace anju::vision {
namespace {

// Square of the noise floor: sensor noise after the downscale is a few grey levels.
constexpr float kInitialVariance = 36.0f;

float distance2(const float* a, const float* b) {
  const float d0 = a[0] - b[0], d1 = a[1] - b[1], d2 = a[2] - b[2];
  return d0 * d0 + d1 * d1 + d2 * d2;
}

float rate_for(double dt, double time_constant) {
  return static_cast<float>(1.0 - std::exp(-dt / time_constant));
}

}  // namespace

BackgroundModel::BackgroundModel(BackgroundParams params) : p_(params) {
  if (p_.adapt_s <= 0 || p_.absorb_s <= 0)
    throw std::invalid_argument("time constants must be > 0");
}

void BackgroundModel::start(const cv::Mat& frame, double t) {
  frame.convertTo(mean_, CV_32FC3);
  variance_.create(frame.size(), CV_32FC1);
  variance_.setTo(kInitialVariance);
  mean_.copyTo(previous_);
  last_change_.create(frame.size(), CV_64FC1);
  last_change_.setTo(t);
  people_.release();
  last_t_ = t;
  start_t_ = t;
  floor_ = scene_floor();
}

cv::Mat BackgroundModel::background_image() const {
  cv::Mat out;
  if (!mean_.empty()) mean_.convertTo(out, CV_8UC3);
  return out;
}

double BackgroundModel::scene_floor() const {
  if (mean_.empty() || p_.dark_scene_level <= 0) return p_.min_distance;
  // Light falls on a scene multiplicatively: in a dim room a person differs from the wall by
  // proportionally fewer grey levels (a room at 40% light: 24 becomes ~10).
  const cv::Scalar m = cv::mean(mean_);
  const double brightness = (m[0] + m[1] + m[2]) / 3.0;
  return p_.min_distance * std::clamp(brightness / p_.dark_scene_level, 0.3, 1.0);
}

float BackgroundModel::threshold2_at(int y, int x) const {
  const float min2 = static_cast<float>(floor_ * floor_);
  const float k2 = static_cast<float>(p_.noise_sigmas * p_.noise_sigmas);
  return std::max(min2, k2 * variance_.at<float>(y, x));
}

bool BackgroundModel::looks_revealed(const cv::Mat& foreground, int y, int x) const {
  const float* c = compensated_.ptr<float>(y) + 3 * x;
  const float* own = mean_.ptr<float>(y) + 3 * x;
  static constexpr int kDx[4] = {1, -1, 0, 0}, kDy[4] = {0, 0, 1, -1};
  for (int k = 0; k < 4; ++k) {
    const int ny = y + kDy[k], nx = x + kDx[k];
    if (ny < 0 || ny >= mean_.rows || nx < 0 || nx >= mean_.cols) continue;
    if (foreground.at<std::uint8_t>(ny, nx)) continue;
    const float* next = mean_.ptr<float>(ny) + 3 * nx;
    const float threshold = threshold2_at(ny, nx);
    // The image continues the neighbour's background, the model here does not.
    if (distance2(c, next) < threshold && distance2(own, next) >= threshold) return true;
  }
  return false;
}

void BackgroundModel::heal_ghosts(double t, cv::Mat& foreground) {
  const cv::Size size = foreground.size();
  still_.create(size, CV_8UC1);
  int still_pixels = 0;
  for (int y = 0; y < size.height; ++y) {
    const std::uint8_t* fg = foreground.ptr<std::uint8_t>(y);
    const double* changed = last_change_.ptr<double>(y);
    std::uint8_t* out = still_.ptr<std::uint8_t>(y);
    for (int x = 0; x < size.width; ++x) {
      out[x] = (fg[x] && t - changed[x] > p_.stable_s) ? 255 : 0;
      still_pixels += out[x] ? 1 : 0;
    }
  }
  if (still_pixels == 0) return;
  const int count = cv::connectedComponents(still_, labels_, 4, CV_32S);
  std::vector<int> rim(static_cast<std::size_t>(count), 0), revealed(rim.size(), 0);
  for (int y = 0; y < size.height; ++y) {
    const int* label = labels_.ptr<int>(y);
    for (int x = 0; x < size.width; ++x) {
      if (!label[x]) continue;
      const bool on_rim = (x > 0 && !foreground.at<std::uint8_t>(y, x - 1)) ||
                          (x + 1 < size.width && !foreground.at<std::uint8_t>(y, x + 1)) ||
                          (y > 0 && !foreground.at<std::uint8_t>(y - 1, x)) ||
                          (y + 1 < size.height && !foreground.at<std::uint8_t>(y + 1, x));
      if (!on_rim) continue;
      const auto l = static_cast<std::size_t>(label[x]);
      ++rim[l];
      if (looks_revealed(foreground, y, x)) ++revealed[l];
    }
  }
  constexpr int kMinRim = 6;  // too small to judge; leave it to absorption
  std::vector<bool> ghost(rim.size(), false);
  bool any = false;
  for (std::size_t l = 1; l < rim.size(); ++l) {
    ghost[l] = rim[l] >= kMinRim && revealed[l] >= p_.ghost_rim_share * rim[l];
    any = any || ghost[l];
  }
  if (!any) return;
  for (int y = 0; y < size.height; ++y) {
    const int* label = labels_.ptr<int>(y);
    const float* in = compensated_.ptr<float>(y);
    float* mean = mean_.ptr<float>(y);
    std::uint8_t* fg = foreground.ptr<std::uint8_t>(y);
    for (int x = 0; x < size.width; ++x) {
      if (!ghost[static_cast<std::size_t>(label[x])]) continue;
      mean[3 * x] = in[3 * x];
      mean[3 * x + 1] = in[3 * x + 1];
      mean[3 * x + 2] = in[3 * x + 2];
      fg[x] = 0;
    }
  }
}

void BackgroundModel::follow_camera_shift(const cv::Mat& frame) {
  cv::cvtColor(frame, grey_frame_, cv::COLOR_BGR2GRAY);
  grey_frame_.convertTo(grey_frame_, CV_32F);
  cv::cvtColor(mean_, grey_model_, cv::COLOR_BGR2GRAY);
  if (!people_.empty()) grey_model_.copyTo(grey_frame_, people_);
  if (window_.size() != frame.size()) cv::createHanningWindow(window_, frame.size(), CV_32F);
  double response = 0;
  const cv::Point2d shift = cv::phaseCorrelate(grey_model_, grey_frame_, window_, &response);
  // A weak peak is something else changing (light), not the camera moving.
  if (response < 0.1 || std::hypot(shift.x, shift.y) < p_.min_camera_shift) return;
  const cv::Matx23d move(1, 0, shift.x, 0, 1, shift.y);
  cv::warpAffine(mean_, mean_, move, mean_.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
  cv::warpAffine(variance_, variance_, move, variance_.size(), cv::INTER_LINEAR,
                 cv::BORDER_REPLICATE);
  cv::warpAffine(previous_, previous_, move, previous_.size(), cv::INTER_LINEAR,
                 cv::BORDER_REPLICATE);
}

void BackgroundModel::compensate_exposure(const cv::Mat& frame) {
  // Median of frame / model per channel over a sparse grid: people cover a minority of the view,
  // so the median is the camera's gain, not theirs.
  constexpr int kStep = 4;
  std::vector<float> ratios[3];
  int samples = 0, colourful = 0;
  for (int y = kStep / 2; y < frame.rows; y += kStep) {
    const std::uint8_t* in = frame.ptr<std::uint8_t>(y);
    const float* m = mean_.ptr<float>(y);
    for (int x = kStep / 2; x < frame.cols; x += kStep) {
      const std::uint8_t* px = in + 3 * x;
      ++samples;
      colourful += std::abs(px[0] - px[1]) > 4 || std::abs(px[1] - px[2]) > 4;
      for (int c = 0; c < 3; ++c) {
        const float v = in[3 * x + c], b = m[3 * x + c];
        if (b >= 20.0f && v < 250.0f) ratios[c].push_back(v / b);
      }
    }
  }
  cv::Scalar inverse_gain(1, 1, 1);
  for (int c = 0; c < 3; ++c) {
    auto& r = ratios[c];
    if (r.size() < 16) continue;
    std::nth_element(r.begin(), r.begin() + static_cast<std::ptrdiff_t>(r.size() / 2), r.end());
    inverse_gain[c] = 1.0 / std::clamp(static_cast<double>(r[r.size() / 2]), 0.5, 2.0);
  }
  frame.convertTo(compensated_, CV_32FC3);
  cv::multiply(compensated_, inverse_gain, compensated_);
  is_grey_ = colourful < samples / 100;
}

bool BackgroundModel::apply(const cv::Mat& frame, double t, cv::Mat& foreground) {
  if (frame.type() != CV_8UC3) throw std::invalid_argument("background model needs BGR 8-bit");
  foreground.create(frame.size(), CV_8UC1);
  if (mean_.empty() || mean_.size() != frame.size()) {
    start(frame, t);
    foreground.setTo(0);
    return true;
  }
  follow_camera_shift(frame);
  compensate_exposure(frame);
  const double dt = std::clamp(t - last_t_, 0.0, 1.0);
  last_t_ = t;
  const float adapt = rate_for(dt, p_.adapt_s);
  const float absorb = rate_for(dt, p_.absorb_s);
  floor_ = scene_floor();
  const float min2 = static_cast<float>(floor_ * floor_);
  const float k2 = static_cast<float>(p_.noise_sigmas * p_.noise_sigmas);
  const float shadow_lo = static_cast<float>(p_.shadow_min_brightness);
  const float shadow_hi = static_cast<float>(p_.shadow_max_brightness);
  const float shadow_tol2 =
      static_cast<float>(p_.shadow_colour_tolerance * p_.shadow_colour_tolerance);

  const bool warming_up = t - start_t_ < p_.warmup_s;
  int foreground_pixels = 0;
  for (int y = 0; y < frame.rows; ++y) {
    const float* in = compensated_.ptr<float>(y);
    float* prev = previous_.ptr<float>(y);
    float* mean = mean_.ptr<float>(y);
    float* var = variance_.ptr<float>(y);
    double* changed = last_change_.ptr<double>(y);
    std::uint8_t* out = foreground.ptr<std::uint8_t>(y);
    for (int x = 0; x < frame.cols; ++x) {
      const float* c = in + 3 * x;
      const float* p = prev + 3 * x;
      float* m = mean + 3 * x;
      const float threshold = std::max(min2, k2 * var[x]);
      // A change well above the noise: compression flicker must not make the still look active.
      if (distance2(c, p) > 4 * threshold) changed[x] = t;
      const float d2 = distance2(c, m);
      bool fg = d2 > threshold;
      bool shadow = false;
      if (fg && !is_grey_) {
        // Horprasert-style shadow test: c ~ brightness * m with little colour distortion.
        const float mm = m[0] * m[0] + m[1] * m[1] + m[2] * m[2];
        if (mm > 1.0f) {
          const float brightness = (c[0] * m[0] + c[1] * m[1] + c[2] * m[2]) / mm;
          if (brightness >= shadow_lo && brightness <= shadow_hi) {
            const float r0 = c[0] - brightness * m[0], r1 = c[1] - brightness * m[1],
                        r2 = c[2] - brightness * m[2];
            const float distortion2 =
                (r0 * r0 + r1 * r1 + r2 * r2) / (brightness * brightness * mm);
            shadow = distortion2 < shadow_tol2;
          }
        }
        if (shadow) fg = false;
      }
      if (fg && warming_up && t - changed[x] > p_.stable_s) {
        m[0] = c[0];  // see warmup_s: still is scene
        m[1] = c[1];
        m[2] = c[2];
        fg = false;
      } else {
        const float rate = (fg || shadow) ? absorb : adapt;
        m[0] += rate * (c[0] - m[0]);
        m[1] += rate * (c[1] - m[1]);
        m[2] += rate * (c[2] - m[2]);
        if (!fg && !shadow) var[x] += adapt * (std::min(d2, 4 * threshold) - var[x]);
      }
      out[x] = fg ? 255 : 0;
      foreground_pixels += fg ? 1 : 0;
    }
  }
  compensated_.copyTo(previous_);
  if (foreground_pixels > p_.reset_fraction * frame.total()) {
    start(frame, t);
    foreground.setTo(0);
    return false;
  }
  heal_ghosts(t, foreground);
  static const cv::Mat kGrow = cv::getStructuringElement(cv::MORPH_RECT, {5, 5});
  cv::dilate(foreground, people_, kGrow);
  return true;
}

}  // namespace anju::vision
