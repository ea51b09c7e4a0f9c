#pragma once
// Hides who is in a picture, for review and export of clips: blur pixelates the whole frame
// coarsely enough that faces and skin cannot be recognised, silhouette shows the room as faint
// edges and people as flat grey shapes. Works on any frame; the silhouette needs a foreground mask
// (of any size, e.g. the detector's) to draw people, and shows the edges alone without one.
#include <opencv2/core.hpp>
#include <optional>
#include <string_view>

namespace anju::vision {

enum class PrivacyMode { kBlur, kSilhouette };

std::optional<PrivacyMode> parse_privacy_mode(std::string_view name);  // "blur" | "silhouette"

// frame: BGR or grey 8-bit. Returns a new BGR frame of the same size.
cv::Mat apply_privacy(const cv::Mat& frame, PrivacyMode mode, const cv::Mat& foreground = {});

}  // namespace anju::vision
