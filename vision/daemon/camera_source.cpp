#include "daemon/camera_source.h"

#include <filesystem>

namespace anju::vision {
namespace {

constexpr int kTimeoutMs = 5000;

bool is_device(const std::string& source, int& index) {
  if (!source.starts_with("/dev/video")) return false;
  try {
    index = std::stoi(source.substr(10));
    return index >= 0;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

CameraSource::CameraSource(const CameraConfig& config)
    : config_(config),
      is_file_(config.source.find("://") == std::string::npos &&
               !config.source.starts_with("/dev/")) {}

void CameraSource::close() {
  capture_.release();
  reader_.reset();
  pending_.clear();
  packets_.clear();
}

bool CameraSource::open(std::string& why) {
  close();
  int device = 0;
  if (is_device(config_.source, device)) {
    if (!capture_.open(device, cv::CAP_V4L2) || !capture_.isOpened()) {
      why = "cannot open " + config_.source;
      return false;
    }
    native_fps_ = capture_.get(cv::CAP_PROP_FPS);
    if (!(native_fps_ > 0 && native_fps_ < 1000)) native_fps_ = 0;
    return true;
  }
  if (is_file_ && !std::filesystem::is_regular_file(config_.source)) {
    why = "no such file " + config_.source;
    return false;
  }
  auto reader = clips::VideoReader::open(config_.source, kTimeoutMs);
  if (!reader) {
    why = reader.error().reason;
    return false;
  }
  reader_ = std::move(reader).value();
  packet_ = clips::make_packet();
  native_fps_ = reader_->info().fps;
  ts_offset_ = 0;
  ts_end_ = 0;
  return true;
}

std::vector<clips::TimedPacket> CameraSource::take_packets() {
  std::vector<clips::TimedPacket> out;
  out.swap(packets_);
  return out;
}

bool CameraSource::restart(std::string& why) {
  // A looped file: open it again and carry on the same timeline.
  const int64_t offset = ts_end_;
  if (!open(why)) return false;
  ts_offset_ = offset;
  ts_end_ = offset;
  return true;
}

bool CameraSource::read_decoded(std::string& why) {
  bool restarted = false;
  while (pending_.empty()) {
    const auto status = reader_->read(packet_.get(), why);
    if (status == clips::VideoReader::Read::kError) return false;
    std::vector<clips::DecodedFrame> frames;
    if (status == clips::VideoReader::Read::kEnd) {
      reader_->decode(nullptr, frames, why);  // the frames still inside the decoder
      if (frames.empty()) {
        if (!(is_file_ && config_.loop) || restarted) {
          why = is_file_ ? "end of file" : "the stream ended";
          return false;
        }
        if (!restart(why)) return false;
        restarted = true;  // a file with no frame at all must not loop forever
        continue;
      }
    } else {
      AVPacket* p = packet_.get();
      if (p->pts != AV_NOPTS_VALUE) p->pts += ts_offset_;
      if (p->dts != AV_NOPTS_VALUE) p->dts += ts_offset_;
      const int64_t ts = p->pts != AV_NOPTS_VALUE ? p->pts : p->dts;
      if (ts != AV_NOPTS_VALUE) ts_end_ = std::max(ts_end_, ts + std::max<int64_t>(p->duration, 1));
      packets_.push_back(clips::TimedPacket{clips::ref_packet(p), reader_->packet_seconds(p)});
      // A damaged packet is skipped; the decoder recovers at the next keyframe.
      if (!reader_->decode(p, frames, why)) frames.clear();
    }
    // The decoder saw the shifted timestamps: its frames are on the same timeline.
    for (auto& f : frames) pending_.push_back(std::move(f));
  }
  return true;
}

CameraSource::Read CameraSource::read(cv::Mat& frame, std::string& why) {
  if (reader_) {
    if (!read_decoded(why)) return Read::kFailed;
    raw_ = std::move(pending_.front().bgr);
    frame_time_ = pending_.front().t;
    pending_.pop_front();
  } else if (!capture_.read(raw_) || raw_.empty()) {
    why = "no frame from the camera";
    return Read::kFailed;
  }
  if (config_.crop) {
    if ((*config_.crop & cv::Rect(0, 0, raw_.cols, raw_.rows)) != *config_.crop) {
      why = "crop lies outside the " + std::to_string(raw_.cols) + "x" + std::to_string(raw_.rows) +
            " frame";
      return Read::kFailed;
    }
    frame = raw_(*config_.crop);
  } else {
    frame = raw_;
  }
  return Read::kFrame;
}

}  // namespace anju::vision
