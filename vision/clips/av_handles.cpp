#include "clips/av_handles.h"

#include <stdexcept>

namespace anju::vision::clips {

PacketPtr make_packet() {
  PacketPtr packet(av_packet_alloc());
  if (!packet) throw std::bad_alloc();
  return packet;
}

PacketPtr ref_packet(const AVPacket* packet) {
  PacketPtr copy = make_packet();
  if (av_packet_ref(copy.get(), packet) < 0) throw std::bad_alloc();
  return copy;
}

CodecParametersPtr copy_parameters(const AVCodecParameters* parameters) {
  AVCodecParameters* copy = avcodec_parameters_alloc();
  if (!copy || avcodec_parameters_copy(copy, parameters) < 0) {
    avcodec_parameters_free(&copy);
    throw std::bad_alloc();
  }
  return CodecParametersPtr(copy, [](const AVCodecParameters* p) {
    auto* owned = const_cast<AVCodecParameters*>(p);
    avcodec_parameters_free(&owned);
  });
}

std::string av_error_text(int code) {
  char text[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(code, text, sizeof text);
  return text;
}

void quiet_ffmpeg_logs() {
  av_log_set_level(AV_LOG_ERROR);
}

}  // namespace anju::vision::clips
