#pragma once
// Where a camera's frames come from: a video file (looped for demos, paced at its own frame rate)
// or an rtsp:// or http(s):// stream, read with libavformat (open and read time-outs so a dead
// camera is noticed), or a local device /dev/videoN (V4L2, through OpenCV). Files and streams
// also hand out their encoded packets, so incident clips copy the camera's own H.264; a device
// gives decoded pictures only.
#include <deque>
#include <memory>
#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>
#include <string>
#include <vector>

#include "camera/camera_config.h"
#include "clips/packet_ring.h"
#include "clips/video_reader.h"

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
  void close();

  bool is_file() const { return is_file_; }
  // Frames per second the source announces (files: their rate), 0 if unknown.
  double native_fps() const { return native_fps_; }

  // Encoded stream (files, network sources): its description, or nullptr for a device.
  const clips::StreamInfo* stream() const { return reader_ ? &reader_->info() : nullptr; }
  // The packets read since the last call, in decode order, times on the frames' timeline.
  std::vector<clips::TimedPacket> take_packets();
  // Stream time of the frame read last (seconds; grows across loops of a file).
  double frame_time() const { return frame_time_; }
  // Where the crop puts the frame inside the full camera picture.
  cv::Point crop_offset() const { return config_.crop ? config_.crop->tl() : cv::Point(); }

 private:
  bool read_decoded(std::string& why);
  bool restart(std::string& why);

  const CameraConfig& config_;
  bool is_file_ = false;
  double native_fps_ = 0;
  cv::VideoCapture capture_;  // devices
  std::unique_ptr<clips::VideoReader> reader_;
  clips::PacketPtr packet_;
  std::deque<clips::DecodedFrame> pending_;
  std::vector<clips::TimedPacket> packets_;
  int64_t ts_offset_ = 0;  // added to a looped file's timestamps, in its time base
  int64_t ts_end_ = 0;     // end of the latest packet (offset applied)
  double frame_time_ = 0;
  cv::Mat raw_;
};

}  // namespace anju::vision
