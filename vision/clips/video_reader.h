#pragma once
// Reads the video stream of a file or network source (rtsp://, http://) with libavformat: its
// encoded packets, for copying into clips, and decoded BGR frames, for analysis and for making
// privacy versions. Never throws on bad input: open() and read() say what went wrong.
#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

#include "clips/av_handles.h"
#include "common/result.h"

struct SwsContext;

namespace anju::vision::clips {

// What a clip writer needs to know about a stream.
struct StreamInfo {
  CodecParametersPtr parameters;
  AVRational time_base{1, 1000};
  double fps = 0;  // nominal frames per second, 0 if unknown
  int width = 0;
  int height = 0;
  int64_t frames = 0;  // frames the container announces, 0 if it does not say
  bool is_h264() const { return parameters && parameters->codec_id == AV_CODEC_ID_H264; }
};

struct DecodedFrame {
  cv::Mat bgr;
  double t = 0;  // seconds of stream time
};

class VideoReader {
 public:
  // timeout_ms applies to network sources (open and each read).
  static Result<std::unique_ptr<VideoReader>> open(const std::string& source,
                                                   int timeout_ms = 5000);
  ~VideoReader();
  VideoReader(const VideoReader&) = delete;
  VideoReader& operator=(const VideoReader&) = delete;

  enum class Read { kPacket, kEnd, kError };
  // The next packet of the video stream (others are skipped) into `packet`.
  Read read(AVPacket* packet, std::string& why);
  // Decodes one packet (nullptr flushes the decoder at the end) and appends the frames it
  // completes. False on a decoder error (`why`); a damaged packet is not fatal to the caller.
  bool decode(const AVPacket* packet, std::vector<DecodedFrame>& frames, std::string& why);

  const StreamInfo& info() const { return info_; }
  // Seconds of stream time for a timestamp in the stream's time base (from the stream's start).
  double seconds(int64_t timestamp) const;
  // The packet's presentation time in seconds (decode time if it has none).
  double packet_seconds(const AVPacket* packet) const;

 private:
  VideoReader() = default;
  cv::Mat to_bgr(const AVFrame* frame);

  AVFormatContext* format_ = nullptr;
  CodecContextPtr decoder_;
  FramePtr frame_;
  SwsContext* scaler_ = nullptr;
  int stream_index_ = -1;
  int64_t start_ts_ = 0;
  StreamInfo info_;
};

}  // namespace anju::vision::clips
