#include "motion/blob_extractor.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace anju::vision {
BlobExtractor::BlobExtractor(BlobParams params) : p_(params) {}

std::vector<Blob> BlobExtractor::extract(const cv::Mat& mask) {
  static const cv::Mat kSpeck = cv::getStructuringElement(cv::MORPH_RECT, {3, 3});
  cv::morphologyEx(mask, cleaned_, cv::MORPH_OPEN, kSpeck);
  const int gap = std::max(1, static_cast<int>(p_.join_fraction * mask.cols + 0.5));
  const cv::Mat join = cv::getStructuringElement(cv::MORPH_ELLIPSE, {2 * gap + 1, 2 * gap + 1});
  cv::dilate(cleaned_, joined_, join);
  const int count = cv::connectedComponents(joined_, labels_, 8, CV_32S);

  // Measure the pieces on the cleaned mask: the dilation only decides what belongs together.
  std::vector<Blob> pieces(static_cast<std::size_t>(count));
  std::vector<cv::Point> lo(pieces.size(), {mask.cols, mask.rows});
  std::vector<cv::Point> hi(pieces.size(), {-1, -1});
  for (int y = 0; y < mask.rows; ++y) {
    const std::uint8_t* m = cleaned_.ptr<std::uint8_t>(y);
    const int* l = labels_.ptr<int>(y);
    for (int x = 0; x < mask.cols; ++x) {
      if (!m[x]) continue;
      const auto i = static_cast<std::size_t>(l[x]);
      ++pieces[i].area;
      lo[i].x = std::min(lo[i].x, x);
      lo[i].y = std::min(lo[i].y, y);
      hi[i].x = std::max(hi[i].x, x);
      hi[i].y = std::max(hi[i].y, y);
    }
  }
  std::vector<Blob> blobs;
  for (std::size_t i = 1; i < pieces.size(); ++i) {
    if (pieces[i].area == 0) continue;
    pieces[i].box = cv::Rect(lo[i], hi[i] + cv::Point(1, 1));
    pieces[i].label = static_cast<int>(i);
    blobs.push_back(pieces[i]);
  }
  const double min_area = p_.min_area_fraction * static_cast<double>(mask.total());
  const double min_extent = p_.min_extent_fraction * mask.rows;
  std::erase_if(blobs, [&](const Blob& b) {
    return b.area < min_area || std::max(b.box.width, b.box.height) < min_extent;
  });
  std::sort(blobs.begin(), blobs.end(),
            [](const Blob& a, const Blob& b) { return a.area > b.area; });
  return blobs;
}

}  // namespace anju::vision
