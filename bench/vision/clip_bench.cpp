// Clip figures, one 640x480 15 fps camera, 40 s of stream with a fall at 10 s (10 s before,
// 20 s after: a 30 s clip), pictures from a shared UP-Fall recording:
//   clip_record_cpu_pct_copy    % of one core for the camera's recorder when it copies the
//                               camera's H.264 stream (demux, pre-event buffer, MP4 writing, and
//                               the privacy version made during the 30 s of recording)
//   clip_record_cpu_pct_encode  the same when the camera gives decoded frames only: libx264
//                               (ultrafast, one thread) on every frame, buffer, writing, privacy
//   clip_ready_s                wall time from the end of the post window to a complete clip
//                               (privacy version, thumbnail, sidecar)
#include <benchmark/benchmark.h>

#include <cmath>
#include <ctime>
#include <filesystem>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include "clips/clip_finaliser.h"
#include "clips/clip_recorder.h"
#include "clips/clip_store.h"
#include "clips/fmp4_writer.h"
#include "clips/h264_encoder.h"
#include "clips/video_reader.h"

namespace {

namespace fs = std::filesystem;
using namespace anju::vision::clips;

const fs::path kSource =
    fs::path(ANJU_SHARED_DIR) / "data" / "falls" / "upfall" / "S1_A01_T1_C1.mp4";
constexpr double kFps = 15;
constexpr double kStreamS = 40;
constexpr double kEventS = 10;

double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

fs::path work_dir() {
  const fs::path dir =
      fs::temp_directory_path() / ("anju-clip-bench-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

// The shared recording's frames, 640x480 BGR.
const std::vector<cv::Mat>& source_frames() {
  static const std::vector<cv::Mat> frames = [] {
    quiet_ffmpeg_logs();
    cv::setNumThreads(1);  // as anju-vision runs: a thread per camera, no OpenCV pool on top
    std::vector<cv::Mat> out;
    auto reader = VideoReader::open(kSource.string());
    if (!reader) return out;
    PacketPtr packet = make_packet();
    std::vector<DecodedFrame> decoded;
    std::string why;
    while (true) {
      const bool end = reader.value()->read(packet.get(), why) != VideoReader::Read::kPacket;
      reader.value()->decode(end ? nullptr : packet.get(), decoded, why);
      if (end) break;
    }
    for (auto& f : decoded) {
      if (f.bgr.size() != cv::Size(640, 480)) cv::resize(f.bgr, f.bgr, {640, 480});
      out.push_back(f.bgr);
    }
    return out;
  }();
  return frames;
}

// A camera's stream: the frames looped to 40 s, H.264 as an IP camera sends it (keyframe every
// 2 s, veryfast), in an MP4 file the bench demuxes as it would an RTSP stream.
const fs::path& camera_stream() {
  static const fs::path file = [] {
    const fs::path out = work_dir() / "camera.mp4";
    const auto& frames = source_frames();
    EncoderOptions options;
    options.width = 640;
    options.height = 480;
    options.fps = kFps;
    options.preset = "veryfast";
    options.keyframe_s = 2;
    auto encoder = H264Encoder::open(options);
    auto writer = Fmp4Writer::open(out, encoder.value()->info());
    std::vector<PacketPtr> packets;
    std::string why;
    const int count = static_cast<int>(kStreamS * kFps);
    for (int i = 0; i < count; ++i) {
      encoder.value()->encode(frames[static_cast<std::size_t>(i) % frames.size()],
                              std::llround(i * 1000.0 / kFps), packets, why);
    }
    encoder.value()->flush(packets, why);
    for (const auto& p : packets) writer.value()->write(p.get(), why);
    writer.value()->close(why);
    return out;
  }();
  return file;
}

ClipMeta meta_for(const ClipPaths& paths, anju::TimestampMs ts) {
  return ClipMeta{paths.id, "cam-bench", "101", "vision-bench", "fall", ts};
}

void BM_ClipRecordCopy(benchmark::State& state) {
  if (source_frames().empty()) {
    state.SkipWithError(("shared clip missing: " + kSource.string()).c_str());
    return;
  }
  const fs::path stream_file = camera_stream();
  ClipStore store(work_dir() / "store-copy");
  double cpu = 0, ready = 0;
  int runs = 0;
  for (auto _ : state) {
    const anju::ManualClock clock;
    const double cpu_before = process_cpu_seconds();
    auto reader = VideoReader::open(stream_file.string());
    if (!reader) {
      state.SkipWithError(reader.error().reason.c_str());
      return;
    }
    ClipRecorder recorder(reader.value()->info(), RecorderWindow{10, 20, 120, 5}, clock);
    ClipPaths paths;
    std::optional<RecordedClip> clip;
    std::string why;
    bool started = false;
    while (true) {
      PacketPtr packet = make_packet();
      if (reader.value()->read(packet.get(), why) != VideoReader::Read::kPacket) break;
      const double t = reader.value()->packet_seconds(packet.get());
      if (!started && t >= kEventS) {
        paths = store.new_clip("cam-bench", "fall", clock.now_ms()).value();
        recorder.start(meta_for(paths, clock.now_ms()), paths.mp4, t,
                       PrivacyTarget{anju::vision::PrivacyMode::kBlur, paths.privacy_mp4});
        started = true;
      }
      if (auto done = recorder.push(TimedPacket{std::move(packet), t})) clip = std::move(done);
    }
    cpu += process_cpu_seconds() - cpu_before;
    if (!clip) {
      state.SkipWithError("no clip was recorded");
      return;
    }
    // The post window ended with the packet that returned the clip: from here to complete.
    const auto start = std::chrono::steady_clock::now();
    auto finalised = finalise_clip(*clip, paths, anju::vision::PrivacyMode::kBlur);
    ready += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!finalised) {
      state.SkipWithError(finalised.error().reason.c_str());
      return;
    }
    ++runs;
  }
  state.counters["clip_record_cpu_pct_copy"] = 100.0 * cpu / (runs * kStreamS);
  state.counters["clip_ready_s"] = ready / runs;
}

void BM_ClipRecordEncode(benchmark::State& state) {
  const auto& frames = source_frames();
  if (frames.empty()) {
    state.SkipWithError(("shared clip missing: " + kSource.string()).c_str());
    return;
  }
  ClipStore store(work_dir() / "store-encode");
  double cpu = 0;
  int runs = 0;
  for (auto _ : state) {
    const anju::ManualClock clock;
    const double cpu_before = process_cpu_seconds();
    EncoderOptions options;
    options.width = 640;
    options.height = 480;
    options.fps = kFps;
    auto encoder = H264Encoder::open(options);
    ClipRecorder recorder(encoder.value()->info(), RecorderWindow{10, 20, 120, 5}, clock);
    std::vector<PacketPtr> packets;
    std::string why;
    bool started = false, recorded = false;
    const int count = static_cast<int>(kStreamS * kFps);
    for (int i = 0; i < count; ++i) {
      const auto pts = std::llround(i * 1000.0 / kFps);
      packets.clear();
      encoder.value()->encode(frames[static_cast<std::size_t>(i) % frames.size()], pts, packets,
                              why);
      for (auto& p : packets) {
        const double t = static_cast<double>(p->pts) / 1000.0;
        if (!started && t >= kEventS) {
          const auto paths = store.new_clip("cam-bench", "fall", clock.now_ms()).value();
          recorder.start(meta_for(paths, clock.now_ms()), paths.mp4, t,
                         PrivacyTarget{anju::vision::PrivacyMode::kBlur, paths.privacy_mp4});
          started = true;
        }
        if (auto clip = recorder.push(TimedPacket{std::move(p), t})) {
          // Finalisation is measured in the copy benchmark; its privacy work done here counts.
          recorded = true;
          clip->privacy.reset();
        }
      }
    }
    cpu += process_cpu_seconds() - cpu_before;
    if (!recorded) {
      state.SkipWithError("no clip was recorded");
      return;
    }
    ++runs;
  }
  state.counters["clip_record_cpu_pct_encode"] = 100.0 * cpu / (runs * kStreamS);
}

BENCHMARK(BM_ClipRecordCopy)->Iterations(3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClipRecordEncode)->Iterations(3)->Unit(benchmark::kMillisecond);

struct Cleanup {
  ~Cleanup() {
    std::error_code ec;
    fs::remove_all(fs::temp_directory_path() / ("anju-clip-bench-" + std::to_string(::getpid())),
                   ec);
  }
} cleanup;

}  // namespace

BENCHMARK_MAIN();
