#pragma once
// A vision node: one CameraWorker per configured camera, all publishing through one sink, the
// clip store's jobs when the config records clips, and the figures its heartbeat carries
// (analysed fps, dropped frames, cameras online, clips ready).
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "camera/camera_config.h"
#include "daemon/camera_worker.h"
#include "daemon/clip_jobs.h"
#include "metrics/metrics.h"
#include "node/event_sink.h"

namespace anju::vision {

class VisionNode {
 public:
  VisionNode(const NodeConfig& config, node::EventSink& sink);
  void start();
  void stop();

  // {"cameras", "cameras_online", "fps", "dropped", "<camera>.fps", "<camera>.online"}; fps is
  // frames analysed per second since the previous call.
  std::vector<std::pair<std::string, double>> heartbeat_stats();
  std::vector<CameraStats> camera_stats() const;
  // Operators' metrics (docs/operations.md, "Metrics"): per camera frames read, analysed and
  // dropped, reconnects and whether it is online; clips ready and failed. Any thread.
  std::vector<metrics::Family> metrics() const;
  const ClipJobs* clips() const { return clips_.get(); }

 private:
  std::unique_ptr<ClipJobs> clips_;  // before the workers: they hand clips to it
  std::vector<std::unique_ptr<CameraWorker>> workers_;
  std::vector<std::uint64_t> last_analysed_;
  double last_sample_s_ = -1;
};

}  // namespace anju::vision
