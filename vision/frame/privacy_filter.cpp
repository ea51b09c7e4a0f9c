#include "frame/privacy_filter.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>
#include <stdexcept>

namespace anju::vision {
namespace {

// About 40 blocks across: a face at room distance becomes one or two blocks.
constexpr int kBlocksAcross = 40;

cv::Mat to_bgr(const cv::Mat& frame) {
  if (frame.empty() || frame.depth() != CV_8U) throw std::invalid_argument("need an 8-bit frame");
  cv::Mat bgr;
  if (frame.channels() == 1)
    cv::cvtColor(frame, bgr, cv::COLOR_GRAY2BGR);
  else if (frame.channels() == 4)
    cv::cvtColor(frame, bgr, cv::COLOR_BGRA2BGR);
  else
    bgr = frame.clone();
  return bgr;
}

cv::Mat pixelate(const cv::Mat& bgr) {
  const int block = std::max(4, bgr.cols / kBlocksAcross);
  cv::Mat small, out;
  cv::resize(bgr, small, cv::Size(std::max(1, bgr.cols / block), std::max(1, bgr.rows / block)), 0,
             0, cv::INTER_AREA);
  cv::resize(small, out, bgr.size(), 0, 0, cv::INTER_NEAREST);
  // Soften the block edges so the picture reads as a scene, not a mosaic to be decoded.
  cv::GaussianBlur(out, out, cv::Size(0, 0), block / 3.0);
  return out;
}

cv::Mat silhouette(const cv::Mat& bgr, const cv::Mat& foreground) {
  cv::Mat grey, edges;
  cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
  cv::GaussianBlur(grey, grey, cv::Size(5, 5), 0);
  cv::Canny(grey, edges, 40, 120);
  cv::Mat out(bgr.size(), CV_8UC3, cv::Scalar(30, 30, 30));
  out.setTo(cv::Scalar(110, 110, 110), edges);
  if (!foreground.empty()) {
    cv::Mat people;
    cv::resize(foreground, people, bgr.size(), 0, 0, cv::INTER_NEAREST);
    out.setTo(cv::Scalar(200, 200, 200), people);
  }
  return out;
}

}  // namespace

std::optional<PrivacyMode> parse_privacy_mode(std::string_view name) {
  if (name == "blur") return PrivacyMode::kBlur;
  if (name == "silhouette") return PrivacyMode::kSilhouette;
  return std::nullopt;
}

cv::Mat apply_privacy(const cv::Mat& frame, PrivacyMode mode, const cv::Mat& foreground) {
  const cv::Mat bgr = to_bgr(frame);
  if (!foreground.empty() && foreground.type() != CV_8UC1) {
    throw std::invalid_argument("foreground mask must be 8-bit single channel");
  }
  return mode == PrivacyMode::kBlur ? pixelate(bgr) : silhouette(bgr, foreground);
}

}  // namespace anju::vision
