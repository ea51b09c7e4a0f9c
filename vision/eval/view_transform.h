#pragma once
// Synthetic camera views made from the shared clips, to see how the detector does on cameras it
// was not tuned on: farther away (the picture shrunk inside a frame of the same size), a lower or
// higher mount (only a band of rows kept), dimmer light, IR night (grey, low contrast, sensor
// noise). Written as "scale=0.4,grey,gain=0.5,noise=6,rows=0.2-1".
#include <opencv2/core.hpp>
#include <string>

#include "common/result.h"

namespace anju::vision::eval {

struct ViewTransform {
  double scale = 1.0;  // picture shrunk by this, pasted bottom-centre (floor stays at the bottom)
  double row_from = 0.0;  // keep rows [row_from, row_to) of the frame (fractions), then scale
  double row_to = 1.0;
  bool grey = false;  // one channel, as an IR camera at night gives
  double gain = 1.0;  // brightness factor
  double noise = 0;   // Gaussian sensor noise, sigma in grey levels
  bool identity() const;
  bool operator==(const ViewTransform&) const = default;
};

// Errors (kConfig) name the part that is wrong.
Result<ViewTransform> parse_view(const std::string& text);
std::string to_string(const ViewTransform& view);

// The transformed frame; same size as the input (rows cut off are the exception: the band kept).
// rng gives the noise, so one seed per clip makes a run repeatable.
cv::Mat apply_view(const ViewTransform& view, const cv::Mat& frame, cv::RNG& rng);

}  // namespace anju::vision::eval
