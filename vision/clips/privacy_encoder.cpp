#include "clips/privacy_encoder.h"

#include <cmath>
#include <opencv2/imgproc.hpp>

extern "C" {
#include <libswscale/swscale.h>
}

namespace anju::vision::clips {
namespace {

// The filter runs on frames at most this wide; the result is scaled back to the clip's size.
constexpr int kFilterWidth = 320;

}  // namespace

Result<std::unique_ptr<PrivacyEncoder>> PrivacyEncoder::open(const StreamInfo& original,
                                                             const std::filesystem::path& file,
                                                             PrivacyMode mode,
                                                             double event_offset_s) {
  if (!original.parameters) return Error{ErrorCode::kInvalidValue, "privacy: no stream"};
  std::unique_ptr<PrivacyEncoder> p(new PrivacyEncoder());
  p->mode_ = mode;
  p->event_offset_s_ = event_offset_s;
  p->file_ = file;
  p->tmp_ = std::filesystem::path(file) += ".tmp";
  p->time_base_ = original.time_base;
  const AVCodec* codec = avcodec_find_decoder(original.parameters->codec_id);
  if (!codec) return Error{ErrorCode::kIo, "privacy: no decoder for the clip's codec"};
  p->decoder_.reset(avcodec_alloc_context3(codec));
  if (!p->decoder_ ||
      avcodec_parameters_to_context(p->decoder_.get(), original.parameters.get()) < 0) {
    return Error{ErrorCode::kIo, "privacy: cannot set up the decoder"};
  }
  p->decoder_->thread_count = 1;
  p->decoder_->pkt_timebase = original.time_base;
  // The picture is about to be blurred: deblocking and exact decoding buy nothing here.
  p->decoder_->skip_loop_filter = AVDISCARD_ALL;
  p->decoder_->flags2 |= AV_CODEC_FLAG2_FAST;
  if (int rc = avcodec_open2(p->decoder_.get(), codec, nullptr); rc < 0) {
    return Error{ErrorCode::kIo, "privacy: cannot open the decoder (" + av_error_text(rc) + ")"};
  }
  p->frame_.reset(av_frame_alloc());
  p->full_ = cv::Size(original.width, original.height);
  const double scale = std::min(1.0, static_cast<double>(kFilterWidth) / original.width);
  p->small_ = cv::Size(std::max(2, static_cast<int>(std::lround(original.width * scale))),
                       std::max(2, static_cast<int>(std::lround(original.height * scale))));
  EncoderOptions options;
  options.width = original.width;
  options.height = original.height;
  options.input_width = p->small_.width;  // the encoder scales the filtered picture back up
  options.input_height = p->small_.height;
  options.fps = original.fps > 0 ? original.fps : 15;
  auto encoder = H264Encoder::open(options);
  if (!encoder) return encoder.error();
  p->encoder_ = std::move(encoder).value();
  auto writer = Fmp4Writer::open(p->tmp_, p->encoder_->info());
  if (!writer) return writer.error();
  p->writer_ = std::move(writer).value();
  return p;
}

PrivacyEncoder::~PrivacyEncoder() {
  sws_freeContext(to_small_);
  abandon();
}

void PrivacyEncoder::abandon() {
  if (finished_) return;
  finished_ = true;
  if (error_.empty()) error_ = "privacy: abandoned";
  writer_.reset();
  std::error_code ec;
  std::filesystem::remove(tmp_, ec);  // leave nothing half-written
}

bool PrivacyEncoder::fail(std::string why) {
  if (error_.empty()) error_ = std::move(why);
  return false;
}

void PrivacyEncoder::add(const AVPacket* packet) {
  if (error_.empty()) queue_.push_back(ref_packet(packet));
}

bool PrivacyEncoder::work(std::size_t max_packets, const PeopleMask& mask) {
  for (std::size_t i = 0; i < max_packets && !queue_.empty() && error_.empty(); ++i) {
    PacketPtr packet = std::move(queue_.front());
    queue_.pop_front();
    process(packet.get(), mask);
  }
  return error_.empty();
}

bool PrivacyEncoder::process(const AVPacket* packet, const PeopleMask& mask) {
  if (packet && zero_ == AV_NOPTS_VALUE) {
    zero_ = packet->dts != AV_NOPTS_VALUE ? packet->dts : packet->pts;
  }
  int rc = avcodec_send_packet(decoder_.get(), packet);
  if (rc < 0 && rc != AVERROR_EOF && rc != AVERROR(EAGAIN)) {
    return true;  // a damaged packet: the decoder recovers at the next keyframe
  }
  while ((rc = avcodec_receive_frame(decoder_.get(), frame_.get())) >= 0) {
    const bool ok = encode_frame(frame_.get(), mask);
    av_frame_unref(frame_.get());
    if (!ok) return false;
  }
  return true;
}

bool PrivacyEncoder::encode_frame(const AVFrame* frame, const PeopleMask& mask) {
  const int64_t ts =
      frame->best_effort_timestamp != AV_NOPTS_VALUE ? frame->best_effort_timestamp : frame->pts;
  const double t = ts == AV_NOPTS_VALUE || zero_ == AV_NOPTS_VALUE
                       ? static_cast<double>(frames_) / encoder_->info().fps
                       : static_cast<double>(ts - zero_) * av_q2d(time_base_);
  // Straight from the decoder's YUV to a small BGR picture: one pass, no full-size copy.
  to_small_ = sws_getCachedContext(
      to_small_, frame->width, frame->height, static_cast<AVPixelFormat>(frame->format),
      small_.width, small_.height, AV_PIX_FMT_BGR24, SWS_FAST_BILINEAR, nullptr, nullptr, nullptr);
  if (!to_small_) return fail("privacy: no converter for the clip's pixel format");
  cv::Mat small(small_, CV_8UC3);
  uint8_t* planes[1] = {small.data};
  const int strides[1] = {static_cast<int>(small.step[0])};
  sws_scale(to_small_, frame->data, frame->linesize, 0, frame->height, planes, strides);
  const cv::Mat people = mode_ == PrivacyMode::kSilhouette && mask ? mask(t, full_) : cv::Mat();
  const cv::Mat filtered = apply_privacy(small, mode_, people);
  if (std::abs(t - event_offset_s_) < best_distance_) {
    best_distance_ = std::abs(t - event_offset_s_);
    thumbnail_ = filtered;
  }
  int64_t pts_ms = std::llround(std::max(0.0, t) * 1000.0);
  if (pts_ms <= last_pts_ms_) pts_ms = last_pts_ms_ + 1;
  last_pts_ms_ = pts_ms;
  std::vector<PacketPtr> packets;
  std::string why;
  if (!encoder_->encode(filtered, pts_ms, packets, why)) return fail(why);
  for (const auto& p : packets) {
    if (!writer_->write(p.get(), why)) return fail(why);
  }
  ++frames_;
  return true;
}

cv::Mat PrivacyEncoder::thumbnail() const {
  cv::Mat full;
  if (!thumbnail_.empty()) cv::resize(thumbnail_, full, full_, 0, 0, cv::INTER_LINEAR);
  return full;
}

bool PrivacyEncoder::finish(const PeopleMask& mask) {
  if (finished_) return error_.empty();
  work(queue_.size(), mask);
  if (!error_.empty()) return false;
  process(nullptr, mask);  // the decoder's last frames
  if (!error_.empty()) return false;
  std::vector<PacketPtr> packets;
  std::string why;
  if (!encoder_->flush(packets, why)) return fail(why);
  for (const auto& p : packets) {
    if (!writer_->write(p.get(), why)) return fail(why);
  }
  if (!writer_->close(why)) return fail(why);
  if (frames_ == 0) return fail("privacy: no frame of the clip decodes");
  std::error_code ec;
  std::filesystem::rename(tmp_, file_, ec);
  if (ec) return fail("privacy: cannot rename " + tmp_.string() + ": " + ec.message());
  finished_ = true;
  return true;
}

}  // namespace anju::vision::clips
