#pragma once
// One camera's pipeline on its own thread: read frames, analyse at most max_fps of them, turn
// observations into events. A camera that cannot be opened or stops delivering is reported
// offline once and retried with growing, jittered delays (1 s .. 30 s); when frames flow again it
// is reported online and analysis starts afresh (the view may have changed).
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

#include "camera/camera_config.h"
#include "node/event_sink.h"

namespace anju::vision {

class ClipJobs;

struct CameraStats {
  std::uint64_t frames_read = 0;
  std::uint64_t frames_analysed = 0;
  std::uint64_t frames_dropped = 0;  // read but skipped to keep to max_fps
  std::uint64_t reconnects = 0;
  bool online = false;
};

class CameraWorker {
 public:
  // clips: where finished incident clips go (nullptr: this node records none).
  CameraWorker(CameraConfig config, node::EventSink& sink, ClipJobs* clips = nullptr);
  ~CameraWorker();  // stop()s
  CameraWorker(const CameraWorker&) = delete;
  CameraWorker& operator=(const CameraWorker&) = delete;

  void start();
  void stop();
  CameraStats stats() const;
  const CameraConfig& config() const { return config_; }

 private:
  void run();
  // Analyses frames until the source fails or stop(); returns the reason it failed.
  std::string stream(class CameraSource& source);
  // Sleeps up to `ms`, returns early (false) on stop().
  bool wait(std::chrono::milliseconds ms);

  CameraConfig config_;
  node::EventSink& sink_;
  ClipJobs* clips_;
  std::thread thread_;
  std::atomic<bool> stopping_{false};
  mutable std::mutex mutex_;  // stats_, wake-ups
  std::condition_variable wake_;
  CameraStats stats_;
};

}  // namespace anju::vision
