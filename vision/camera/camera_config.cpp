#include "camera/camera_config.h"

#include <fstream>
#include <set>

#include "camera/params_json.h"
#include "protocol/topics.h"

namespace anju::vision {
namespace {

Error bad(const std::string& where, const std::string& why) {
  return Error{ErrorCode::kConfig, where + ": " + why};
}

bool is_number(const nlohmann::json& j) {
  return j.is_number() && j.get<double>() >= 0;
}

std::optional<int> weekday_of(const std::string& name) {
  static const char* kDays[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
  for (int i = 0; i < 7; ++i) {
    if (name == kDays[i]) return i;
  }
  return std::nullopt;
}

Result<DailyWindow> parse_window(const nlohmann::json& j, const std::string& where) {
  if (!j.is_object() || !j.contains("from") || !j.contains("to") || !j["from"].is_string() ||
      !j["to"].is_string()) {
    return bad(where, "a window is {\"from\": \"HH:MM\", \"to\": \"HH:MM\", \"days\": [...]}");
  }
  DailyWindow w;
  const auto from = parse_clock_time(j["from"].get<std::string>());
  const auto to = parse_clock_time(j["to"].get<std::string>());
  if (!from || !to) return bad(where, "window times must be HH:MM");
  w.from_minute = *from;
  w.to_minute = *to;
  if (j.contains("days")) {
    if (!j["days"].is_array()) return bad(where, "days must be a list like [\"mon\", \"tue\"]");
    for (const auto& d : j["days"]) {
      const auto day = d.is_string() ? weekday_of(d.get<std::string>()) : std::nullopt;
      if (!day) return bad(where, "unknown day (use sun mon tue wed thu fri sat)");
      w.weekdays.push_back(*day);
    }
  }
  return w;
}

Result<CameraConfig> parse_camera(const nlohmann::json& j, const std::filesystem::path& base_dir,
                                  std::size_t index, const ClipSettings& clips) {
  std::string where = "camera " + std::to_string(index + 1);
  if (!j.is_object()) return bad(where, "must be an object");
  static const std::set<std::string> kKeys = {"id",   "room",     "source", "loop", "fps",
                                              "crop", "detector", "zones",  "clips"};
  for (const auto& [key, value] : j.items()) {
    if (!kKeys.count(key)) return bad(where, "unknown key '" + key + "'");
  }
  CameraConfig c;
  for (const char* key : {"id", "room", "source"}) {
    if (!j.contains(key) || !j[key].is_string() || j[key].get<std::string>().empty()) {
      return bad(where, std::string("'") + key + "' (text) is required");
    }
  }
  c.id = j["id"].get<std::string>();
  where = "camera " + c.id;
  c.room = j["room"].get<std::string>();
  if (!protocol::is_valid_id(c.id) || !protocol::is_valid_id(c.room)) {
    return bad(where, "id and room must be 1-64 characters of A-Z a-z 0-9 _ . -");
  }
  c.source = j["source"].get<std::string>();
  const bool is_url = c.source.find("://") != std::string::npos;
  if (!is_url && !c.source.starts_with("/dev/") && !base_dir.empty() &&
      std::filesystem::path(c.source).is_relative()) {
    c.source = (base_dir / c.source).string();
  }
  if (j.contains("loop")) {
    if (!j["loop"].is_boolean()) return bad(where, "loop must be true or false");
    c.loop = j["loop"].get<bool>();
  }
  if (j.contains("fps")) {
    if (!is_number(j["fps"]) || j["fps"].get<double>() <= 0) return bad(where, "fps must be > 0");
    c.max_fps = j["fps"].get<double>();
  }
  if (j.contains("crop")) {
    const auto& r = j["crop"];
    if (!r.is_array() || r.size() != 4 || !std::all_of(r.begin(), r.end(), [](const auto& v) {
          return v.is_number_integer() && v.template get<int>() >= 0;
        })) {
      return bad(where, "crop must be [x, y, width, height]");
    }
    c.crop = cv::Rect(r[0].get<int>(), r[1].get<int>(), r[2].get<int>(), r[3].get<int>());
    if (c.crop->area() == 0) return bad(where, "crop must not be empty");
  }
  if (j.contains("detector")) {
    auto params = apply_params_json(j["detector"]);
    if (!params) return bad(where, params.error().reason);
    c.detector = *params;
  }
  c.clips = clips;
  if (j.contains("clips")) {
    auto own = parse_camera_clip_settings(j["clips"], clips);
    if (!own) return bad(where, own.error().reason);
    c.clips = *own;
  }
  if (j.contains("zones")) {
    if (!j["zones"].is_array()) return bad(where, "zones must be a list");
    std::set<std::string> names;
    for (const auto& zj : j["zones"]) {
      auto zone = parse_zone(zj);
      if (!zone) return bad(where, zone.error().reason);
      if (!names.insert(zone->name).second) return bad(where, "two zones named " + zone->name);
      c.zones.push_back(*zone);
    }
  }
  return c;
}

}  // namespace

Result<Zone> parse_zone(const nlohmann::json& j) {
  if (!j.is_object() || !j.contains("name") || !j["name"].is_string() ||
      j["name"].get<std::string>().empty()) {
    return bad("zone", "needs a name");
  }
  Zone z;
  z.name = j["name"].get<std::string>();
  const std::string where = "zone " + z.name;
  static const std::set<std::string> kKeys = {"name",  "shape",     "points", "enter",
                                              "cross", "loiter_s",  "pacing", "windows",
                                              "rest",  "cooldown_s"};
  for (const auto& [key, value] : j.items()) {
    if (!kKeys.count(key)) return bad(where, "unknown key '" + key + "'");
  }
  const std::string shape = j.value("shape", std::string("area"));
  if (shape != "area" && shape != "line") return bad(where, "shape is area or line");
  z.shape = shape == "line" ? ZoneShape::kLine : ZoneShape::kArea;
  if (!j.contains("points") || !j["points"].is_array()) return bad(where, "points are required");
  for (const auto& p : j["points"]) {
    if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) {
      return bad(where, "a point is [x, y] with x, y between 0 and 1");
    }
    const PointN point{p[0].get<double>(), p[1].get<double>()};
    if (point.x < 0 || point.x > 1 || point.y < 0 || point.y > 1) {
      return bad(where, "points are fractions of the frame, between 0 and 1");
    }
    z.points.push_back(point);
  }
  const std::size_t needed = z.shape == ZoneShape::kArea ? 3 : 2;
  if (z.points.size() < needed) return bad(where, "too few points for its shape");
  for (const char* flag : {"enter", "cross", "rest"}) {
    if (j.contains(flag) && !j[flag].is_boolean()) {
      return bad(where, std::string(flag) + " must be true or false");
    }
  }
  z.rules.enter = j.value("enter", false);
  z.rules.cross = j.value("cross", false);
  z.rest = j.value("rest", false);
  if (z.rules.cross && z.shape != ZoneShape::kLine) return bad(where, "cross needs a line");
  if ((z.rules.enter || z.rest) && z.shape != ZoneShape::kArea) {
    return bad(where, "enter and rest need an area");
  }
  for (const char* number : {"loiter_s", "cooldown_s"}) {
    if (j.contains(number) && !is_number(j[number])) {
      return bad(where, std::string(number) + " must be a number >= 0");
    }
  }
  z.rules.loiter_s = j.value("loiter_s", 0.0);
  z.cooldown_s = j.value("cooldown_s", z.cooldown_s);
  if (j.contains("pacing")) {
    const auto& p = j["pacing"];
    if (!p.is_object() || !p.contains("turns") || !p["turns"].is_number_integer() ||
        p["turns"].get<int>() < 1) {
      return bad(where, "pacing is {\"turns\": N, \"window_s\": S, \"min_leg\": F}");
    }
    z.rules.pacing.turns = p["turns"].get<int>();
    if (p.contains("window_s") && !is_number(p["window_s"])) return bad(where, "bad window_s");
    if (p.contains("min_leg") && !is_number(p["min_leg"])) return bad(where, "bad min_leg");
    z.rules.pacing.window_s = p.value("window_s", z.rules.pacing.window_s);
    z.rules.pacing.min_leg = p.value("min_leg", z.rules.pacing.min_leg);
    if (z.shape != ZoneShape::kArea) return bad(where, "pacing needs an area");
  }
  if (j.contains("windows")) {
    if (!j["windows"].is_array()) return bad(where, "windows must be a list");
    for (const auto& w : j["windows"]) {
      auto window = parse_window(w, where);
      if (!window) return window.error();
      z.windows.push_back(*window);
    }
  }
  return z;
}

Result<NodeConfig> parse_node_config(const nlohmann::json& json,
                                     const std::filesystem::path& base_dir) {
  if (!json.is_object() || !json.contains("cameras") || !json["cameras"].is_array() ||
      json["cameras"].empty()) {
    return bad("vision config", "needs a non-empty \"cameras\" list");
  }
  NodeConfig config;
  if (json.contains("clips")) {
    auto clips = parse_node_clip_settings(json["clips"], base_dir);
    if (!clips) return bad("vision config", clips.error().reason);
    config.clips = *clips;
  }
  std::set<std::string> ids;
  for (std::size_t i = 0; i < json["cameras"].size(); ++i) {
    auto camera = parse_camera(json["cameras"][i], base_dir, i, config.clips);
    if (!camera) return camera.error();
    if (!ids.insert(camera->id).second) return bad("vision config", "two cameras " + camera->id);
    config.cameras.push_back(std::move(*camera));
  }
  return config;
}

Result<NodeConfig> read_node_config(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) return Error{ErrorCode::kIo, "cannot read " + file.string()};
  const auto json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded()) return Error{ErrorCode::kConfig, file.string() + " is not valid JSON"};
  return parse_node_config(json, file.parent_path());
}

}  // namespace anju::vision
