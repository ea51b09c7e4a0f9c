#pragma once
// Incidents: every alarm that comes with a video clip (a fall seen by a camera) becomes an incident
// a manager reviews later. The book keeps one record per such alarm, fills in what the clip spans
// when the vision node reports the clip ready, follows the alarm's response times, and takes the
// review (outcome, notes, root cause). Pure logic; the engine journals and publishes what changes.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "protocol/messages.h"

namespace anju::engine {

class IncidentBook {
 public:
  // An alarm changed: creates or updates its incident when it has a clip. Returns the incident
  // if anything a reviewer sees changed.
  std::optional<protocol::Incident> on_alarm(const protocol::AlarmState& alarm);
  // The vision node finished the clip; the clip may arrive before or after its alarm.
  std::optional<protocol::Incident> on_clip_ready(const protocol::Event& event);
  // A review from a console; an error note (not a change) when the incident is unknown.
  std::optional<protocol::Incident> on_review(const protocol::Event& event, TimestampMs now,
                                              std::string& note);

  void restore(const std::vector<protocol::Incident>& incidents);
  std::vector<protocol::Incident> all() const;
  const protocol::Incident* find(const std::string& incident) const;

 private:
  struct ClipSpan {
    TimestampMs start = 0, end = 0;
  };
  std::map<std::string, protocol::Incident> incidents_;  // by incident id (= alarm id)
  std::map<std::string, std::string> by_clip_;           // clip reference -> incident id
  std::map<std::string, ClipSpan> early_clips_;          // clip ready before its alarm
};

// "vision-1/2026-11-23/cam-101-031502-fall" -> "vision-1"; empty if it is not a reference.
std::string clip_node(const std::string& clip);

}  // namespace anju::engine
