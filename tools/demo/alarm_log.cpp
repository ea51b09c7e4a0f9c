#include "alarm_log.h"

#include <algorithm>

#include "protocol/codec.h"

namespace anju::demo {

namespace {

nlohmann::json alarm_json(const protocol::AlarmState& a) {
  return {{"alarm", a.alarm},
          {"type", a.type},
          {"priority", protocol::to_string(a.priority)},
          {"status", protocol::to_string(a.status)},
          {"room", a.room},
          {"node", a.node},
          {"device", a.device},
          {"detail", a.detail},
          {"note", a.note},
          {"by", a.by},
          {"escalation", a.escalation},
          {"raised_ts", a.raised_ts},
          {"acknowledged_ts", a.acknowledged_ts},
          {"present_ts", a.present_ts},
          {"closed_ts", a.closed_ts},
          {"clip", a.clip}};
}

}  // namespace

void AlarmLog::add(std::string_view topic, std::string_view payload) {
  if (payload.empty()) return;  // a cleared retained topic
  auto decoded = protocol::decode(topic, payload);
  if (!decoded) return;
  std::lock_guard lock(mutex_);
  if (const auto* alarm = std::get_if<protocol::AlarmState>(&decoded.value().message)) {
    auto it = std::find_if(alarms_.begin(), alarms_.end(),
                           [&](const auto& a) { return a.alarm == alarm->alarm; });
    if (it == alarms_.end())
      alarms_.push_back(*alarm);
    else if (alarm->ts >= it->ts)
      *it = *alarm;
  } else if (const auto* event = std::get_if<protocol::Event>(&decoded.value().message)) {
    if (event->type == protocol::EventType::kClipReady) clips_.push_back(*event);
  } else if (const auto* incident = std::get_if<protocol::Incident>(&decoded.value().message)) {
    auto it = std::find_if(incidents_.begin(), incidents_.end(),
                           [&](const auto& i) { return i.incident == incident->incident; });
    if (it == incidents_.end())
      incidents_.push_back(*incident);
    else
      *it = *incident;
  }
}

nlohmann::json AlarmLog::to_json() const {
  std::lock_guard lock(mutex_);
  auto alarms = nlohmann::json::array();
  for (const auto& a : alarms_) alarms.push_back(alarm_json(a));
  auto clips = nlohmann::json::array();
  for (const auto& c : clips_)
    clips.push_back({{"clip", c.clip},
                     {"room", c.room},
                     {"camera", c.device},
                     {"node", c.node},
                     {"clip_start_ts", c.clip_start_ts},
                     {"clip_end_ts", c.clip_end_ts}});
  auto incidents = nlohmann::json::array();
  for (const auto& i : incidents_)
    incidents.push_back(nlohmann::json::parse(protocol::encode(i), nullptr, false));
  return {{"alarms", alarms}, {"clips", clips}, {"incidents", incidents}};
}

}  // namespace anju::demo
