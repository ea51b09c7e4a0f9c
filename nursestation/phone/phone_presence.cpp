#include "phone/phone_presence.h"

namespace anju::phone {

std::vector<PhoneChange> PhonePresence::signed_in(int connection, const std::string& staff) {
  closed(connection);  // signed in again on the same connection, perhaps as someone else
  connections_[connection] = {staff, now()};
  Nurse& n = nurses_[staff];
  ++n.connections;
  if (n.online) return {};
  n.online = true;
  return {{staff, true}};
}

void PhonePresence::heard(int connection) {
  const auto it = connections_.find(connection);
  if (it != connections_.end()) it->second.heard = now();
}

void PhonePresence::closed(int connection) {
  const auto it = connections_.find(connection);
  if (it == connections_.end()) return;
  Nurse& n = nurses_[it->second.staff];
  if (--n.connections == 0) n.last_gone = now();
  connections_.erase(it);
}

PhonePresence::Tick PhonePresence::tick() {
  Tick t;
  for (const auto& [id, c] : connections_)
    if (now() - c.heard >= silence_ms_) t.silent.push_back(id);
  for (int id : t.silent) closed(id);
  for (auto it = nurses_.begin(); it != nurses_.end();) {
    Nurse& n = it->second;
    if (n.online && n.connections == 0 && now() - n.last_gone >= grace_ms_) {
      n.online = false;
      t.changes.push_back({it->first, false});
    }
    if (!n.online && n.connections == 0)
      it = nurses_.erase(it);  // nothing left to remember
    else
      ++it;
  }
  return t;
}

bool PhonePresence::online(const std::string& staff) const {
  const auto it = nurses_.find(staff);
  return it != nurses_.end() && it->second.online;
}

std::vector<std::string> PhonePresence::online_staff() const {
  std::vector<std::string> out;
  for (const auto& [staff, n] : nurses_)
    if (n.online) out.push_back(staff);
  return out;
}

}  // namespace anju::phone
