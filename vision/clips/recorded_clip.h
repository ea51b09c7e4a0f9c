#pragma once
// What a finished recording is: its file, the event it is about, its wall-clock span and the
// detector's boxes per frame (for the review overlay). Written to the sidecar at finalisation.
#include <cmath>
#include <filesystem>
#include <memory>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <string>
#include <vector>

#include "common/clock.h"

namespace anju::vision::clips {

class PrivacyEncoder;

struct ClipMeta {
  std::string clip;  // clip id "<YYYY-MM-DD>/<name>"
  std::string camera;
  std::string room;
  std::string node;
  std::string event = "fall";
  TimestampMs event_ts = 0;  // wall clock, ms
};

struct FrameBoxes {
  double t = 0;  // seconds (stream time while recording; from clip start in a RecordedClip)
  std::vector<cv::Rect> boxes;
};

// The people the privacy filter hides at time `t`: the boxes of the analysed frame nearest to it
// (within half a second), filled into a mask of `size`; empty when no frame is that near. Frames
// are what the recorder keeps while recording or what a finished clip carries.
template <class Frames>
cv::Mat people_mask(const Frames& frames, double t, cv::Size size) {
  const FrameBoxes* nearest = nullptr;
  for (const FrameBoxes& frame : frames) {
    if (std::abs(frame.t - t) <= 0.5 &&
        (!nearest || std::abs(frame.t - t) < std::abs(nearest->t - t))) {
      nearest = &frame;
    }
  }
  if (!nearest || nearest->boxes.empty()) return {};
  cv::Mat mask(size, CV_8UC1, cv::Scalar(0));
  for (const auto& box : nearest->boxes) {
    cv::rectangle(mask, box & cv::Rect(0, 0, size.width, size.height), cv::Scalar(255), cv::FILLED);
  }
  return mask;
}

struct RecordedClip {
  ClipMeta meta;
  std::filesystem::path file;
  TimestampMs start_ts = 0;  // wall clock, ms
  TimestampMs end_ts = 0;
  double duration_s = 0;
  double event_offset_s = 0;  // the event, in seconds from the clip's start
  double fps = 0;
  int width = 0;
  int height = 0;
  std::int64_t packets = 0;
  std::vector<FrameBoxes> frames;
  std::string error;  // set when writing failed part-way (the file holds what was written)
  // The privacy version made while recording, to be finished (null: make it from the file).
  std::shared_ptr<PrivacyEncoder> privacy;
};

}  // namespace anju::vision::clips
