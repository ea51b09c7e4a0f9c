#include "clips/clip_finaliser.h"

#include <chrono>
#include <cmath>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "clips/fmp4_writer.h"
#include "clips/h264_encoder.h"
#include "clips/privacy_encoder.h"
#include "clips/video_reader.h"

namespace anju::vision::clips {
namespace fs = std::filesystem;
namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

Error io(const std::string& what) {
  return Error{ErrorCode::kIo, what};
}

bool write_text(const fs::path& file, const std::string& text) {
  const fs::path tmp = fs::path(file) += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) return false;
  }
  std::error_code ec;
  fs::rename(tmp, file, ec);
  return !ec;
}

// Finishes the privacy version made while recording, or makes it from the original file.
Result<int> make_privacy_version(const RecordedClip& clip, const ClipPaths& paths, PrivacyMode mode,
                                 cv::Mat& thumbnail) {
  const PeopleMask mask = [&clip](double t, cv::Size size) {
    return people_mask(clip.frames, t, size);
  };
  std::shared_ptr<PrivacyEncoder> privacy = clip.privacy;
  if (privacy && privacy->finish(mask)) {
    thumbnail = privacy->thumbnail();
    return privacy->frames();
  }
  if (privacy) privacy->abandon();
  auto reader = VideoReader::open(clip.file.string());
  if (!reader) return reader.error();
  VideoReader& in = *reader.value();
  auto opened = PrivacyEncoder::open(in.info(), paths.privacy_mp4, mode, clip.event_offset_s);
  if (!opened) return opened.error();
  PrivacyEncoder& encoder = *opened.value();
  PacketPtr packet = make_packet();
  std::string why;
  while (true) {
    const auto status = in.read(packet.get(), why);
    if (status == VideoReader::Read::kError) return io(clip.file.string() + ": " + why);
    if (status == VideoReader::Read::kEnd) break;
    encoder.add(packet.get());
    if (!encoder.work(encoder.queued(), mask)) return io(encoder.error());
  }
  if (!encoder.finish(mask)) return io(encoder.error());
  thumbnail = encoder.thumbnail();
  return encoder.frames();
}

}  // namespace

nlohmann::json sidecar_json(const RecordedClip& clip) {
  nlohmann::json frames = nlohmann::json::array();
  for (const auto& frame : clip.frames) {
    nlohmann::json boxes = nlohmann::json::array();
    for (const auto& b : frame.boxes) boxes.push_back({b.x, b.y, b.width, b.height});
    frames.push_back({{"t", std::round(frame.t * 1000.0) / 1000.0}, {"boxes", boxes}});
  }
  return {
      {"clip", clip.meta.clip},    {"camera", clip.meta.camera}, {"room", clip.meta.room},
      {"node", clip.meta.node},    {"event", clip.meta.event},   {"event_ts", clip.meta.event_ts},
      {"start_ts", clip.start_ts}, {"end_ts", clip.end_ts},      {"fps", clip.fps},
      {"width", clip.width},       {"height", clip.height},      {"keep", false},
      {"frames", frames}};
}

Result<FinaliseTimes> finalise_clip(const RecordedClip& clip, const ClipPaths& paths,
                                    PrivacyMode mode) {
  const auto start = std::chrono::steady_clock::now();
  FinaliseTimes times;
  cv::Mat thumbnail;
  auto privacy = make_privacy_version(clip, paths, mode, thumbnail);
  if (!privacy) return privacy.error();
  times.frames = privacy.value();
  times.privacy_s = seconds_since(start);
  if (!thumbnail.empty()) {
    const fs::path tmp = fs::path(paths.jpg) += ".tmp.jpg";
    if (!cv::imwrite(tmp.string(), thumbnail, {cv::IMWRITE_JPEG_QUALITY, 85})) {
      return io("cannot write " + tmp.string());
    }
    std::error_code ec;
    fs::rename(tmp, paths.jpg, ec);
    if (ec) return io("cannot rename " + tmp.string() + ": " + ec.message());
  }
  nlohmann::json sidecar = sidecar_json(clip);
  sidecar["keep"] = fs::exists(paths.keep);
  if (!write_text(paths.json, sidecar.dump(2) + "\n")) {
    return io("cannot write " + paths.json.string());
  }
  times.total_s = seconds_since(start);
  return times;
}

}  // namespace anju::vision::clips
