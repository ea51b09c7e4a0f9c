#pragma once
// Incident clip settings (docs/vision.md, "Clips"). The node-level "clips" section turns
// recording on and names the store; a camera's own "clips" section may change its windows and
// privacy mode:
//   "clips": {"root": "/var/lib/anju/clips", "pre_s": 10, "post_s": 20, "privacy": "blur",
//             "retention_days": 30, "max_gb": 50}
//   camera: "clips": {"pre_s": 15, "post_s": 30, "privacy": "silhouette", "enabled": false}
#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "common/result.h"
#include "frame/privacy_filter.h"

namespace anju::vision {

struct ClipSettings {
  bool enabled = false;
  std::filesystem::path root;
  double pre_s = 10;
  double post_s = 20;
  PrivacyMode privacy = PrivacyMode::kBlur;
  int retention_days = 30;
  std::uintmax_t max_bytes = 0;  // 0: no size cap
  std::string node;              // the vision node's id, for clip references (set at start)
};

// The node section (relative roots are taken relative to base_dir).
Result<ClipSettings> parse_node_clip_settings(const nlohmann::json& json,
                                              const std::filesystem::path& base_dir);
// A camera's section on top of the node's settings.
Result<ClipSettings> parse_camera_clip_settings(const nlohmann::json& json, ClipSettings node);

}  // namespace anju::vision
