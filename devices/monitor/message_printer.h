#pragma once
// One readable line per bus message for anju-monitor: decoded fields, or why it was rejected.
#include <string>
#include <string_view>

namespace anju::devices {

// "EVENT   sim  call room=101 device=call-101 id=..." or "REJECT  <topic>: missing_field: ..."
std::string describe_message(std::string_view topic, std::string_view payload);

}  // namespace anju::devices
