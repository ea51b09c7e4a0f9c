#pragma once
// Foreground mask -> person-sized blobs. A silhouette often breaks apart where clothes match the
// wall, so nearby pieces are joined before they are measured; specks and small far-away movement
// (a curtain, a pet, a person in the corridor behind a glass wall) are dropped by size.
#include <opencv2/core.hpp>
#include <vector>

namespace anju::vision {

struct Blob {
  cv::Rect box;   // processing pixels, tight around the foreground pixels
  int area = 0;   // foreground pixels
  int label = 0;  // its pixels in labels()
};

struct BlobParams {
  double join_fraction = 0.03;        // pieces closer than this share of the frame width are one
  double min_area_fraction = 0.002;   // of the frame
  double min_extent_fraction = 0.08;  // longer side over the frame height: a person lying at the
                                      // far wall is still longer than this
};

class BlobExtractor {
 public:
  explicit BlobExtractor(BlobParams params = {});
  // mask: CV_8UC1 0/255. Blobs sorted by area, largest first.
  std::vector<Blob> extract(const cv::Mat& mask);
  // The cleaned mask of the last call (specks removed), for the privacy silhouette and debugging.
  const cv::Mat& cleaned_mask() const { return cleaned_; }
  // CV_32SC1: which blob (Blob::label) each pixel of the cleaned mask belongs to.
  const cv::Mat& labels() const { return labels_; }

 private:
  BlobParams p_;
  cv::Mat cleaned_;
  cv::Mat joined_;
  cv::Mat labels_;
};

}  // namespace anju::vision
