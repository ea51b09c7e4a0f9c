#pragma once
// The node's clip store and the work that does not belong on a camera thread: at start an
// integrity check (damaged clips to quarantine, reported) and retention; then finalising each
// recorded clip (privacy version, thumbnail, sidecar) and publishing clip_ready when it is
// complete, with retention after each one. One thread for the whole node.
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

#include "camera/clip_settings.h"
#include "clips/clip_store.h"
#include "clips/recorded_clip.h"
#include "common/clock.h"
#include "node/event_sink.h"

namespace anju::vision {

class ClipJobs {
 public:
  ClipJobs(ClipSettings settings, node::EventSink& sink, const Clock& clock);
  ~ClipJobs();  // stop()s
  ClipJobs(const ClipJobs&) = delete;
  ClipJobs& operator=(const ClipJobs&) = delete;

  void start();
  // Finalises what is queued, then ends the thread.
  void stop();

  // Paths for a new clip (called from camera threads).
  Result<clips::ClipPaths> new_clip(const std::string& camera, TimestampMs ts);
  // "<node>/<clip id>", the reference events carry.
  std::string reference(const std::string& clip_id) const;
  // A recording is over: finalise it, then publish clip_ready for (room, camera).
  void submit(clips::RecordedClip clip, PrivacyMode mode, std::string room, std::string camera);

  // Figures for tests and logs.
  int clips_ready() const;
  int clips_failed() const;
  const ClipSettings& settings() const { return settings_; }

 private:
  struct Job {
    clips::RecordedClip clip;
    PrivacyMode mode = PrivacyMode::kBlur;
    std::string room;
    std::string camera;
  };
  void run();
  void maintain();
  void finalise(const Job& job);

  ClipSettings settings_;
  node::EventSink& sink_;
  const Clock& clock_;
  mutable std::mutex store_mutex_;  // naming new clips against retention
  clips::ClipStore store_;
  std::thread thread_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Job> queue_;
  bool stopping_ = false;
  int ready_ = 0;
  int failed_ = 0;
};

}  // namespace anju::vision
