#pragma once
// Frame -> people: scales the frame to the processing size, separates what moved from the
// background, and follows each person-sized blob. The fall detector and the zone rules both read
// its tracks.
#include <opencv2/core.hpp>
#include <vector>

#include "frame/frame_scaler.h"
#include "motion/background_model.h"
#include "motion/blob_extractor.h"
#include "tracking/person_tracker.h"

namespace anju::vision {

struct SceneParams {
  cv::Size processing_size{160, 120};
  BackgroundParams background;
  BlobParams blobs;
  TrackerParams tracker;
};

class SceneTracker {
 public:
  explicit SceneTracker(SceneParams params = {});

  // One frame (BGR or grey, any size) at time t in seconds, increasing. `held`: tracks to keep
  // while unseen. Returns false when the scene changed as a whole (lights) and tracking restarted.
  bool process(const cv::Mat& frame, double t, const std::vector<int>& held = {});

  const std::vector<Track>& tracks() const { return tracker_.tracks(); }
  // Foreground of the last frame at the processing size (0/255), specks removed.
  const cv::Mat& foreground() const { return blobs_.cleaned_mask(); }
  const FrameScaler& scaler() const { return scaler_; }
  cv::Size processing_size() const { return scaler_.processing_size(); }

 private:
  FrameScaler scaler_;
  BackgroundModel background_;
  BlobExtractor blobs_;
  PersonTracker tracker_;
  cv::Mat mask_;
};

}  // namespace anju::vision
