#include "daemon/clip_jobs.h"

#include <iostream>

#include "clips/clip_finaliser.h"

namespace anju::vision {

ClipJobs::ClipJobs(ClipSettings settings, node::EventSink& sink, const Clock& clock)
    : settings_(std::move(settings)), sink_(sink), clock_(clock), store_(settings_.root) {}

ClipJobs::~ClipJobs() {
  stop();
}

void ClipJobs::start() {
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { run(); });
}

void ClipJobs::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

Result<clips::ClipPaths> ClipJobs::new_clip(const std::string& camera, TimestampMs ts) {
  std::lock_guard lock(store_mutex_);
  return store_.new_clip(camera, "fall", ts);
}

std::string ClipJobs::reference(const std::string& clip_id) const {
  return settings_.node.empty() ? clip_id : settings_.node + "/" + clip_id;
}

void ClipJobs::submit(clips::RecordedClip clip, PrivacyMode mode, std::string room,
                      std::string camera) {
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(Job{std::move(clip), mode, std::move(room), std::move(camera)});
  }
  wake_.notify_all();
}

int ClipJobs::clips_ready() const {
  std::lock_guard lock(mutex_);
  return ready_;
}

int ClipJobs::clips_failed() const {
  std::lock_guard lock(mutex_);
  return failed_;
}

void ClipJobs::maintain() {
  std::lock_guard lock(store_mutex_);
  const auto report = store_.apply_retention(
      clips::RetentionPolicy{settings_.retention_days, settings_.max_bytes}, clock_.now_ms());
  for (const auto& id : report.deleted)
    std::cerr << "anju-vision: retention removed clip " << id << "\n";
  if (!report.kept_over_cap.empty()) {
    std::cerr << "anju-vision: clip store over its size cap with " << report.kept_over_cap.size()
              << " kept clip(s), which retention never removes\n";
  }
}

void ClipJobs::finalise(const Job& job) {
  const clips::ClipPaths paths = store_.paths(job.clip.meta.clip);
  if (!job.clip.error.empty()) {
    std::cerr << "anju-vision: clip " << paths.id << " was cut short: " << job.clip.error << "\n";
  }
  const auto done = clips::finalise_clip(job.clip, paths, job.mode);
  if (!done) {
    std::cerr << "anju-vision: clip " << paths.id << " not finalised: " << done.error().reason
              << "\n";
    std::lock_guard lock(mutex_);
    ++failed_;
    return;
  }
  protocol::Event e;
  e.type = protocol::EventType::kClipReady;
  e.room = job.room;
  e.device = job.camera;
  e.clip = reference(paths.id);
  e.clip_start_ts = job.clip.start_ts;
  e.clip_end_ts = job.clip.end_ts;
  sink_.publish(std::move(e));
  std::lock_guard lock(mutex_);
  ++ready_;
}

void ClipJobs::run() {
  {
    std::lock_guard lock(store_mutex_);
    const auto report = store_.check_integrity();
    for (const auto& problem : report.quarantined) {
      std::cerr << "anju-vision: clip " << problem.id << " is damaged (" << problem.reason
                << "), moved to " << problem.moved_to.string() << "\n";
    }
    for (const auto& id : report.unfinished) {
      std::cerr << "anju-vision: clip " << id << " was interrupted (it plays, without sidecar)\n";
    }
  }
  maintain();
  while (true) {
    Job job;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, nothing left
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    finalise(job);
    maintain();
  }
}

}  // namespace anju::vision
