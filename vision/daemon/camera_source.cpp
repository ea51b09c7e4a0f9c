#include "daemon/camera_source.h"

#include <filesystem>

namespace anju::vision {
namespace {

constexpr int kTimeoutMs = 5000;

bool is_device(const std::string& source, int& index) {
  if (!source.starts_with("/dev/video")) return false;
  try {
    index = std::stoi(source.substr(10));
    return index >= 0;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

CameraSource::CameraSource(const CameraConfig& config)
    : config_(config),
      is_file_(config.source.find("://") == std::string::npos &&
               !config.source.starts_with("/dev/")) {}

bool CameraSource::open(std::string& why) {
  capture_.release();
  int device = 0;
  bool opened = false;
  if (is_device(config_.source, device)) {
    opened = capture_.open(device, cv::CAP_V4L2);
  } else {
    if (is_file_ && !std::filesystem::is_regular_file(config_.source)) {
      why = "no such file " + config_.source;
      return false;
    }
    const std::vector<int> timeouts = {cv::CAP_PROP_OPEN_TIMEOUT_MSEC, kTimeoutMs,
                                       cv::CAP_PROP_READ_TIMEOUT_MSEC, kTimeoutMs};
    opened = capture_.open(config_.source, cv::CAP_FFMPEG, timeouts);
  }
  if (!opened || !capture_.isOpened()) {
    why = "cannot open " + config_.source;
    return false;
  }
  native_fps_ = capture_.get(cv::CAP_PROP_FPS);
  if (!(native_fps_ > 0 && native_fps_ < 1000)) native_fps_ = 0;
  return true;
}

CameraSource::Read CameraSource::read(cv::Mat& frame, std::string& why) {
  if (!capture_.read(raw_) || raw_.empty()) {
    if (!(is_file_ && config_.loop)) {
      why = is_file_ ? "end of file" : "no frame from the camera";
      return Read::kFailed;
    }
    // Loop: back to the first frame.
    if (!capture_.set(cv::CAP_PROP_POS_FRAMES, 0) || !capture_.read(raw_) || raw_.empty()) {
      if (!open(why) || !capture_.read(raw_) || raw_.empty()) {
        why = "cannot restart " + config_.source;
        return Read::kFailed;
      }
    }
  }
  if (config_.crop) {
    if ((*config_.crop & cv::Rect(0, 0, raw_.cols, raw_.rows)) != *config_.crop) {
      why = "crop lies outside the " + std::to_string(raw_.cols) + "x" + std::to_string(raw_.rows) +
            " frame";
      return Read::kFailed;
    }
    frame = raw_(*config_.crop);
  } else {
    frame = raw_;
  }
  return Read::kFrame;
}

}  // namespace anju::vision
