#include "engine/incident_book.h"

namespace anju::engine {

using protocol::Incident;

std::string clip_node(const std::string& clip) {
  const auto slash = clip.find('/');
  return slash == std::string::npos || slash == 0 ? std::string() : clip.substr(0, slash);
}

std::optional<Incident> IncidentBook::on_alarm(const protocol::AlarmState& a) {
  if (a.clip.empty()) return std::nullopt;
  auto [it, created] = incidents_.try_emplace(a.alarm);
  Incident& i = it->second;
  const Incident before = i;
  i.incident = i.alarm = a.alarm;
  i.type = a.type;
  i.room = a.room;
  i.camera = a.device;
  i.clip = a.clip;
  i.node = clip_node(a.clip);
  i.priority = a.priority;
  i.raised_ts = a.raised_ts;
  i.acknowledged_ts = a.acknowledged_ts;
  i.present_ts = a.present_ts;
  i.closed_ts = a.closed_ts;
  if (!a.by.empty()) i.by = a.by;
  by_clip_[a.clip] = a.alarm;
  if (auto early = early_clips_.find(a.clip); early != early_clips_.end()) {
    i.clip_start_ts = early->second.start;
    i.clip_end_ts = early->second.end;
    early_clips_.erase(early);
  }
  if (!created && i == before) return std::nullopt;
  return i;
}

std::optional<Incident> IncidentBook::on_clip_ready(const protocol::Event& e) {
  auto id = by_clip_.find(e.clip);
  if (id == by_clip_.end()) {
    early_clips_[e.clip] = {e.clip_start_ts, e.clip_end_ts};
    return std::nullopt;
  }
  Incident& i = incidents_[id->second];
  i.clip_start_ts = e.clip_start_ts;
  i.clip_end_ts = e.clip_end_ts;
  if (i.camera.empty()) i.camera = e.device;
  return i;
}

std::optional<Incident> IncidentBook::on_review(const protocol::Event& e, TimestampMs now,
                                                std::string& note) {
  auto it = incidents_.find(e.alarm);
  if (it == incidents_.end()) {
    note = "review of unknown incident " + e.alarm + " by " + e.staff + " ignored";
    return std::nullopt;
  }
  Incident& i = it->second;
  i.outcome = e.outcome;
  i.notes = e.detail;
  i.root_cause = e.root_cause;
  i.reviewed_by = e.staff;
  i.reviewed_ts = now;
  return i;
}

void IncidentBook::restore(const std::vector<Incident>& incidents) {
  for (const auto& i : incidents) {
    incidents_[i.incident] = i;
    if (!i.clip.empty()) by_clip_[i.clip] = i.incident;
  }
}

std::vector<Incident> IncidentBook::all() const {
  std::vector<Incident> out;
  out.reserve(incidents_.size());
  for (const auto& [id, i] : incidents_) out.push_back(i);
  return out;
}

const Incident* IncidentBook::find(const std::string& incident) const {
  auto it = incidents_.find(incident);
  return it == incidents_.end() ? nullptr : &it->second;
}

}  // namespace anju::engine
