#pragma once
// What a finished recording is: its file, the event it is about, its wall-clock span and the
// detector's boxes per frame (for the review overlay). Written to the sidecar at finalisation.
#include <filesystem>
#include <memory>
#include <opencv2/core.hpp>
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
