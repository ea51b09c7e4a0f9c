#pragma once
// DetectorParams <-> JSON, for node configs and the evaluator's --params / --set. Only the keys
// given are changed; an unknown key is an error (a typo must not silently keep a default).
#include <nlohmann/json.hpp>
#include <string>

#include "camera/detector_params.h"
#include "common/result.h"

namespace anju::vision {

Result<DetectorParams> apply_params_json(const nlohmann::json& overrides, DetectorParams base = {});
nlohmann::json params_to_json(const DetectorParams& params);
// "fall.confirm_s=2.5" -> {"fall":{"confirm_s":2.5}}
Result<nlohmann::json> parse_param_assignment(const std::string& text);

}  // namespace anju::vision
