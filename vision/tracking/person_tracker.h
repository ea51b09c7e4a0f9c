#pragma once
// Follows foreground blobs from frame to frame so each person keeps an id and a short history of
// boxes. Deliberately simple (rooms hold one to a few people): a track takes every blob that
// overlaps where it was, which also glues a silhouette back together when it breaks apart.
//
// Besides the box of everything it claims, a track measures its active part: the pixels that
// changed in the last fraction of a second. A box can hold what a person left behind (the "ghost"
// of where they stood when the camera started, a door they pushed), but the active part is where
// the person is moving now.
#include <deque>
#include <opencv2/core.hpp>
#include <vector>

#include "motion/blob_extractor.h"

namespace anju::vision {

struct TrackSample {
  double t = 0;
  cv::Rect box;         // processing pixels, everything the track claims
  int area = 0;         // foreground pixels in it
  cv::Rect active_box;  // pixels that changed within active_s (empty if none)
  int active_area = 0;
};

struct Track {
  int id = 0;
  double first_seen = 0;
  double last_seen = 0;
  cv::Rect box;                     // latest measured box
  std::deque<TrackSample> history;  // measured samples, oldest first, bounded by history_s
  bool seen_now = false;            // measured in the latest frame
};

struct TrackerParams {
  double history_s = 10.0;  // how much of its past a track keeps
  double lost_s = 1.5;      // a track not seen this long is dropped (unless held)
  double grow = 0.15;       // a blob belongs to a track if it overlaps its box grown by this share
  double active_s = 0.3;    // pixels that changed this recently are the active part
};

// Pixels behind the blobs of one frame.
struct BlobPixels {
  const cv::Mat& mask;         // CV_8UC1 cleaned foreground
  const cv::Mat& labels;       // CV_32SC1 Blob::label per pixel
  const cv::Mat& last_change;  // CV_64FC1 time each pixel last changed
};

class PersonTracker {
 public:
  explicit PersonTracker(TrackerParams params = {});

  // Blobs of one frame at time t (seconds). `held` lists track ids that must not be dropped while
  // unseen (a fallen person fading into the background).
  void update(const std::vector<Blob>& blobs, const BlobPixels& pixels, double t,
              const std::vector<int>& held = {});
  const std::vector<Track>& tracks() const { return tracks_; }
  void clear() { tracks_.clear(); }

 private:
  // Claims the unclaimed blobs within reach and measures the body among them; false if none.
  bool measure(Track& track, const cv::Rect& reach, const std::vector<Blob>& blobs,
               const BlobPixels& pixels, std::vector<bool>& claimed, double t);

  TrackerParams p_;
  std::vector<Track> tracks_;
  int next_id_ = 1;
};

}  // namespace anju::vision
