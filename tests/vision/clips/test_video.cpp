#include "test_video.h"

#include <cmath>
#include <opencv2/imgproc.hpp>
#include <stdexcept>

#include "clips/fmp4_writer.h"
#include "clips/video_reader.h"

namespace anju::vision::clips::test {

cv::Mat synthetic_frame(const VideoSpec& spec, int index) {
  cv::Mat frame(spec.height, spec.width, CV_8UC3);
  for (int y = 0; y < frame.rows; ++y) {
    frame.row(y).setTo(cv::Scalar(40 + y * 100 / frame.rows, 60, 90));
  }
  const int x = (index * 4) % std::max(1, spec.width - 40);
  cv::rectangle(frame, cv::Rect(x, spec.height / 3, 40, 60), cv::Scalar(30, 200, 240), cv::FILLED);
  cv::putText(frame, std::to_string(index), cv::Point(8, 24), cv::FONT_HERSHEY_SIMPLEX, 0.7,
              cv::Scalar(255, 255, 255), 2);
  return frame;
}

std::vector<TimedPacket> encode_video(const VideoSpec& spec, StreamInfo& info) {
  quiet_ffmpeg_logs();  // tests report what FFmpeg says in their own failure messages
  EncoderOptions options;
  options.width = spec.width;
  options.height = spec.height;
  options.fps = spec.fps;
  options.keyframe_s = spec.keyframe_s;
  auto encoder = H264Encoder::open(options);
  if (!encoder) throw std::runtime_error(encoder.error().reason);
  std::vector<PacketPtr> packets;
  std::string why;
  const int count = static_cast<int>(std::lround(spec.seconds * spec.fps));
  for (int i = 0; i < count; ++i) {
    const auto pts = static_cast<int64_t>(std::llround(i * 1000.0 / spec.fps));
    if (!encoder.value()->encode(synthetic_frame(spec, i), pts, packets, why)) {
      throw std::runtime_error(why);
    }
  }
  if (!encoder.value()->flush(packets, why)) throw std::runtime_error(why);
  info = encoder.value()->info();
  std::vector<TimedPacket> out;
  for (auto& p : packets) {
    const double t = static_cast<double>(p->pts) / 1000.0;
    out.push_back(TimedPacket{std::move(p), t});
  }
  return out;
}

void write_video(const VideoSpec& spec, const std::filesystem::path& file) {
  StreamInfo info;
  auto packets = encode_video(spec, info);
  auto writer = Fmp4Writer::open(file, info);
  if (!writer) throw std::runtime_error(writer.error().reason);
  std::string why;
  for (const auto& p : packets) {
    if (!writer.value()->write(p.packet.get(), why)) throw std::runtime_error(why);
  }
  if (!writer.value()->close(why)) throw std::runtime_error(why);
}

Probe probe(const std::filesystem::path& file) {
  quiet_ffmpeg_logs();
  Probe result;
  auto reader = VideoReader::open(file.string());
  if (!reader) {
    result.error = reader.error().reason;
    return result;
  }
  result.opened = true;
  VideoReader& in = *reader.value();
  result.fps = in.info().fps;
  PacketPtr packet = make_packet();
  std::vector<DecodedFrame> frames;
  std::string why;
  while (true) {
    const auto status = in.read(packet.get(), why);
    if (status == VideoReader::Read::kError) {
      result.error = why;
      break;
    }
    const bool end = status == VideoReader::Read::kEnd;
    frames.clear();
    in.decode(end ? nullptr : packet.get(), frames, why);
    for (const auto& frame : frames) {
      if (result.frames++ == 0) result.first_t = frame.t;
      result.last_t = frame.t;
    }
    if (end) break;
  }
  return result;
}

}  // namespace anju::vision::clips::test
