#pragma once
// Completes a recorded clip for review: the privacy version (every frame through the privacy
// filter, re-encoded; in silhouette mode the detector's boxes stand in for the people), the
// thumbnail (the privacy-filtered frame at the event) and the JSON sidecar, written last so that
// a clip with a sidecar is a complete clip. Files appear by rename, never half-written.
#include <nlohmann/json.hpp>
#include <string>

#include "clips/clip_store.h"
#include "clips/recorded_clip.h"
#include "common/result.h"
#include "frame/privacy_filter.h"

namespace anju::vision::clips {

struct FinaliseTimes {
  double privacy_s = 0;  // decode, filter, encode
  double total_s = 0;
  int frames = 0;
};

// The sidecar of the clip contract.
nlohmann::json sidecar_json(const RecordedClip& clip);

Result<FinaliseTimes> finalise_clip(const RecordedClip& clip, const ClipPaths& paths,
                                    PrivacyMode mode);

}  // namespace anju::vision::clips
