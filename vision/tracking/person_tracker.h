#pragma once
// Follows foreground blobs from frame to frame so each person keeps an id and a short history of
// boxes. Deliberately simple (rooms hold one to a few people): a track takes every blob that
// overlaps where it was, which also glues a silhouette back together when it breaks apart.
//
// A track measures only the blobs that were active recently compared with its most active blob:
// what a person leaves behind (the "ghost" of where they stood when the camera started, a chair
// they moved) stops changing the moment they leave it, while the person keeps moving for a while
// even when they end up lying still.
#include <deque>
#include <opencv2/core.hpp>
#include <vector>

#include "motion/blob_extractor.h"

namespace anju::vision {

struct TrackSample {
  double t = 0;
  cv::Rect box;   // processing pixels
  int area = 0;
};

struct Track {
  int id = 0;
  double first_seen = 0;
  double last_seen = 0;
  double last_active = 0;           // latest pixel change inside what the track measured
  cv::Rect box;                     // latest measured box
  std::deque<TrackSample> history;  // measured samples, oldest first, bounded by history_s
  bool seen_now = false;            // measured in the latest frame
};

struct TrackerParams {
  double history_s = 10.0;  // how much of its past a track keeps
  double lost_s = 1.5;      // a track not seen this long is dropped (unless held)
  double grow = 0.15;       // a blob belongs to a track if it overlaps its box grown by this share
  double stale_s = 0.6;     // blobs this much less recently active than the track's newest are
                            // remains, not the person
};

class PersonTracker {
 public:
  explicit PersonTracker(TrackerParams params = {});

  // Blobs of one frame at time t (seconds). `held` lists track ids that must not be dropped while
  // unseen (a fallen person fading into the background).
  void update(const std::vector<Blob>& blobs, double t, const std::vector<int>& held = {});
  const std::vector<Track>& tracks() const { return tracks_; }
  void clear() { tracks_.clear(); }

 private:
  // Claims the unclaimed blobs within reach; returns false if there were none.
  bool measure(Track& track, const cv::Rect& reach, const std::vector<Blob>& blobs,
               std::vector<bool>& claimed, double t) const;

  TrackerParams p_;
  std::vector<Track> tracks_;
  int next_id_ = 1;
};

}  // namespace anju::vision
