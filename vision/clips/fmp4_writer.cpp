#include "clips/fmp4_writer.h"

#include <cmath>

namespace anju::vision::clips {

Result<std::unique_ptr<Fmp4Writer>> Fmp4Writer::open(const std::filesystem::path& file,
                                                     const StreamInfo& stream) {
  if (!stream.parameters) return Error{ErrorCode::kInvalidValue, "writer: no stream parameters"};
  std::unique_ptr<Fmp4Writer> writer(new Fmp4Writer());
  const std::string path = file.string();
  int rc = avformat_alloc_output_context2(&writer->format_, nullptr, "mp4", path.c_str());
  if (rc < 0 || !writer->format_) {
    return Error{ErrorCode::kIo, "writer: no MP4 muxer (" + av_error_text(rc) + ")"};
  }
  writer->stream_ = avformat_new_stream(writer->format_, nullptr);
  if (!writer->stream_ ||
      avcodec_parameters_copy(writer->stream_->codecpar, stream.parameters.get()) < 0) {
    return Error{ErrorCode::kIo, "writer: cannot add the video stream"};
  }
  writer->stream_->codecpar->codec_tag = 0;  // let the MP4 muxer choose (avc1)
  writer->in_time_base_ = stream.time_base;
  // A fine time base that also represents the source's ticks well.
  writer->stream_->time_base = AVRational{1, 90000};
  if (stream.fps > 0) {
    writer->stream_->avg_frame_rate = av_d2q(stream.fps, 100000);
    writer->default_duration_ =
        av_rescale_q(1, av_inv_q(writer->stream_->avg_frame_rate), stream.time_base);
  }
  if ((rc = avio_open(&writer->format_->pb, path.c_str(), AVIO_FLAG_WRITE)) < 0) {
    return Error{ErrorCode::kIo, "writer: cannot create " + path + " (" + av_error_text(rc) + ")"};
  }
  AVDictionary* options = nullptr;
  av_dict_set(&options, "movflags", "frag_keyframe+empty_moov+default_base_moof", 0);
  av_dict_set(&options, "frag_duration", "1000000", 0);  // a fragment at least every second
  rc = avformat_write_header(writer->format_, &options);
  av_dict_free(&options);
  if (rc < 0) {
    return Error{ErrorCode::kIo, "writer: cannot start " + path + " (" + av_error_text(rc) + ")"};
  }
  avio_flush(writer->format_->pb);
  writer->open_ = true;
  return writer;
}

Fmp4Writer::~Fmp4Writer() {
  std::string ignored;
  close(ignored);
  if (format_) {
    if (format_->pb) avio_closep(&format_->pb);
    avformat_free_context(format_);
  }
}

bool Fmp4Writer::write(const AVPacket* packet, std::string& why) {
  if (!open_) {
    why = "writer: closed";
    return false;
  }
  PacketPtr copy = ref_packet(packet);
  int64_t dts = copy->dts != AV_NOPTS_VALUE ? copy->dts : copy->pts;
  if (dts == AV_NOPTS_VALUE) {
    why = "writer: packet without a timestamp";
    return false;
  }
  if (zero_ == AV_NOPTS_VALUE) zero_ = dts;
  // Decode times must grow; a source that repeats one (some cameras) is nudged forward.
  if (last_dts_ != AV_NOPTS_VALUE && dts <= last_dts_) dts = last_dts_ + 1;
  int64_t pts = copy->pts != AV_NOPTS_VALUE ? copy->pts : dts;
  if (pts < dts) pts = dts;
  last_dts_ = dts;
  if (copy->duration <= 0) copy->duration = default_duration_;
  copy->dts = dts - zero_;
  copy->pts = pts - zero_;
  copy->stream_index = 0;
  copy->pos = -1;
  av_packet_rescale_ts(copy.get(), in_time_base_, stream_->time_base);
  end_ = std::max(end_, copy->pts + copy->duration);
  const int rc = av_write_frame(format_, copy.get());
  if (rc < 0) {
    why = "writer: " + av_error_text(rc);
    return false;
  }
  // Completed fragments go to disk now, not when a 32 KB buffer happens to fill.
  avio_flush(format_->pb);
  ++written_;
  return true;
}

bool Fmp4Writer::close(std::string& why) {
  if (!open_) return true;
  open_ = false;
  const int rc = av_write_trailer(format_);
  avio_flush(format_->pb);
  if (rc < 0) {
    why = "writer: cannot finish the file (" + av_error_text(rc) + ")";
    return false;
  }
  return true;
}

double Fmp4Writer::duration_s() const {
  return stream_ ? static_cast<double>(end_) * av_q2d(stream_->time_base) : 0.0;
}

}  // namespace anju::vision::clips
