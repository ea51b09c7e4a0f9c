#include "daemon/camera_worker.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <iostream>
#include <optional>

#include "bus/backoff.h"
#include "camera/camera_analyzer.h"
#include "daemon/camera_clips.h"
#include "daemon/camera_source.h"
#include "daemon/observation_events.h"

namespace anju::vision {
namespace {

using SteadyClock = std::chrono::steady_clock;

LocalTime local_now() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return {tm.tm_hour * 60 + tm.tm_min, tm.tm_wday};
}

double seconds_since(SteadyClock::time_point start) {
  return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

// The people the tracker follows, in the frame's pixels (the clip overlay).
std::vector<cv::Rect> people_boxes(const CameraAnalyzer& analyzer) {
  std::vector<cv::Rect> boxes;
  for (const auto& track : analyzer.scene().tracks()) {
    const cv::Rect2d box = analyzer.scene().scaler().to_input(track.box);
    boxes.emplace_back(cv::Rect(
        static_cast<int>(std::lround(box.x)), static_cast<int>(std::lround(box.y)),
        static_cast<int>(std::lround(box.width)), static_cast<int>(std::lround(box.height))));
  }
  return boxes;
}

}  // namespace

CameraWorker::CameraWorker(CameraConfig config, node::EventSink& sink, ClipJobs* clips)
    : config_(std::move(config)), sink_(sink), clips_(clips) {}

CameraWorker::~CameraWorker() {
  stop();
}

void CameraWorker::start() {
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { run(); });
}

void CameraWorker::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

CameraStats CameraWorker::stats() const {
  std::lock_guard lock(mutex_);
  return stats_;
}

bool CameraWorker::wait(std::chrono::milliseconds ms) {
  std::unique_lock lock(mutex_);
  return !wake_.wait_for(lock, ms, [this] { return stopping_.load(); });
}

std::string CameraWorker::stream(CameraSource& source) {
  CameraAnalyzer analyzer(config_.detector, config_.zones);
  const auto start = SteadyClock::now();
  const double interval = 1.0 / config_.max_fps;
  // Files play at their own rate, as a camera would deliver them.
  const double file_interval =
      source.is_file() && source.native_fps() > 0 ? 1.0 / source.native_fps() : 0.0;
  double next_due = 0;  // analyse on a fixed schedule, so 18 fps in with 15 allowed gives 15
  double next_file_frame = 0;
  cv::Mat frame;
  std::string why;
  // Incident clips: fed every frame read, so the pre-event buffer has the camera's full rate.
  std::optional<CameraClips> clips;
  if (clips_ && config_.clips.enabled) clips.emplace(config_, *clips_, SystemClock::instance());
  while (!stopping_) {
    if (file_interval > 0) {
      const double ahead = next_file_frame - seconds_since(start);
      if (ahead > 0 && !wait(std::chrono::milliseconds(static_cast<int>(ahead * 1000)))) break;
      next_file_frame += file_interval;
    }
    if (source.read(frame, why) != CameraSource::Read::kFrame) return why;
    const double t = seconds_since(start);
    if (clips) clips->on_frame(source, frame, t);
    bool first = false;
    {
      std::lock_guard lock(mutex_);
      ++stats_.frames_read;
      first = !stats_.online;
      stats_.online = true;
      if (t < next_due) {
        ++stats_.frames_dropped;
        continue;
      }
      ++stats_.frames_analysed;
    }
    if (first && stats_.reconnects > 0) sink_.publish(camera_status_event(config_, true));
    next_due = std::max(next_due + interval, t - interval);  // no burst after a stall
    const auto observations = analyzer.process(frame, t, local_now());
    if (clips) clips->on_analysed(people_boxes(analyzer));
    for (const auto& observation : observations) {
      protocol::Event event = event_for(observation, config_);
      if (clips && observation.kind == ObservationKind::kFall) event.clip = clips->on_fall();
      if (clips && observation.kind == ObservationKind::kFallCleared) clips->on_fall_cleared();
      sink_.publish(std::move(event));
    }
  }
  return {};
}

void CameraWorker::run() {
  bus::Backoff backoff(std::chrono::seconds(1), std::chrono::seconds(30));
  bool reported_offline = false;
  while (!stopping_) {
    CameraSource source(config_);
    std::string why;
    if (source.open(why)) {
      why = stream(source);
      if (stopping_) break;
      backoff.reset();  // it worked for a while: retry quickly first
    }
    bool was_online = false;
    {
      std::lock_guard lock(mutex_);
      was_online = stats_.online;
      stats_.online = false;
      ++stats_.reconnects;
    }
    if (was_online || !reported_offline) {
      std::cerr << "anju-vision: camera " << config_.id << " offline: " << why << std::endl;
      sink_.publish(camera_status_event(config_, false, why));
      reported_offline = true;
    }
    if (!wait(backoff.next())) break;
  }
}

}  // namespace anju::vision
