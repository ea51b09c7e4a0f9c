#pragma once
// Encodes BGR frames to H.264 with libx264 for cameras that deliver decoded pictures only (V4L2)
// and for privacy versions: a fast preset, no frame delay (zerolatency), a keyframe every
// `keyframe_s` so a clip can start close to any moment. Timestamps are milliseconds.
#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

#include "clips/av_handles.h"
#include "clips/video_reader.h"
#include "common/result.h"

struct SwsContext;

namespace anju::vision::clips {

struct EncoderOptions {
  int width = 0;  // of the video; odd sizes are scaled down to even ones
  int height = 0;
  int input_width = 0;  // of the frames given, if not the video's: scaled in the same pass
  int input_height = 0;
  double fps = 15;
  std::string preset = "ultrafast";
  int crf = 23;
  double keyframe_s = 1.0;
  int threads = 1;
};

class H264Encoder {
 public:
  static Result<std::unique_ptr<H264Encoder>> open(const EncoderOptions& options);
  ~H264Encoder();
  H264Encoder(const H264Encoder&) = delete;
  H264Encoder& operator=(const H264Encoder&) = delete;

  // One frame of the size given at open(); appends the packets the encoder completes.
  bool encode(const cv::Mat& bgr, int64_t pts_ms, std::vector<PacketPtr>& packets,
              std::string& why);
  // At the end: the packets still inside the encoder.
  bool flush(std::vector<PacketPtr>& packets, std::string& why);

  // Stream description for a writer (time base 1/1000).
  const StreamInfo& info() const { return info_; }

 private:
  H264Encoder() = default;
  bool drain(std::vector<PacketPtr>& packets, std::string& why);

  CodecContextPtr context_;
  FramePtr frame_;
  SwsContext* scaler_ = nullptr;
  int in_width_ = 0;
  int in_height_ = 0;
  int64_t last_pts_ = AV_NOPTS_VALUE;
  StreamInfo info_;
};

}  // namespace anju::vision::clips
