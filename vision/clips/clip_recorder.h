#pragma once
// Records incident clips from one camera's encoded stream. Every packet passes through a
// pre-event buffer (PacketRing); an event starts a clip on the latest keyframe at or before
// event - pre_s, and packets are then written straight to a fragmented MP4 until event + post_s
// (pushed back while the event lasts, up to max_s in all). Timing follows the stream's own
// timestamps; the injected clock only maps them to wall time and notices a stalled source.
// Single-threaded: the camera's thread calls everything.
#include <deque>
#include <filesystem>
#include <memory>
#include <optional>

#include "clips/fmp4_writer.h"
#include "clips/packet_ring.h"
#include "clips/privacy_encoder.h"
#include "clips/recorded_clip.h"
#include "clips/video_reader.h"
#include "common/clock.h"
#include "common/result.h"

namespace anju::vision::clips {

struct RecorderWindow {
  double pre_s = 10;
  double post_s = 20;
  double max_s = 120;  // longest clip, however long the event lasts
  double stall_s = 5;  // no packet for this long while recording: finish with what there is
};

// Where the privacy version made during recording goes.
struct PrivacyTarget {
  PrivacyMode mode = PrivacyMode::kBlur;
  std::filesystem::path file;
};

class ClipRecorder {
 public:
  ClipRecorder(StreamInfo stream, RecorderWindow window, const Clock& clock);
  ~ClipRecorder();

  // Every packet of the stream, in decode order. Returns the clip this packet completed, if any.
  std::optional<RecordedClip> push(TimedPacket packet);
  // The detector's boxes on an analysed frame (stream time, the stream's pixel coordinates).
  void add_boxes(double t, std::vector<cv::Rect> boxes);
  // An event at stream time `t`: starts a clip into `file`, or extends the one being recorded.
  // Returns the id of the clip that covers the event. With `privacy`, the privacy version is
  // made alongside, a couple of frames per packet pushed (else finalisation makes it).
  Result<std::string> start(const ClipMeta& meta, const std::filesystem::path& file, double t,
                            const std::optional<PrivacyTarget>& privacy = std::nullopt);
  // The event is still going on at `t`: the clip runs to at least t + post_s.
  void extend(double t);
  // Call now and then: finishes a clip whose source has stalled.
  std::optional<RecordedClip> tick();
  // Finishes the clip being recorded now (source gone, shutting down).
  std::optional<RecordedClip> finish();

  bool recording() const { return writer_ != nullptr; }
  const StreamInfo& stream() const { return stream_; }
  const PacketRing& ring() const { return ring_; }

 private:
  bool write(const TimedPacket& packet);
  TimestampMs wall_ms(double t) const;
  cv::Mat people_mask(double clip_t, cv::Size size) const;

  StreamInfo stream_;
  RecorderWindow window_;
  const Clock& clock_;
  PacketRing ring_;
  std::deque<FrameBoxes> boxes_;
  // The clip being recorded.
  std::unique_ptr<Fmp4Writer> writer_;
  std::shared_ptr<PrivacyEncoder> privacy_;
  RecordedClip clip_;
  double start_t_ = 0;
  double end_t_ = 0;
  double last_written_t_ = 0;
  double event_t_ = 0;
  bool waiting_for_keyframe_ = false;
  // Mapping stream time to wall time: the latest packet.
  double last_t_ = 0;
  TimestampMs last_wall_ms_ = 0;
};

}  // namespace anju::vision::clips
