#pragma once
// Owning handles for FFmpeg objects (its C API frees with type-specific calls) and error text.
extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}
#include <memory>
#include <string>

namespace anju::vision::clips {

struct PacketFree {
  void operator()(AVPacket* p) const { av_packet_free(&p); }
};
struct FrameFree {
  void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct CodecContextFree {
  void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct CodecParametersFree {
  void operator()(AVCodecParameters* p) const { avcodec_parameters_free(&p); }
};

using PacketPtr = std::unique_ptr<AVPacket, PacketFree>;
using FramePtr = std::unique_ptr<AVFrame, FrameFree>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextFree>;
using CodecParametersPtr = std::shared_ptr<const AVCodecParameters>;

PacketPtr make_packet();
// A new reference to the same packet data (no copy of the bytes).
PacketPtr ref_packet(const AVPacket* packet);
CodecParametersPtr copy_parameters(const AVCodecParameters* parameters);
std::string av_error_text(int code);
// FFmpeg logs only errors from now on (it warns about every deprecated pixel format otherwise).
void quiet_ffmpeg_logs();

}  // namespace anju::vision::clips
