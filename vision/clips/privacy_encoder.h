#pragma once
// Makes a clip's privacy version from the original's packets: decode, privacy filter (computed at
// a reduced size: it removes detail anyway; the encoder scales back to the clip's size), encode
// with libx264, write a fragmented MP4. Packets
// are queued by add() and processed a few at a time by work(), so the recorder can spread the
// cost over the recording instead of doing it all after the post window (clip_ready_s); finish()
// processes the rest. Keeps the filtered frame nearest the event as the thumbnail.
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <opencv2/core.hpp>

#include "clips/av_handles.h"
#include "clips/fmp4_writer.h"
#include "clips/h264_encoder.h"
#include "clips/video_reader.h"
#include "common/result.h"
#include "frame/privacy_filter.h"

struct SwsContext;

namespace anju::vision::clips {

// The people on the frame at `t` (seconds from the clip's start) as a mask of `size`, or empty.
using PeopleMask = std::function<cv::Mat(double t, cv::Size size)>;

class PrivacyEncoder {
 public:
  // `file`: the privacy version (written under file + ".tmp", renamed by finish()).
  static Result<std::unique_ptr<PrivacyEncoder>> open(const StreamInfo& original,
                                                      const std::filesystem::path& file,
                                                      PrivacyMode mode, double event_offset_s);
  ~PrivacyEncoder();
  PrivacyEncoder(const PrivacyEncoder&) = delete;
  PrivacyEncoder& operator=(const PrivacyEncoder&) = delete;

  void add(const AVPacket* packet);
  // Processes up to `max_packets` queued packets. False once something failed (see error()).
  bool work(std::size_t max_packets, const PeopleMask& mask);
  // Everything left, the encoder's tail, the index; renames into place.
  bool finish(const PeopleMask& mask);
  // Gives up: closes and deletes the unfinished file (so another attempt can use the name).
  void abandon();

  std::size_t queued() const { return queue_.size(); }
  int frames() const { return frames_; }
  // The filtered frame nearest the event, at the clip's size.
  cv::Mat thumbnail() const;
  const std::string& error() const { return error_; }

 private:
  PrivacyEncoder() = default;
  bool process(const AVPacket* packet, const PeopleMask& mask);
  bool encode_frame(const AVFrame* frame, const PeopleMask& mask);
  bool fail(std::string why);

  PrivacyMode mode_ = PrivacyMode::kBlur;
  double event_offset_s_ = 0;
  std::filesystem::path file_, tmp_;
  AVRational time_base_{1, 1000};
  CodecContextPtr decoder_;
  FramePtr frame_;
  SwsContext* to_small_ = nullptr;
  cv::Size full_, small_;
  std::unique_ptr<H264Encoder> encoder_;
  std::unique_ptr<Fmp4Writer> writer_;
  std::deque<PacketPtr> queue_;
  int64_t zero_ = AV_NOPTS_VALUE;  // first packet's decode time: the clip's zero
  int64_t last_pts_ms_ = -1;
  double best_distance_ = 1e9;
  cv::Mat thumbnail_;  // at the filter's size
  int frames_ = 0;
  std::string error_;
  bool finished_ = false;
};

}  // namespace anju::vision::clips
