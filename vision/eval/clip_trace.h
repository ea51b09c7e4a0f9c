#pragma once
// Debugging aid for the evaluator (--trace DIR): per clip, a CSV of every track in every frame
// (box, fall phase, head height) and a contact sheet of the processing frames with the foreground
// in red and tracks boxed (green watching, orange down, red fallen), two frames a second.
#include <cstdio>
#include <filesystem>
#include <opencv2/core.hpp>
#include <vector>

#include "camera/camera_analyzer.h"

namespace anju::vision::eval {

class ClipTrace {
 public:
  ClipTrace(const std::filesystem::path& dir, const std::string& clip_file);
  ~ClipTrace();
  ClipTrace(const ClipTrace&) = delete;
  ClipTrace& operator=(const ClipTrace&) = delete;

  void on_frame(const cv::Mat& frame, double t, const CameraAnalyzer& analyzer,
                const std::vector<Observation>& observations);

 private:
  std::filesystem::path sheet_path_;
  std::FILE* csv_ = nullptr;
  std::vector<cv::Mat> tiles_;
  double next_tile_t_ = 0;
};

}  // namespace anju::vision::eval
