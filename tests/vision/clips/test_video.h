#pragma once
// Real H.264 video for clip tests: a moving box on a gradient, encoded by libx264 into an MP4
// (or handed out as packets), and a probe that decodes a file and counts its frames.
#include <filesystem>
#include <opencv2/core.hpp>
#include <vector>

#include "clips/h264_encoder.h"
#include "clips/packet_ring.h"

namespace anju::vision::clips::test {

struct VideoSpec {
  int width = 320;
  int height = 240;
  double fps = 15;
  double seconds = 10;
  double keyframe_s = 1;
};

cv::Mat synthetic_frame(const VideoSpec& spec, int index);
// All packets of the whole video, with their stream time; `info` describes the stream.
std::vector<TimedPacket> encode_video(const VideoSpec& spec, StreamInfo& info);
// Writes the video to `file` (fragmented MP4).
void write_video(const VideoSpec& spec, const std::filesystem::path& file);

struct Probe {
  bool opened = false;
  int frames = 0;      // decoded
  double first_t = 0;  // stream time of the first and last decoded frame
  double last_t = 0;
  double fps = 0;
  std::string error;
  double span_s() const { return fps > 0 ? last_t - first_t + 1.0 / fps : last_t - first_t; }
};
Probe probe(const std::filesystem::path& file);

}  // namespace anju::vision::clips::test
