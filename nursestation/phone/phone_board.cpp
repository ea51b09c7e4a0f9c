#include "phone/phone_board.h"

#include <algorithm>
#include <tuple>

namespace anju::phone {

using protocol::AlarmStatus;

bool page_waiting(std::string_view state) {
  return state == "sent" || state == "delivered" || state == "read";
}

bool PhoneBoard::apply(const protocol::AlarmState& alarm) {
  auto it = alarms_.find(alarm.alarm);
  if (it != alarms_.end() && alarm.ts < it->second.ts) return false;  // an older state: ignored
  if (!protocol::is_active(alarm.status)) return it != alarms_.end() && (alarms_.erase(it), true);
  if (it != alarms_.end() && it->second == alarm) return false;
  alarms_[alarm.alarm] = alarm;
  return true;
}

std::optional<PhoneBoard::Reassigned> PhoneBoard::apply(const protocol::RoomSummary& room) {
  const auto it = assigned_.find(room.room);
  const std::string before = it == assigned_.end() ? "" : it->second;
  if (before == room.assigned) return std::nullopt;
  if (room.assigned.empty())
    assigned_.erase(it);
  else
    assigned_[room.room] = room.assigned;
  return Reassigned{before, room.assigned};
}

const protocol::AlarmState* PhoneBoard::find(const std::string& alarm) const {
  const auto it = alarms_.find(alarm);
  return it == alarms_.end() ? nullptr : &it->second;
}

std::optional<PhoneCard> PhoneBoard::card(const std::string& alarm,
                                          const std::string& staff) const {
  const auto* a = find(alarm);
  if (!a) return std::nullopt;
  PhoneCard c;
  c.alarm = a->alarm;
  c.type = a->type;
  c.priority = a->priority;
  c.status = a->status;
  c.room = a->room;
  c.bed = a->bed;
  c.detail = a->detail;
  c.note = a->note;
  c.by = a->by;
  c.raised_ts = a->raised_ts;
  c.escalation = a->escalation;
  for (const auto& p : a->paged)
    if (p.staff == staff) c.page = p.state;
  const bool waiting_on_her = page_waiting(c.page);
  const auto room = assigned_.find(a->room);
  const bool her_room = room != assigned_.end() && room->second == staff;
  c.mine = waiting_on_her || c.page == "accepted" || (her_room && c.page.empty()) ||
           (a->status != AlarmStatus::kRaised && a->by == staff);
  if (waiting_on_her) c.page_deadline = a->paging_deadline_ts;
  const bool raised = a->status == AlarmStatus::kRaised;
  c.can_accept = raised;
  c.can_decline = raised && waiting_on_her;
  c.can_here = a->status != AlarmStatus::kPresent && !a->room.empty();
  return c;
}

std::vector<PhoneCard> PhoneBoard::cards(const std::string& staff) const {
  std::vector<PhoneCard> out;
  out.reserve(alarms_.size());
  for (const auto& [id, a] : alarms_)
    if (auto c = card(id, staff)) out.push_back(std::move(*c));
  const auto key = [](const PhoneCard& c) {
    return std::tuple(!c.mine, c.status != AlarmStatus::kRaised, static_cast<int>(c.priority),
                      c.raised_ts, c.alarm);
  };
  std::sort(out.begin(), out.end(),
            [&](const PhoneCard& a, const PhoneCard& b) { return key(a) < key(b); });
  return out;
}

std::vector<std::string> PhoneBoard::alarms_in(const std::string& room) const {
  std::vector<std::string> out;
  for (const auto& [id, a] : alarms_)
    if (a.room == room) out.push_back(id);
  return out;
}

std::vector<std::string> PhoneBoard::rooms_of(const std::string& staff) const {
  std::vector<std::string> out;
  for (const auto& [room, nurse] : assigned_)
    if (nurse == staff) out.push_back(room);
  return out;
}

}  // namespace anju::phone
