#pragma once
// Brings every camera frame to the one processing size the detectors work at, whatever the camera's
// resolution, so that thresholds mean the same on a 1280x720 and a 640x480 camera. The scale is not
// necessarily uniform (16:9 into 4:3): pixel_aspect() says how wide a processing pixel is compared
// with its height, so shape measures can be corrected.
#include <opencv2/core.hpp>

namespace anju::vision {

class FrameScaler {
 public:
  explicit FrameScaler(cv::Size processing_size);

  // Colour (BGR) or grey (IR) 8-bit input of any size; returns a BGR frame of processing_size()
  // that stays valid until the next call.
  const cv::Mat& scale(const cv::Mat& input);

  cv::Size processing_size() const { return size_; }
  cv::Size input_size() const { return input_size_; }
  // Input pixels per processing pixel, horizontally and vertically.
  double scale_x() const { return scale_x_; }
  double scale_y() const { return scale_y_; }
  // Width of one processing pixel over its height, in input (square) pixels.
  double pixel_aspect() const { return scale_x_ / scale_y_; }
  // A processing-frame rectangle in input pixels.
  cv::Rect2d to_input(const cv::Rect2d& processing_box) const;

 private:
  cv::Size size_;
  cv::Size input_size_;
  double scale_x_ = 1;
  double scale_y_ = 1;
  cv::Mat colour_;
  cv::Mat scaled_;
};

}  // namespace anju::vision
