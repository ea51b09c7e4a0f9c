#include "daemon/camera_clips.h"

#include <cmath>
#include <iostream>
#include <opencv2/imgproc.hpp>

namespace anju::vision {
namespace {

clips::RecorderWindow window_of(const ClipSettings& s) {
  clips::RecorderWindow w;
  w.pre_s = s.pre_s;
  w.post_s = s.post_s;
  return w;
}

}  // namespace

CameraClips::CameraClips(const CameraConfig& camera, ClipJobs& jobs, const Clock& clock)
    : camera_(camera), jobs_(jobs), clock_(clock) {}

CameraClips::~CameraClips() {
  end();
}

bool CameraClips::ensure_recorder(CameraSource& source, const cv::Mat& frame) {
  if (recorder_) return true;
  if (broken_) return false;
  if (const clips::StreamInfo* stream = source.stream(); stream && stream->is_h264()) {
    copying_ = true;
    offset_ = source.crop_offset();
    recorder_ = std::make_unique<clips::ClipRecorder>(*stream, window_of(camera_.clips), clock_);
    return true;
  }
  // A device, or a stream in another codec: encode what the detector sees.
  clips::EncoderOptions options;
  options.width = frame.cols;
  options.height = frame.rows;
  options.fps = source.native_fps() > 0 ? source.native_fps() : camera_.max_fps;
  auto encoder = clips::H264Encoder::open(options);
  if (!encoder) {
    std::cerr << "anju-vision: camera " << camera_.id << ": no clips: " << encoder.error().reason
              << std::endl;
    broken_ = true;
    return false;
  }
  encoder_ = std::move(encoder).value();
  copying_ = false;
  offset_ = {};
  recorder_ =
      std::make_unique<clips::ClipRecorder>(encoder_->info(), window_of(camera_.clips), clock_);
  return true;
}

void CameraClips::push(clips::TimedPacket packet) {
  hand_over(recorder_->push(std::move(packet)));
}

void CameraClips::on_frame(CameraSource& source, const cv::Mat& frame, double t) {
  // The source keeps what it read for us: take it even when it is not copied.
  std::vector<clips::TimedPacket> read = source.take_packets();
  if (!ensure_recorder(source, frame)) return;
  if (copying_) {
    t_ = source.frame_time();
    for (auto& packet : read) push(std::move(packet));
  } else {
    t_ = t;
    std::vector<clips::PacketPtr> packets;
    std::string why;
    cv::Mat bgr;
    if (frame.channels() == 1)
      cv::cvtColor(frame, bgr, cv::COLOR_GRAY2BGR);
    else if (frame.channels() == 4)
      cv::cvtColor(frame, bgr, cv::COLOR_BGRA2BGR);
    else
      bgr = frame;
    // A frame of another size (the camera changed mode) is not recorded; the encoder says so.
    if (!encoder_->encode(bgr, std::llround(t * 1000.0), packets, why)) return;
    for (auto& p : packets) {
      const double pt = static_cast<double>(p->pts) / 1000.0;
      push(clips::TimedPacket{std::move(p), pt});
    }
  }
  hand_over(recorder_->tick());
}

void CameraClips::on_analysed(const std::vector<cv::Rect>& boxes) {
  if (!recorder_) return;
  std::vector<cv::Rect> shifted;
  for (const auto& b : boxes) shifted.push_back(b + offset_);
  recorder_->add_boxes(t_, std::move(shifted));
  if (fall_active_) recorder_->extend(t_);
}

std::string CameraClips::on_fall() {
  if (!recorder_) return {};
  fall_active_ = true;
  if (recorder_->recording()) {
    auto id = recorder_->start(clips::ClipMeta{}, {}, t_);  // extends; the same clip
    return id ? jobs_.reference(*id) : std::string();
  }
  const TimestampMs now = clock_.now_ms();
  auto paths = jobs_.new_clip(camera_.id, now);
  if (!paths) {
    std::cerr << "anju-vision: camera " << camera_.id << ": no clip: " << paths.error().reason
              << std::endl;
    return {};
  }
  clips::ClipMeta meta{paths->id, camera_.id, camera_.room, jobs_.settings().node, "fall", now};
  // The privacy version is made while recording, so the clip is ready soon after its end.
  auto id = recorder_->start(meta, paths->mp4, t_,
                             clips::PrivacyTarget{camera_.clips.privacy, paths->privacy_mp4});
  if (!id) {
    std::cerr << "anju-vision: camera " << camera_.id << ": no clip: " << id.error().reason
              << std::endl;
    return {};
  }
  return jobs_.reference(*id);
}

void CameraClips::end() {
  if (recorder_) hand_over(recorder_->finish());
  recorder_.reset();
  encoder_.reset();
  broken_ = false;
  fall_active_ = false;
}

void CameraClips::hand_over(std::optional<clips::RecordedClip> clip) {
  if (!clip) return;
  if (clip->packets == 0) {
    std::cerr << "anju-vision: camera " << camera_.id << ": clip " << clip->meta.clip
              << " has no frames" << std::endl;
    return;
  }
  jobs_.submit(std::move(*clip), camera_.clips.privacy, camera_.room, camera_.id);
}

}  // namespace anju::vision
