#pragma once
// One camera's incident clips, on the camera's thread: every frame's packets go through the
// recorder's pre-event buffer (the camera's own H.264 copied when the source has it; otherwise
// the frames are encoded with libx264), a fall starts a clip (or joins the one recording), the
// clip runs on while the person stays down, and a finished recording goes to ClipJobs.
#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

#include "camera/camera_config.h"
#include "clips/clip_recorder.h"
#include "clips/h264_encoder.h"
#include "common/clock.h"
#include "daemon/camera_source.h"
#include "daemon/clip_jobs.h"

namespace anju::vision {

class CameraClips {
 public:
  CameraClips(const CameraConfig& camera, ClipJobs& jobs, const Clock& clock);
  ~CameraClips();  // end()s

  // A frame was read (every frame, analysed or not). `t` is the worker's own clock (seconds),
  // used as the timeline when the source has no encoded stream.
  void on_frame(CameraSource& source, const cv::Mat& frame, double t);
  // The detector's people on the frame just analysed (frame pixels).
  void on_analysed(const std::vector<cv::Rect>& boxes);
  // A fall on the current frame: returns the clip reference for the event ("" if none).
  std::string on_fall();
  void on_fall_cleared() { fall_active_ = false; }
  // The source went away or the worker stops: the clip being recorded is finished.
  void end();

  bool copying() const { return copying_; }

 private:
  bool ensure_recorder(CameraSource& source, const cv::Mat& frame);
  void push(clips::TimedPacket packet);
  void hand_over(std::optional<clips::RecordedClip> clip);

  const CameraConfig& camera_;
  ClipJobs& jobs_;
  const Clock& clock_;
  std::unique_ptr<clips::ClipRecorder> recorder_;
  std::unique_ptr<clips::H264Encoder> encoder_;
  bool copying_ = false;
  bool broken_ = false;  // the encoder could not start: no clips from this source
  cv::Point offset_;     // frame pixels to clip pixels (a crop, when copying the full picture)
  double t_ = 0;         // current frame on the clip timeline
  bool fall_active_ = false;
};

}  // namespace anju::vision
