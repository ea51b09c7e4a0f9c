#pragma once
// What the demo saw on the bus, for events.json: the latest state of every alarm (with its
// priority and clip reference), every clip_ready event and every incident. Fed from bus threads.
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "protocol/messages.h"

namespace anju::demo {

class AlarmLog {
 public:
  // Any message on the site's topics; the ones that are not alarms, clip events or incidents are
  // ignored, and so is anything that does not decode (anju-monitor shows those).
  void add(std::string_view topic, std::string_view payload);

  // {"alarms": [...], "clips": [...], "incidents": [...]}, alarms in the order first seen.
  nlohmann::json to_json() const;

 private:
  mutable std::mutex mutex_;
  std::vector<protocol::AlarmState> alarms_;
  std::vector<protocol::Event> clips_;
  std::vector<protocol::Incident> incidents_;
};

}  // namespace anju::demo
