#include "tracking/scene_tracker.h"

namespace anju::vision {

SceneTracker::SceneTracker(SceneParams params)
    : scaler_(params.processing_size),
      background_(params.background),
      blobs_(params.blobs),
      tracker_(params.tracker) {}

bool SceneTracker::process(const cv::Mat& frame, double t, const std::vector<int>& held) {
  const cv::Mat& small = scaler_.scale(frame);
  const bool same_scene = background_.apply(small, t, mask_);
  if (!same_scene) tracker_.clear();
  const auto blobs = blobs_.extract(mask_);
  tracker_.update(blobs, {blobs_.cleaned_mask(), blobs_.labels(), background_.last_change()}, t,
                  held);
  return same_scene;
}

}  // namespace anju::vision
