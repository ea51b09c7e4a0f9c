#include "clips/clip_recorder.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace anju::vision::clips {
namespace {

// Privacy frames made per packet pushed: twice the camera's rate, so the pre-event backlog is
// caught up within pre_s and the version is all but done when the post window ends.
constexpr std::size_t kPrivacyFramesPerPacket = 2;

}  // namespace

ClipRecorder::ClipRecorder(StreamInfo stream, RecorderWindow window, const Clock& clock)
    : stream_(std::move(stream)), window_(window), clock_(clock), ring_(window.pre_s) {}

ClipRecorder::~ClipRecorder() {
  finish();
}

TimestampMs ClipRecorder::wall_ms(double t) const {
  return last_wall_ms_ + static_cast<TimestampMs>(std::llround((t - last_t_) * 1000.0));
}

void ClipRecorder::add_boxes(double t, std::vector<cv::Rect> boxes) {
  boxes_.push_back(FrameBoxes{t, std::move(boxes)});
  // Outside a recording only the pre-event window is worth keeping.
  if (!recording()) {
    const double oldest = ring_.packets().empty() ? t - window_.pre_s : ring_.packets().front().t;
    while (!boxes_.empty() && boxes_.front().t < oldest) boxes_.pop_front();
  }
}

cv::Mat ClipRecorder::people_mask(double clip_t, cv::Size size) const {
  return clips::people_mask(boxes_, start_t_ + clip_t, size);
}

std::optional<RecordedClip> ClipRecorder::push(TimedPacket packet) {
  last_t_ = packet.t;
  last_wall_ms_ = clock_.now_ms();
  std::optional<RecordedClip> done;
  if (recording()) {
    if (packet.t >= end_t_ && !waiting_for_keyframe_) {
      done = finish();
    } else if (!write(packet)) {
      done = finish();
    } else if (privacy_ && !privacy_->work(kPrivacyFramesPerPacket, [this](double t, cv::Size s) {
                 return people_mask(t, s);
               })) {
      privacy_.reset();  // finalisation makes it from the file instead
    }
  }
  ring_.push(std::move(packet));
  return done;
}

bool ClipRecorder::write(const TimedPacket& packet) {
  if (waiting_for_keyframe_) {
    if (!packet.keyframe()) return true;
    waiting_for_keyframe_ = false;
    start_t_ = packet.t;
    end_t_ = std::min(end_t_, start_t_ + window_.max_s);
  }
  std::string why;
  if (!writer_->write(packet.packet.get(), why)) {
    clip_.error = why;
    return false;
  }
  if (privacy_) privacy_->add(packet.packet.get());
  last_written_t_ = std::max(last_written_t_, packet.t);
  return true;
}

Result<std::string> ClipRecorder::start(const ClipMeta& meta, const std::filesystem::path& file,
                                        double t, const std::optional<PrivacyTarget>& privacy) {
  if (recording()) {
    extend(t);
    return clip_.meta.clip;
  }
  auto writer = Fmp4Writer::open(file, stream_);
  if (!writer) return writer.error();
  writer_ = std::move(writer).value();
  clip_ = RecordedClip{};
  clip_.meta = meta;
  if (clip_.meta.event_ts == 0) clip_.meta.event_ts = wall_ms(t);
  clip_.file = file;
  event_t_ = t;
  clip_.fps = stream_.fps;
  clip_.width = stream_.width;
  clip_.height = stream_.height;
  end_t_ = t + window_.post_s;
  last_written_t_ = t;
  const auto& buffered = ring_.packets();
  if (buffered.empty()) {
    // Nothing buffered yet (the camera just started): the clip begins at the next keyframe.
    waiting_for_keyframe_ = true;
    start_t_ = t;
    return meta.clip;
  }
  const std::size_t first = ring_.start_index(t - window_.pre_s);
  start_t_ = buffered[first].t;
  end_t_ = std::min(end_t_, start_t_ + window_.max_s);
  if (privacy) {
    auto encoder = PrivacyEncoder::open(stream_, privacy->file, privacy->mode, t - start_t_);
    if (encoder) privacy_ = std::move(encoder).value();
  }
  for (std::size_t i = first; i < buffered.size(); ++i) {
    if (!write(buffered[i])) break;
  }
  return meta.clip;
}

void ClipRecorder::extend(double t) {
  if (!recording()) return;
  end_t_ = std::min(std::max(end_t_, t + window_.post_s), start_t_ + window_.max_s);
}

std::optional<RecordedClip> ClipRecorder::tick() {
  if (!recording()) return std::nullopt;
  const double quiet_s = static_cast<double>(clock_.now_ms() - last_wall_ms_) / 1000.0;
  if (quiet_s < window_.stall_s) return std::nullopt;
  return finish();
}

std::optional<RecordedClip> ClipRecorder::finish() {
  if (!recording()) return std::nullopt;
  std::string why;
  if (!writer_->close(why) && clip_.error.empty()) clip_.error = why;
  RecordedClip done = std::move(clip_);
  done.duration_s = writer_->duration_s();
  done.packets = writer_->packets_written();
  done.privacy = std::move(privacy_);
  writer_.reset();
  done.start_ts = wall_ms(start_t_);
  done.end_ts = done.start_ts + static_cast<TimestampMs>(std::llround(done.duration_s * 1000.0));
  done.event_offset_s = std::clamp(event_t_ - start_t_, 0.0, done.duration_s);
  const double end_t = start_t_ + done.duration_s;
  for (const auto& frame : boxes_) {
    if (frame.t >= start_t_ && frame.t < end_t) {
      done.frames.push_back(FrameBoxes{frame.t - start_t_, frame.boxes});
    }
  }
  const double oldest = ring_.packets().empty() ? last_t_ : ring_.packets().front().t;
  while (!boxes_.empty() && boxes_.front().t < oldest) boxes_.pop_front();
  waiting_for_keyframe_ = false;
  return done;
}

}  // namespace anju::vision::clips
