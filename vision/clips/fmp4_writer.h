#pragma once
// Writes one H.264 stream to a fragmented MP4 (moov first, then a fragment per keyframe or per
// second), flushed to disk fragment by fragment: a process killed while recording leaves a file
// that plays up to its last complete fragment. Packets are copied as they are (no re-encoding);
// their timestamps are shifted so the clip starts at zero.
#include <filesystem>
#include <memory>
#include <string>

#include "clips/av_handles.h"
#include "clips/video_reader.h"
#include "common/result.h"

namespace anju::vision::clips {

class Fmp4Writer {
 public:
  static Result<std::unique_ptr<Fmp4Writer>> open(const std::filesystem::path& file,
                                                  const StreamInfo& stream);
  ~Fmp4Writer();  // closes if still open
  Fmp4Writer(const Fmp4Writer&) = delete;
  Fmp4Writer& operator=(const Fmp4Writer&) = delete;

  // A packet in the stream's time base. The first one sets the zero point.
  bool write(const AVPacket* packet, std::string& why);
  // Writes the index at the end (the file plays without it too).
  bool close(std::string& why);

  int64_t packets_written() const { return written_; }
  // Seconds from the first packet's decode time to the end of the last packet.
  double duration_s() const;

 private:
  Fmp4Writer() = default;

  AVFormatContext* format_ = nullptr;
  AVStream* stream_ = nullptr;
  AVRational in_time_base_{1, 1000};
  int64_t zero_ = AV_NOPTS_VALUE;
  int64_t last_dts_ = AV_NOPTS_VALUE;
  int64_t end_ = 0;  // output time base
  int64_t default_duration_ = 0;
  int64_t written_ = 0;
  bool open_ = false;
};

}  // namespace anju::vision::clips
