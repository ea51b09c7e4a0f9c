#include "camera/clip_settings.h"

#include <cmath>
#include <set>

namespace anju::vision {
namespace {

Error bad_clips(const std::string& why) {
  return Error{ErrorCode::kConfig, "clips: " + why};
}

Result<bool> unknown_keys(const nlohmann::json& j, const std::set<std::string>& keys) {
  if (!j.is_object()) return bad_clips("must be an object");
  for (const auto& [key, value] : j.items()) {
    if (!keys.count(key)) return bad_clips("unknown key '" + key + "'");
  }
  return true;
}

// pre_s, post_s, privacy: shared by both sections.
Result<ClipSettings> parse_common(const nlohmann::json& j, ClipSettings s) {
  for (const char* key : {"pre_s", "post_s"}) {
    if (!j.contains(key)) continue;
    if (!j[key].is_number() || !(j[key].get<double>() >= 0) || j[key].get<double>() > 300) {
      return bad_clips(std::string(key) + " must be 0..300 seconds");
    }
  }
  s.pre_s = j.value("pre_s", s.pre_s);
  s.post_s = j.value("post_s", s.post_s);
  if (s.post_s < 1) return bad_clips("post_s must be at least 1 second");
  if (j.contains("privacy")) {
    const auto mode = j["privacy"].is_string() ? parse_privacy_mode(j["privacy"].get<std::string>())
                                               : std::nullopt;
    if (!mode) return bad_clips("privacy is \"blur\" or \"silhouette\"");
    s.privacy = *mode;
  }
  return s;
}

}  // namespace

Result<ClipSettings> parse_node_clip_settings(const nlohmann::json& j,
                                              const std::filesystem::path& base_dir) {
  auto checked =
      unknown_keys(j, {"root", "pre_s", "post_s", "privacy", "retention_days", "max_gb"});
  if (!checked) return checked.error();
  if (!j.contains("root") || !j["root"].is_string() || j["root"].get<std::string>().empty()) {
    return bad_clips("'root' (the clip store folder) is required");
  }
  auto s = parse_common(j, ClipSettings{});
  if (!s) return s;
  ClipSettings out = *s;
  out.enabled = true;
  out.root = j["root"].get<std::string>();
  if (out.root.is_relative() && !base_dir.empty()) out.root = base_dir / out.root;
  if (j.contains("retention_days")) {
    if (!j["retention_days"].is_number_integer() || j["retention_days"].get<int>() < 0) {
      return bad_clips("retention_days must be a whole number >= 0 (0 keeps clips of every age)");
    }
    out.retention_days = j["retention_days"].get<int>();
  }
  if (j.contains("max_gb")) {
    if (!j["max_gb"].is_number() || !(j["max_gb"].get<double>() >= 0)) {
      return bad_clips("max_gb must be >= 0 (0: no size cap)");
    }
    out.max_bytes = static_cast<std::uintmax_t>(std::llround(j["max_gb"].get<double>() * 1e9));
  }
  return out;
}

Result<ClipSettings> parse_camera_clip_settings(const nlohmann::json& j, ClipSettings node) {
  auto checked = unknown_keys(j, {"pre_s", "post_s", "privacy", "enabled"});
  if (!checked) return checked.error();
  if (j.contains("enabled")) {
    if (!j["enabled"].is_boolean()) return bad_clips("enabled must be true or false");
    if (j["enabled"].get<bool>() && !node.enabled) {
      return bad_clips("the node has no \"clips\" section (root) to record into");
    }
    node.enabled = node.enabled && j["enabled"].get<bool>();
  }
  return parse_common(j, node);
}

}  // namespace anju::vision
