#include "tracking/person_tracker.h"

#include <algorithm>

namespace anju::vision {
namespace {

cv::Rect grown(const cv::Rect& r, double share) {
  const int gx = static_cast<int>(r.width * share + 1);
  const int gy = static_cast<int>(r.height * share + 1);
  return {r.x - gx, r.y - gy, r.width + 2 * gx, r.height + 2 * gy};
}

}  // namespace

PersonTracker::PersonTracker(TrackerParams params) : p_(params) {}

bool PersonTracker::measure(Track& track, const cv::Rect& reach, const std::vector<Blob>& blobs,
                            std::vector<bool>& claimed, double t) const {
  std::vector<std::size_t> mine;
  double newest = -1e300;
  for (std::size_t i = 0; i < blobs.size(); ++i) {
    if (claimed[i] || (blobs[i].box & reach).area() == 0) continue;
    claimed[i] = true;
    mine.push_back(i);
    newest = std::max(newest, blobs[i].last_active);
  }
  if (mine.empty()) return false;
  cv::Rect box;
  int area = 0;
  for (const std::size_t i : mine) {
    if (blobs[i].last_active < newest - p_.stale_s) continue;
    box = area == 0 ? blobs[i].box : (box | blobs[i].box);
    area += blobs[i].area;
  }
  track.box = box;
  track.last_seen = t;
  track.last_active = newest;
  track.seen_now = true;
  track.history.push_back({t, box, area});
  while (!track.history.empty() && track.history.front().t < t - p_.history_s) {
    track.history.pop_front();
  }
  return true;
}

void PersonTracker::update(const std::vector<Blob>& blobs, double t, const std::vector<int>& held) {
  std::vector<bool> claimed(blobs.size(), false);
  // Older tracks choose first: they are the people already known.
  std::sort(tracks_.begin(), tracks_.end(),
            [](const Track& a, const Track& b) { return a.first_seen < b.first_seen; });
  for (auto& track : tracks_) {
    track.seen_now = false;
    measure(track, grown(track.box, p_.grow), blobs, claimed, t);
  }
  std::erase_if(tracks_, [&](const Track& track) {
    const bool is_held = std::find(held.begin(), held.end(), track.id) != held.end();
    return !is_held && t - track.last_seen > p_.lost_s;
  });
  // What is left starts new tracks, largest blob first, each taking the pieces near it.
  for (std::size_t i = 0; i < blobs.size(); ++i) {
    if (claimed[i]) continue;
    Track track;
    track.id = next_id_++;
    track.first_seen = t;
    measure(track, grown(blobs[i].box, p_.grow), blobs, claimed, t);
    tracks_.push_back(std::move(track));
  }
}

}  // namespace anju::vision
