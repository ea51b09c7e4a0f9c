#include "camera/params_json.h"

#include <functional>
#include <map>

namespace anju::vision {
namespace {

using Fields = std::map<std::string, double*>;

Fields background_fields(BackgroundParams& p) {
  return {{"adapt_s", &p.adapt_s},
          {"absorb_s", &p.absorb_s},
          {"min_distance", &p.min_distance},
          {"dark_scene_level", &p.dark_scene_level},
          {"noise_sigmas", &p.noise_sigmas},
          {"stable_s", &p.stable_s},
          {"ghost_rim_share", &p.ghost_rim_share},
          {"warmup_s", &p.warmup_s},
          {"min_camera_shift", &p.min_camera_shift},
          {"shadow_min_brightness", &p.shadow_min_brightness},
          {"shadow_max_brightness", &p.shadow_max_brightness},
          {"shadow_colour_tolerance", &p.shadow_colour_tolerance},
          {"reset_fraction", &p.reset_fraction}};
}

Fields blob_fields(BlobParams& p) {
  return {{"join_fraction", &p.join_fraction},
          {"min_area_fraction", &p.min_area_fraction},
          {"min_extent_fraction", &p.min_extent_fraction}};
}

Fields tracker_fields(TrackerParams& p) {
  return {{"history_s", &p.history_s},
          {"lost_s", &p.lost_s},
          {"grow", &p.grow},
          {"active_s", &p.active_s}};
}

Fields fall_fields(FallParams& p) {
  return {{"confirm_s", &p.confirm_s},
          {"max_descent_s", &p.max_descent_s},
          {"upright_level", &p.upright_level},
          {"down_level", &p.down_level},
          {"up_level", &p.up_level},
          {"recover_s", &p.recover_s},
          {"getup_s", &p.getup_s},
          {"min_upright_aspect", &p.min_upright_aspect},
          {"min_person_height", &p.min_person_height},
          {"min_active_share", &p.min_active_share},
          {"feet_settle_s", &p.feet_settle_s},
          {"whole_body_share", &p.whole_body_share},
          {"min_fall_area", &p.min_fall_area}};
}

std::map<std::string, std::function<Fields(DetectorParams&)>> sections() {
  return {{"background", [](DetectorParams& d) { return background_fields(d.scene.background); }},
          {"blobs", [](DetectorParams& d) { return blob_fields(d.scene.blobs); }},
          {"tracker", [](DetectorParams& d) { return tracker_fields(d.scene.tracker); }},
          {"fall", [](DetectorParams& d) { return fall_fields(d.fall); }}};
}

Error bad_params(const std::string& why) {
  return Error{ErrorCode::kConfig, "detector params: " + why};
}

}  // namespace

Result<DetectorParams> apply_params_json(const nlohmann::json& overrides, DetectorParams base) {
  if (!overrides.is_object()) return bad_params("must be an object");
  const auto all = sections();
  for (const auto& [key, value] : overrides.items()) {
    if (key == "processing_size") {
      if (!value.is_array() || value.size() != 2 || !value[0].is_number_integer() ||
          !value[1].is_number_integer() || value[0].get<int>() < 32 || value[1].get<int>() < 24) {
        return bad_params("processing_size must be [width, height], at least [32, 24]");
      }
      base.scene.processing_size = {value[0].get<int>(), value[1].get<int>()};
      continue;
    }
    const auto section = all.find(key);
    if (section == all.end()) return bad_params("unknown section '" + key + "'");
    if (!value.is_object()) return bad_params("'" + key + "' must be an object");
    auto fields = section->second(base);
    for (const auto& [name, number] : value.items()) {
      const auto field = fields.find(name);
      if (field == fields.end()) return bad_params("unknown key '" + key + "." + name + "'");
      if (!number.is_number() || number.get<double>() < 0) {
        return bad_params("'" + key + "." + name + "' must be a number >= 0");
      }
      *field->second = number.get<double>();
    }
  }
  return base;
}

nlohmann::json params_to_json(const DetectorParams& params) {
  DetectorParams copy = params;
  nlohmann::json out = {
      {"processing_size", {copy.scene.processing_size.width, copy.scene.processing_size.height}}};
  for (const auto& [name, fields_of] : sections()) {
    for (const auto& [key, value] : fields_of(copy)) out[name][key] = *value;
  }
  return out;
}

Result<nlohmann::json> parse_param_assignment(const std::string& text) {
  const auto eq = text.find('=');
  const auto dot = text.find('.');
  if (eq == std::string::npos || dot == std::string::npos || dot > eq) {
    return bad_params("expected section.key=value, got '" + text + "'");
  }
  const std::string section = text.substr(0, dot);
  const std::string key = text.substr(dot + 1, eq - dot - 1);
  try {
    return nlohmann::json{{section, {{key, std::stod(text.substr(eq + 1))}}}};
  } catch (const std::exception&) {
    return bad_params("value of '" + text.substr(0, eq) + "' is not a number");
  }
}

}  // namespace anju::vision
