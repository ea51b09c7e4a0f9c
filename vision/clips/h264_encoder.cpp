#include "clips/h264_encoder.h"

#include <cmath>

extern "C" {
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace anju::vision::clips {

Result<std::unique_ptr<H264Encoder>> H264Encoder::open(const EncoderOptions& options) {
  if (options.width < 2 || options.height < 2 || !(options.fps > 0)) {
    return Error{ErrorCode::kInvalidValue, "encoder: need a frame size and a frame rate"};
  }
  const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
  if (!codec) return Error{ErrorCode::kIo, "encoder: FFmpeg has no libx264"};
  std::unique_ptr<H264Encoder> encoder(new H264Encoder());
  encoder->in_width_ = options.input_width > 0 ? options.input_width : options.width;
  encoder->in_height_ = options.input_height > 0 ? options.input_height : options.height;
  encoder->context_.reset(avcodec_alloc_context3(codec));
  AVCodecContext* c = encoder->context_.get();
  c->width = options.width & ~1;
  c->height = options.height & ~1;
  c->pix_fmt = AV_PIX_FMT_YUV420P;  // what every player decodes
  c->time_base = AVRational{1, 1000};
  c->framerate = av_d2q(options.fps, 1000);
  c->gop_size = std::max(1, static_cast<int>(std::lround(options.fps * options.keyframe_s)));
  c->max_b_frames = 0;
  c->thread_count = options.threads;
  c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;  // MP4 keeps SPS/PPS in the header (avcC)
  av_opt_set(c->priv_data, "preset", options.preset.c_str(), 0);
  av_opt_set(c->priv_data, "tune", "zerolatency", 0);
  av_opt_set_int(c->priv_data, "crf", options.crf, 0);
  // Exactly one keyframe per interval, also at scene cuts' expense: clips start on them.
  av_opt_set(c->priv_data, "x264-params", "scenecut=0", 0);
  int rc = avcodec_open2(c, codec, nullptr);
  if (rc < 0)
    return Error{ErrorCode::kIo, "encoder: cannot open libx264 (" + av_error_text(rc) + ")"};
  encoder->frame_.reset(av_frame_alloc());
  AVFrame* f = encoder->frame_.get();
  f->format = c->pix_fmt;
  f->width = c->width;
  f->height = c->height;
  if (av_frame_get_buffer(f, 0) < 0) return Error{ErrorCode::kIo, "encoder: out of memory"};
  encoder->scaler_ =
      sws_getContext(options.width, options.height, AV_PIX_FMT_BGR24, c->width, c->height,
                     AV_PIX_FMT_YUV420P, SWS_FAST_BILINEAR, nullptr, nullptr, nullptr);
  if (!encoder->scaler_) return Error{ErrorCode::kIo, "encoder: no BGR to YUV converter"};
  AVCodecParameters* parameters = avcodec_parameters_alloc();
  avcodec_parameters_from_context(parameters, c);
  encoder->info_.parameters = copy_parameters(parameters);
  avcodec_parameters_free(&parameters);
  encoder->info_.time_base = c->time_base;
  encoder->info_.fps = options.fps;
  encoder->info_.width = c->width;
  encoder->info_.height = c->height;
  return encoder;
}

H264Encoder::~H264Encoder() {
  sws_freeContext(scaler_);
}

bool H264Encoder::encode(const cv::Mat& bgr, int64_t pts_ms, std::vector<PacketPtr>& packets,
                         std::string& why) {
  if (bgr.type() != CV_8UC3 || bgr.cols != in_width_ || bgr.rows != in_height_) {
    why = "encoder: frame is not " + std::to_string(in_width_) + "x" + std::to_string(in_height_) +
          " BGR";
    return false;
  }
  if (last_pts_ != AV_NOPTS_VALUE && pts_ms <= last_pts_) pts_ms = last_pts_ + 1;  // must grow
  last_pts_ = pts_ms;
  AVFrame* f = frame_.get();
  if (av_frame_make_writable(f) < 0) {
    why = "encoder: out of memory";
    return false;
  }
  const uint8_t* src[1] = {bgr.data};
  const int strides[1] = {static_cast<int>(bgr.step[0])};
  sws_scale(scaler_, src, strides, 0, bgr.rows, f->data, f->linesize);
  f->pts = pts_ms;
  const int rc = avcodec_send_frame(context_.get(), f);
  if (rc < 0) {
    why = "encoder: " + av_error_text(rc);
    return false;
  }
  return drain(packets, why);
}

bool H264Encoder::flush(std::vector<PacketPtr>& packets, std::string& why) {
  const int rc = avcodec_send_frame(context_.get(), nullptr);
  if (rc < 0 && rc != AVERROR_EOF) {
    why = "encoder: " + av_error_text(rc);
    return false;
  }
  return drain(packets, why);
}

bool H264Encoder::drain(std::vector<PacketPtr>& packets, std::string& why) {
  while (true) {
    PacketPtr packet = make_packet();
    const int rc = avcodec_receive_packet(context_.get(), packet.get());
    if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) return true;
    if (rc < 0) {
      why = "encoder: " + av_error_text(rc);
      return false;
    }
    packets.push_back(std::move(packet));
  }
}

}  // namespace anju::vision::clips
