#include "daemon/vision_node.h"

#include <chrono>

namespace anju::vision {
namespace {

double steady_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

VisionNode::VisionNode(const NodeConfig& config, node::EventSink& sink) {
  if (config.clips.enabled) {
    clips_ = std::make_unique<ClipJobs>(config.clips, sink, SystemClock::instance());
  }
  for (const auto& camera : config.cameras) {
    workers_.push_back(std::make_unique<CameraWorker>(camera, sink, clips_.get()));
  }
  last_analysed_.assign(workers_.size(), 0);
}

void VisionNode::start() {
  last_sample_s_ = steady_seconds();
  if (clips_) clips_->start();
  for (auto& worker : workers_) worker->start();
}

void VisionNode::stop() {
  for (auto& worker : workers_) worker->stop();
  if (clips_) clips_->stop();  // after the workers: it finalises the clips they ended
}

std::vector<CameraStats> VisionNode::camera_stats() const {
  std::vector<CameraStats> out;
  for (const auto& worker : workers_) out.push_back(worker->stats());
  return out;
}

std::vector<std::pair<std::string, double>> VisionNode::heartbeat_stats() {
  const double now = steady_seconds();
  const double elapsed = last_sample_s_ > 0 ? now - last_sample_s_ : 0;
  last_sample_s_ = now;
  double total_fps = 0, dropped = 0, online = 0;
  std::vector<std::pair<std::string, double>> per_camera;
  for (std::size_t i = 0; i < workers_.size(); ++i) {
    const CameraStats s = workers_[i]->stats();
    const double fps =
        elapsed > 0 ? static_cast<double>(s.frames_analysed - last_analysed_[i]) / elapsed : 0;
    last_analysed_[i] = s.frames_analysed;
    total_fps += fps;
    dropped += static_cast<double>(s.frames_dropped);
    online += s.online ? 1 : 0;
    const std::string& id = workers_[i]->config().id;
    per_camera.emplace_back(id + ".fps", fps);
    per_camera.emplace_back(id + ".online", s.online ? 1 : 0);
  }
  std::vector<std::pair<std::string, double>> out = {
      {"cameras", static_cast<double>(workers_.size())},
      {"cameras_online", online},
      {"fps", total_fps},
      {"dropped", dropped}};
  if (clips_) out.emplace_back("clips_ready", clips_->clips_ready());
  out.insert(out.end(), per_camera.begin(), per_camera.end());
  return out;
}

std::vector<metrics::Family> VisionNode::metrics() const {
  using metrics::Family;
  const auto per_camera = [this](std::string name, std::string help, std::string type, auto value) {
    Family f{std::move(name), std::move(help), std::move(type), {}, 0};
    for (const auto& worker : workers_)
      f.samples.push_back({metrics::label("camera", worker->config().id),
                           static_cast<double>(value(worker->stats()))});
    return f;
  };
  std::vector<Family> out{
      per_camera("anju_vision_frames_read_total", "frames read from the camera", "counter",
                 [](const CameraStats& s) { return s.frames_read; }),
      per_camera("anju_vision_frames_analysed_total", "frames the detectors analysed", "counter",
                 [](const CameraStats& s) { return s.frames_analysed; }),
      per_camera("anju_vision_frames_dropped_total", "frames skipped to keep to the camera's fps",
                 "counter", [](const CameraStats& s) { return s.frames_dropped; }),
      per_camera("anju_vision_camera_reconnects_total", "times the stream was opened again",
                 "counter", [](const CameraStats& s) { return s.reconnects; }),
      per_camera("anju_vision_camera_online", "1 while frames arrive", "gauge",
                 [](const CameraStats& s) { return s.online ? 1 : 0; })};
  if (clips_) {
    out.push_back(metrics::counter("anju_vision_clips_ready_total", "incident clips completed",
                                   clips_->clips_ready()));
    out.push_back(metrics::counter("anju_vision_clips_failed_total",
                                   "incident clips that could not be written",
                                   clips_->clips_failed()));
  }
  return out;
}

}  // namespace anju::vision
