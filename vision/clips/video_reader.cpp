#include "clips/video_reader.h"

extern "C" {
#include <libswscale/swscale.h>
}

namespace anju::vision::clips {
namespace {

Error io_error(const std::string& source, const std::string& what, int code) {
  return Error{ErrorCode::kIo, source + ": " + what + " (" + av_error_text(code) + ")"};
}

}  // namespace

Result<std::unique_ptr<VideoReader>> VideoReader::open(const std::string& source, int timeout_ms) {
  std::unique_ptr<VideoReader> reader(new VideoReader());
  AVDictionary* options = nullptr;
  if (source.find("://") != std::string::npos) {
    const std::string us = std::to_string(static_cast<int64_t>(timeout_ms) * 1000);
    av_dict_set(&options, "timeout", us.c_str(), 0);    // http, tcp
    av_dict_set(&options, "stimeout", us.c_str(), 0);   // rtsp (older name)
    av_dict_set(&options, "rtsp_transport", "tcp", 0);  // no lost UDP packets in a clip
  }
  int rc = avformat_open_input(&reader->format_, source.c_str(), nullptr, &options);
  av_dict_free(&options);
  if (rc < 0) return io_error(source, "cannot open", rc);
  if ((rc = avformat_find_stream_info(reader->format_, nullptr)) < 0) {
    return io_error(source, "cannot read stream information", rc);
  }
  const AVCodec* codec = nullptr;
  rc = av_find_best_stream(reader->format_, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
  if (rc < 0 || !codec) return io_error(source, "no decodable video stream", rc);
  reader->stream_index_ = rc;
  const AVStream* stream = reader->format_->streams[rc];
  reader->decoder_.reset(avcodec_alloc_context3(codec));
  if (!reader->decoder_ ||
      avcodec_parameters_to_context(reader->decoder_.get(), stream->codecpar) < 0) {
    return Error{ErrorCode::kIo, source + ": cannot set up the decoder"};
  }
  reader->decoder_->thread_count = 1;  // one camera, one core at most: the node runs several
  if ((rc = avcodec_open2(reader->decoder_.get(), codec, nullptr)) < 0) {
    return io_error(source, "cannot open the decoder", rc);
  }
  reader->frame_.reset(av_frame_alloc());
  reader->start_ts_ = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
  StreamInfo& info = reader->info_;
  info.parameters = copy_parameters(stream->codecpar);
  info.time_base = stream->time_base;
  const AVRational rate =
      stream->avg_frame_rate.num > 0 ? stream->avg_frame_rate : stream->r_frame_rate;
  info.fps = rate.num > 0 && rate.den > 0 ? av_q2d(rate) : 0;
  if (info.fps > 1000) info.fps = 0;
  info.width = stream->codecpar->width;
  info.height = stream->codecpar->height;
  info.frames = stream->nb_frames > 0 ? stream->nb_frames : 0;
  if (info.width <= 0 || info.height <= 0) {
    return Error{ErrorCode::kIo, source + ": the video stream has no frame size"};
  }
  return reader;
}

VideoReader::~VideoReader() {
  sws_freeContext(scaler_);
  avformat_close_input(&format_);
}

double VideoReader::seconds(int64_t timestamp) const {
  return static_cast<double>(timestamp - start_ts_) * av_q2d(info_.time_base);
}

double VideoReader::packet_seconds(const AVPacket* packet) const {
  const int64_t ts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
  return ts == AV_NOPTS_VALUE ? 0.0 : seconds(ts);
}

VideoReader::Read VideoReader::read(AVPacket* packet, std::string& why) {
  while (true) {
    av_packet_unref(packet);
    const int rc = av_read_frame(format_, packet);
    if (rc == AVERROR_EOF) return Read::kEnd;
    if (rc < 0) {
      why = "read failed (" + av_error_text(rc) + ")";
      return Read::kError;
    }
    if (packet->stream_index == stream_index_) return Read::kPacket;
  }
}

bool VideoReader::decode(const AVPacket* packet, std::vector<DecodedFrame>& frames,
                         std::string& why) {
  int rc = avcodec_send_packet(decoder_.get(), packet);
  if (rc < 0 && rc != AVERROR_EOF && rc != AVERROR(EAGAIN)) {
    why = "cannot decode (" + av_error_text(rc) + ")";
    return false;
  }
  while ((rc = avcodec_receive_frame(decoder_.get(), frame_.get())) >= 0) {
    DecodedFrame out;
    out.bgr = to_bgr(frame_.get());
    const int64_t ts = frame_->best_effort_timestamp != AV_NOPTS_VALUE
                           ? frame_->best_effort_timestamp
                           : frame_->pts;
    out.t = ts == AV_NOPTS_VALUE ? 0.0 : seconds(ts);
    av_frame_unref(frame_.get());
    if (!out.bgr.empty()) frames.push_back(std::move(out));
  }
  if (rc != AVERROR(EAGAIN) && rc != AVERROR_EOF) {
    why = "cannot decode (" + av_error_text(rc) + ")";
    return false;
  }
  return true;
}

cv::Mat VideoReader::to_bgr(const AVFrame* frame) {
  if (frame->width <= 0 || frame->height <= 0) return {};
  scaler_ = sws_getCachedContext(
      scaler_, frame->width, frame->height, static_cast<AVPixelFormat>(frame->format), frame->width,
      frame->height, AV_PIX_FMT_BGR24, SWS_BILINEAR, nullptr, nullptr, nullptr);
  if (!scaler_) return {};
  cv::Mat bgr(frame->height, frame->width, CV_8UC3);
  uint8_t* planes[1] = {bgr.data};
  const int strides[1] = {static_cast<int>(bgr.step[0])};
  sws_scale(scaler_, frame->data, frame->linesize, 0, frame->height, planes, strides);
  return bgr;
}

}  // namespace anju::vision::clips
