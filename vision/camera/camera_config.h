#pragma once
// A vision node's configuration: its cameras, each with a source, the room it watches, zones and
// optional detector overrides. JSON, documented in docs/vision.md; a sample is in
// assets/vision/vision-node.sample.json. Parsing never throws: problems come back as kConfig
// errors naming the camera and field.
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "camera/clip_settings.h"
#include "camera/detector_params.h"
#include "common/result.h"
#include "zones/zone.h"

namespace anju::vision {

struct CameraConfig {
  std::string id;       // device id in events (camera_offline, fall, ...)
  std::string room;     // room the events belong to
  std::string source;   // file path, rtsp:// or http(s):// URL, or /dev/videoN
  bool loop = false;    // files: start again at the end (demos)
  double max_fps = 15;  // frames analysed per second at most; more are skipped (counted dropped)
  std::optional<cv::Rect> crop;  // of the camera frame, before analysis
  DetectorParams detector;
  std::vector<Zone> zones;
  ClipSettings clips;  // the node's, with the camera's own changes
};

struct NodeConfig {
  std::vector<CameraConfig> cameras;
  ClipSettings clips;  // recording on when the config has a "clips" section
};

// Relative file sources are taken relative to base_dir (the config file's folder).
Result<NodeConfig> parse_node_config(const nlohmann::json& json,
                                     const std::filesystem::path& base_dir = {});
Result<NodeConfig> read_node_config(const std::filesystem::path& file);
Result<Zone> parse_zone(const nlohmann::json& json);

}  // namespace anju::vision
