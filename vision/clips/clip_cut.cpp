#include "clips/clip_cut.h"

#include <algorithm>
#include <cmath>

#include "clips/clip_recorder.h"
#include "clips/fmp4_writer.h"
#include "clips/h264_encoder.h"
#include "clips/video_reader.h"

namespace anju::vision::clips {
namespace {

Error io(const std::string& what) {
  return Error{ErrorCode::kIo, what};
}

// Latest keyframe time at or before `t` (demux only, no decoding); -1 if none.
Result<double> keyframe_before(const std::string& input, double t) {
  auto reader = VideoReader::open(input);
  if (!reader) return reader.error();
  PacketPtr packet = make_packet();
  std::string why;
  double best = -1;
  while (true) {
    const auto status = reader.value()->read(packet.get(), why);
    if (status == VideoReader::Read::kError) return io(input + ": " + why);
    if (status == VideoReader::Read::kEnd) break;
    const double pt = reader.value()->packet_seconds(packet.get());
    if (pt > t + 1e-6) break;
    if (packet->flags & AV_PKT_FLAG_KEY) best = pt;
  }
  return best;
}

Result<CutResult> cut_copy(const CutRequest& request, double from_s, double to_s) {
  auto reader = VideoReader::open(request.input);
  if (!reader) return reader.error();
  VideoReader& in = *reader.value();
  const ManualClock clock;
  RecorderWindow window;
  window.pre_s = request.at_s - from_s;
  window.post_s = to_s - request.at_s;
  window.max_s = window.pre_s + window.post_s + 3600;
  ClipRecorder recorder(in.info(), window, clock);
  std::string why;
  bool started = false;
  std::optional<RecordedClip> done;
  while (!done) {
    PacketPtr packet = make_packet();
    const auto status = in.read(packet.get(), why);
    if (status == VideoReader::Read::kError) return io(request.input + ": " + why);
    if (status == VideoReader::Read::kEnd) break;
    const double t = in.packet_seconds(packet.get());
    if (!started && t >= request.at_s) {
      auto id = recorder.start(ClipMeta{}, request.output, request.at_s);
      if (!id) return id.error();
      started = true;
    }
    done = recorder.push(TimedPacket{std::move(packet), t});
  }
  if (!started) {
    // The moment is at the very end: everything buffered is the clip.
    auto id = recorder.start(ClipMeta{}, request.output, request.at_s);
    if (!id) return id.error();
  }
  if (!done) done = recorder.finish();
  if (!done || done->packets == 0) return io(request.input + ": nothing to cut there");
  if (!done->error.empty()) return io(done->error);
  CutResult result;
  result.copied = true;
  result.duration_s = done->duration_s;
  result.packets = done->packets;
  result.start_s = request.at_s - done->event_offset_s;
  return result;
}

Result<CutResult> cut_encode(const CutRequest& request, double from_s, double to_s) {
  auto reader = VideoReader::open(request.input);
  if (!reader) return reader.error();
  VideoReader& in = *reader.value();
  std::unique_ptr<H264Encoder> encoder;
  std::unique_ptr<Fmp4Writer> writer;
  PacketPtr packet = make_packet();
  std::vector<DecodedFrame> frames;
  std::vector<PacketPtr> encoded;
  std::string why;
  CutResult result;
  double first = -1;
  bool end = false;
  auto write_all = [&]() -> bool {
    for (const auto& p : encoded) {
      if (!writer->write(p.get(), why)) return false;
    }
    encoded.clear();
    return true;
  };
  while (!end) {
    const auto status = in.read(packet.get(), why);
    if (status == VideoReader::Read::kError) return io(request.input + ": " + why);
    end = status == VideoReader::Read::kEnd;
    frames.clear();
    if (!in.decode(end ? nullptr : packet.get(), frames, why)) continue;  // skip a bad packet
    for (const auto& frame : frames) {
      // Frame i covers [t, t + 1/fps): take the frames that start inside the window.
      if (frame.t < from_s - 1e-3 || frame.t >= to_s - 1e-3) continue;
      if (!encoder) {
        EncoderOptions options;
        options.width = frame.bgr.cols;
        options.height = frame.bgr.rows;
        options.fps = in.info().fps > 0 ? in.info().fps : 15;
        options.preset = "veryfast";
        options.threads = 2;
        auto opened = H264Encoder::open(options);
        if (!opened) return opened.error();
        encoder = std::move(opened).value();
        auto created = Fmp4Writer::open(request.output, encoder->info());
        if (!created) return created.error();
        writer = std::move(created).value();
        first = frame.t;
      }
      const auto pts = static_cast<int64_t>(std::llround((frame.t - first) * 1000.0));
      if (!encoder->encode(frame.bgr, pts, encoded, why) || !write_all()) return io(why);
    }
    if (!frames.empty() && frames.back().t >= to_s) break;
  }
  if (!encoder)
    return io(request.input + ": no frames between " + std::to_string(from_s) + " s and " +
              std::to_string(to_s) + " s");
  if (!encoder->flush(encoded, why) || !write_all() || !writer->close(why)) return io(why);
  result.copied = false;
  result.start_s = first;
  result.duration_s = writer->duration_s();
  result.packets = writer->packets_written();
  return result;
}

}  // namespace

Result<CutResult> cut_clip(const CutRequest& request) {
  if (!(request.pre_s >= 0) || !(request.post_s > 0) || !(request.at_s >= 0)) {
    return Error{ErrorCode::kInvalidValue, "cut: --at and --pre must be >= 0, --post > 0"};
  }
  auto reader = VideoReader::open(request.input);
  if (!reader) return reader.error();
  const bool h264 = reader.value()->info().is_h264();
  reader.value().reset();
  const double from_s = std::max(0.0, request.at_s - request.pre_s);
  const double to_s = request.at_s + request.post_s;
  CutMode mode = request.mode;
  if (mode == CutMode::kAuto) {
    mode = CutMode::kEncode;
    if (h264) {
      auto key = keyframe_before(request.input, from_s);
      if (!key) return key.error();
      if (*key >= 0 && from_s - *key <= request.tolerance_s) mode = CutMode::kCopy;
    }
  }
  if (mode == CutMode::kCopy && !h264) {
    return Error{ErrorCode::kInvalidValue, "cut: " + request.input + " is not H.264, cannot copy"};
  }
  return mode == CutMode::kCopy ? cut_copy(request, from_s, to_s)
                                : cut_encode(request, from_s, to_s);
}

}  // namespace anju::vision::clips
