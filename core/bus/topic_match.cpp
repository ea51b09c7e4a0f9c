#include "bus/topic_match.h"

namespace anju::bus {
namespace {

// Splits off the first level of `s` (up to '/'); `s` keeps the rest, `more` says whether a '/'
// followed (an empty last level is still a level).
std::string_view next_level(std::string_view& s, bool& more) {
  const auto slash = s.find('/');
  std::string_view level = s.substr(0, slash);
  more = slash != std::string_view::npos;
  s = more ? s.substr(slash + 1) : std::string_view{};
  return level;
}

}  // namespace

bool topic_matches(std::string_view filter, std::string_view topic) {
  // Wildcards at the first level never match topics like $SYS/... (MQTT 3.1.1, 4.7.2).
  if (!topic.empty() && topic.front() == '$' && !filter.empty() &&
      (filter.front() == '+' || filter.front() == '#')) {
    return false;
  }
  bool filter_more = true;
  bool topic_more = true;
  while (filter_more) {
    const std::string_view f = next_level(filter, filter_more);
    if (f == "#") return true;  // also matches the parent level: "a/#" matches "a"
    if (!topic_more) return false;
    const std::string_view t = next_level(topic, topic_more);
    if (f != "+" && f != t) return false;
  }
  return !topic_more;
}

bool is_valid_filter(std::string_view filter) {
  if (filter.empty()) return false;
  bool more = true;
  while (more) {
    const std::string_view level = next_level(filter, more);
    if (level == "#") return !more;
    if (level != "+" && level.find_first_of("+#") != std::string_view::npos) return false;
  }
  return true;
}

bool is_valid_publish_topic(std::string_view topic) {
  return !topic.empty() && topic.find_first_of("+#") == std::string_view::npos &&
         topic.find('\0') == std::string_view::npos;
}

}  // namespace anju::bus
