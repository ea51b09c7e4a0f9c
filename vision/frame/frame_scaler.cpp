#include "frame/frame_scaler.h"

#include <opencv2/imgproc.hpp>
#include <stdexcept>

namespace anju::vision {

FrameScaler::FrameScaler(cv::Size processing_size) : size_(processing_size) {
  if (size_.width <= 0 || size_.height <= 0) throw std::invalid_argument("empty processing size");
}

const cv::Mat& FrameScaler::scale(const cv::Mat& input) {
  if (input.empty() || input.depth() != CV_8U) throw std::invalid_argument("need an 8-bit frame");
  input_size_ = input.size();
  scale_x_ = static_cast<double>(input.cols) / size_.width;
  scale_y_ = static_cast<double>(input.rows) / size_.height;
  const cv::Mat* bgr = &input;
  if (input.channels() == 1) {
    cv::cvtColor(input, colour_, cv::COLOR_GRAY2BGR);
    bgr = &colour_;
  } else if (input.channels() == 4) {
    cv::cvtColor(input, colour_, cv::COLOR_BGRA2BGR);
    bgr = &colour_;
  }
  if (bgr->size() == size_) {
    bgr->copyTo(scaled_);
  } else {
    // INTER_AREA averages the pixels it shrinks, which also removes most sensor noise.
    cv::resize(*bgr, scaled_, size_, 0, 0, cv::INTER_AREA);
  }
  return scaled_;
}

cv::Rect2d FrameScaler::to_input(const cv::Rect2d& b) const {
  return {b.x * scale_x_, b.y * scale_y_, b.width * scale_x_, b.height * scale_y_};
}

}  // namespace anju::vision
