#include "engine/alarm_policy.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace anju::engine {

using protocol::Priority;

std::string_view to_string(CloseRule rule) {
  switch (rule) {
    case CloseRule::kAtSource:
      return "at_source";
    case CloseRule::kAtBedside:
      return "at_bedside";
    case CloseRule::kAnywhere:
      return "anywhere";
  }
  return "at_bedside";
}

AlarmPolicy AlarmPolicy::defaults() {
  AlarmPolicy p;
  // High: someone may be hurt now.
  p.set("emergency", {Priority::kHigh, 60, 120, CloseRule::kAtSource});
  p.set("staff_emergency", {Priority::kHigh, 30, 60, CloseRule::kAtSource});
  p.set("fall", {Priority::kHigh, 60, 120, CloseRule::kAnywhere});
  // Medium: a resident is waiting or at risk.
  p.set("call", {Priority::kMedium, 180, 360, CloseRule::kAtBedside});
  p.set("bathroom_call", {Priority::kMedium, 120, 240, CloseRule::kAtSource});
  p.set("bed_exit", {Priority::kMedium, 120, 240, CloseRule::kAnywhere});
  p.set("wander", {Priority::kMedium, 120, 240, CloseRule::kAnywhere});
  p.set("node_offline", {Priority::kMedium, 300, 900, CloseRule::kAnywhere});
  p.set("camera_offline", {Priority::kMedium, 300, 900, CloseRule::kAnywhere});
  // Low: needs doing, nobody in danger.
  p.set("service_request", {Priority::kLow, 600, 1200, CloseRule::kAtBedside});
  p.set("low_battery", {Priority::kLow, 3600, 7200, CloseRule::kAnywhere});
  p.set("round_overdue", {Priority::kLow, 900, 1800, CloseRule::kAnywhere});
  return p;
}

std::vector<std::string> AlarmPolicy::types() const {
  std::vector<std::string> out;
  for (const auto& [type, _] : rules_) out.push_back(type);
  return out;
}

const AlarmRule* AlarmPolicy::rule(std::string_view type) const {
  auto it = rules_.find(type);
  return it == rules_.end() ? nullptr : &it->second;
}

Result<AlarmPolicy> AlarmPolicy::from_json(std::string_view text) {
  auto doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return Error{ErrorCode::kMalformed, "alarm policy: not valid JSON"};
  if (!doc.is_object()) return Error{ErrorCode::kNotAnObject, "alarm policy: expected an object"};
  AlarmPolicy policy = defaults();
  for (const auto& [type, spec] : doc.items()) {
    const std::string where = "alarm policy '" + type + "'";
    if (!spec.is_object()) return Error{ErrorCode::kWrongType, where + ": expected an object"};
    AlarmRule rule = policy.rule(type) ? *policy.rule(type) : AlarmRule{};
    if (auto it = spec.find("priority"); it != spec.end()) {
      const auto p =
          it->is_string() ? protocol::parse_priority(it->get<std::string>()) : std::nullopt;
      if (!p) return Error{ErrorCode::kInvalidValue, where + ": priority must be high|medium|low"};
      rule.priority = *p;
    }
    if (auto it = spec.find("page_accept_s"); it != spec.end()) {
      if (!it->is_number_integer() || it->get<long long>() <= 0 || it->get<long long>() > 3600)
        return Error{ErrorCode::kInvalidValue, where + ": page_accept_s must be 1..3600 seconds"};
      rule.page_accept_s = it->get<int>();
    }
    for (auto [key, target] : {std::pair{"escalate_after_s", &rule.escalate_after_s},
                               std::pair{"escalate_all_after_s", &rule.escalate_all_after_s}}) {
      if (auto it = spec.find(key); it != spec.end()) {
        if (!it->is_number_integer() || it->get<long long>() <= 0 || it->get<long long>() > 86400)
          return Error{ErrorCode::kInvalidValue, where + ": " + key + " must be 1..86400 seconds"};
        *target = it->get<int>();
      }
    }
    if (rule.escalate_all_after_s < rule.escalate_after_s)
      return Error{ErrorCode::kInvalidValue, where + ": escalate_all_after_s < escalate_after_s"};
    if (auto it = spec.find("close"); it != spec.end()) {
      const std::string v = it->is_string() ? it->get<std::string>() : "";
      if (v == "at_source")
        rule.close = CloseRule::kAtSource;
      else if (v == "at_bedside")
        rule.close = CloseRule::kAtBedside;
      else if (v == "anywhere")
        rule.close = CloseRule::kAnywhere;
      else
        return Error{ErrorCode::kInvalidValue,
                     where + ": close must be at_source|at_bedside|anywhere"};
    }
    policy.set(type, rule);
  }
  return policy;
}

Result<AlarmPolicy> AlarmPolicy::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Error{ErrorCode::kIo, "cannot read alarm policy " + path};
  std::stringstream text;
  text << in.rdbuf();
  return from_json(text.str());
}

protocol::AlarmActions console_actions(const AlarmPolicy& policy,
                                       const protocol::AlarmState& alarm) {
  protocol::AlarmActions actions;
  if (!protocol::is_active(alarm.status)) return actions;
  actions.acknowledge = alarm.status == protocol::AlarmStatus::kRaised;
  const AlarmRule* rule = policy.rule(alarm.type);
  actions.resolve = rule && rule->close == CloseRule::kAnywhere;
  return actions;
}

}  // namespace anju::engine
