#pragma once
// Where a camera's frames come from: a video file (looped for demos, paced at its own frame rate),
// an rtsp:// or http(s):// stream (FFmpeg, with open and read time-outs so a dead camera is
// noticed) or a local device /dev/videoN (V4L2).
#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>
#include <string>

#include "camera/camera_config.h"

namespace anju::vision {

class CameraSource {
 public:
  explicit CameraSource(const CameraConfig& config);

  // One attempt; on failure `why` says what went wrong.
  bool open(std::string& why);
  enum class Read { kFrame, kFailed };
  // The next frame (cropped as configured). A file at its end starts again when looping, else
  // fails like a camera that went away.
  Read read(cv::Mat& frame, std::string& why);
  void close() { capture_.release(); }

  bool is_file() const { return is_file_; }
  // Frames per second the source announces (files: their rate), 0 if unknown.
  double native_fps() const { return native_fps_; }

 private:
  const CameraConfig& config_;
  bool is_file_ = false;
  double native_fps_ = 0;
  cv::VideoCapture capture_;
  cv::Mat raw_;
};

}  // namespace anju::vision
