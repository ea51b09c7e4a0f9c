#pragma once
// The labelled clip list (../shared/data/falls/clips.csv): one clip a row, columns found by their
// header names; columns this code does not know are ignored, so the list may grow.
#include <filesystem>
#include <opencv2/core.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/result.h"

namespace anju::vision::eval {

struct ClipSpec {
  std::string file;     // below the clip root
  std::string dataset;  // groups the metrics
  bool is_fall = false;
  std::optional<double> fall_start_s;  // balance lost
  std::optional<double> fall_end_s;    // person down
  std::optional<cv::Rect> crop;        // applied to every frame before detection
  std::optional<double> fps;           // from the list; the container's rate is used if absent
};

// Splits one CSV line (RFC 4180 quoting: "a,b" and "" inside quotes).
std::vector<std::string> split_csv_line(const std::string& line);

Result<std::vector<ClipSpec>> parse_clip_list(const std::string& csv_text);
Result<std::vector<ClipSpec>> read_clip_list(const std::filesystem::path& csv_file);

}  // namespace anju::vision::eval
