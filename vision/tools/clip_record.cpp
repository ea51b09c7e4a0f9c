#include "tools/clip_record.h"

#include <chrono>
#include <cmath>
#include <thread>

#include "clips/clip_recorder.h"
#include "clips/h264_encoder.h"
#include "clips/video_reader.h"
#include "common/option_parser.h"

namespace anju::vision::clips {

int record_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string input, output;
  double at = 0, speed = 1;
  RecorderWindow window;
  bool encode = false;
  cli::OptionParser parser("usage: anju-clip record --in SOURCE --out FILE.mp4 [options]");
  parser.value("--in", "SOURCE", "the source, played at its own pace", input)
      .value("--out", "FILE.mp4", "the clip to write", output)
      .number("--at", "S", "start recording at S seconds of the source", at, 0, 1e7)
      .number("--pre", "S", "seconds kept before", window.pre_s, 0, 3600)
      .number("--post", "S", "seconds recorded after", window.post_s, 0, 3600)
      .number("--speed", "K", "play K times real time (default 1)", speed, 0.1, 1000)
      .flag("--encode", "re-encode with H.264 as a camera node does", encode);
  if (const auto exit_code = parser.parse_or_explain("anju-clip record", args, out, err))
    return *exit_code;
  if (input.empty() || output.empty()) {
    err << "anju-clip: record needs --in and --out\n";
    return 2;
  }
  auto reader = VideoReader::open(input);
  if (!reader) {
    err << "anju-clip: " << reader.error().reason << "\n";
    return 1;
  }
  VideoReader& in = *reader.value();
  std::unique_ptr<H264Encoder> encoder;
  StreamInfo stream = in.info();
  if (encode) {
    EncoderOptions options;
    options.width = stream.width;
    options.height = stream.height;
    options.fps = stream.fps > 0 ? stream.fps : 15;
    auto opened = H264Encoder::open(options);
    if (!opened) {
      err << "anju-clip: " << opened.error().reason << "\n";
      return 1;
    }
    encoder = std::move(opened).value();
    stream = encoder->info();
  }
  ClipRecorder recorder(stream, window, SystemClock::instance());
  const auto wall_start = std::chrono::steady_clock::now();
  bool started = false;
  int reported = 0;
  std::string why;
  std::optional<RecordedClip> done;
  auto handle = [&](TimedPacket packet) {
    if (!started && packet.t >= at) {
      auto id = recorder.start(ClipMeta{}, output, packet.t);
      if (!id) {
        err << "anju-clip: " << id.error().reason << "\n";
        return false;
      }
      started = true;
    }
    const double t = packet.t;
    done = recorder.push(std::move(packet));
    if (started && !done && t - at >= reported + 1) {
      reported = static_cast<int>(t - at);
      out << "recording " << reported << std::endl;
    }
    return true;
  };
  PacketPtr packet = make_packet();
  std::vector<DecodedFrame> frames;
  std::vector<PacketPtr> encoded;
  while (!done) {
    const auto status = in.read(packet.get(), why);
    if (status != VideoReader::Read::kPacket) break;
    const double t = in.packet_seconds(packet.get());
    std::this_thread::sleep_until(wall_start + std::chrono::duration<double>(t / speed));
    if (!encoder) {
      if (!handle(TimedPacket{ref_packet(packet.get()), t})) return 1;
      continue;
    }
    frames.clear();
    if (!in.decode(packet.get(), frames, why)) continue;
    for (const auto& frame : frames) {
      encoded.clear();
      const auto pts = static_cast<int64_t>(std::llround(frame.t * 1000.0));
      if (!encoder->encode(frame.bgr, pts, encoded, why)) {
        err << "anju-clip: " << why << "\n";
        return 1;
      }
      for (auto& p : encoded) {
        const double pt = static_cast<double>(p->pts) / 1000.0;
        if (!handle(TimedPacket{std::move(p), pt})) return 1;
      }
    }
  }
  if (!done) done = recorder.finish();
  if (!done) {
    err << "anju-clip: the source ended before --at\n";
    return 1;
  }
  out << "done " << done->duration_s << std::endl;
  return done->error.empty() ? 0 : 1;
}

}  // namespace anju::vision::clips
