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
                            const BlobPixels& pixels, std::vector<bool>& claimed, double t) {
  std::vector<int> mine;
  cv::Rect area_of_interest;
  for (std::size_t i = 0; i < blobs.size(); ++i) {
    if (claimed[i] || (blobs[i].box & reach).area() == 0) continue;
    claimed[i] = true;
    mine.push_back(blobs[i].label);
    area_of_interest = mine.size() == 1 ? blobs[i].box : (area_of_interest | blobs[i].box);
  }
  if (mine.empty()) return false;
  auto is_mine = [&mine](int label) {
    return std::find(mine.begin(), mine.end(), label) != mine.end();
  };

  cv::Point lo(area_of_interest.br()), hi(area_of_interest.tl() - cv::Point(1, 1));
  int area = 0, active_area = 0;
  for (int y = area_of_interest.y; y < area_of_interest.br().y; ++y) {
    const std::uint8_t* m = pixels.mask.ptr<std::uint8_t>(y);
    const int* l = pixels.labels.ptr<int>(y);
    const double* changed = pixels.last_change.ptr<double>(y);
    for (int x = area_of_interest.x; x < area_of_interest.br().x; ++x) {
      if (!m[x] || !is_mine(l[x])) continue;
      ++area;
      if (t - changed[x] > p_.active_s) continue;
      ++active_area;
      lo = {std::min(lo.x, x), std::min(lo.y, y)};
      hi = {std::max(hi.x, x), std::max(hi.y, y)};
    }
  }
  track.box = area_of_interest;
  track.last_seen = t;
  track.seen_now = true;
  const cv::Rect active_box = active_area ? cv::Rect(lo, hi + cv::Point(1, 1)) : cv::Rect();
  track.history.push_back({t, track.box, area, active_box, active_area});
  while (!track.history.empty() && track.history.front().t < t - p_.history_s) {
    track.history.pop_front();
  }
  return true;
}

void PersonTracker::update(const std::vector<Blob>& blobs, const BlobPixels& pixels, double t,
                           const std::vector<int>& held) {
  std::vector<bool> claimed(blobs.size(), false);
  // Older tracks choose first: they are the people already known.
  std::sort(tracks_.begin(), tracks_.end(),
            [](const Track& a, const Track& b) { return a.first_seen < b.first_seen; });
  for (auto& track : tracks_) {
    track.seen_now = false;
    measure(track, grown(track.box, p_.grow), blobs, pixels, claimed, t);
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
    if (measure(track, grown(blobs[i].box, p_.grow), blobs, pixels, claimed, t) && track.seen_now) {
      tracks_.push_back(std::move(track));
    }
  }
}

}  // namespace anju::vision
