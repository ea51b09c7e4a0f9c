#pragma once
// What each nurse's phone shows: the station's active alarms, each as a card for that nurse (is it
// hers, where her page stands, which buttons she gets), hers first. Fed with the engine's retained
// alarm and room states; pure logic, no I/O, so the gateway and its tests share it.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "protocol/messages.h"

namespace anju::phone {

struct PhoneCard {
  std::string alarm;
  std::string type;
  protocol::Priority priority = protocol::Priority::kMedium;
  protocol::AlarmStatus status = protocol::AlarmStatus::kRaised;
  std::string room, bed, detail, note, by;
  TimestampMs raised_ts = 0;
  int escalation = 0;
  // Hers: paged to her (and not passed on), in a room assigned to her, or she took it.
  bool mine = false;
  std::string page;               // her page state (protocol::Page), "" = not paged to her
  TimestampMs page_deadline = 0;  // when it moves on, while it waits on her
  bool can_accept = false;        // raised: take it (answers her page, or acknowledges)
  bool can_decline = false;       // raised and waiting on her: pass it on now
  bool can_here = false;          // active and nobody at the bedside yet: "I'm here"
  bool operator==(const PhoneCard&) const = default;
};

// A page still waiting on this nurse: sent, delivered or read.
bool page_waiting(std::string_view state);

class PhoneBoard {
 public:
  // The alarm's newest state: true when it changed what a phone shows (a newer state of an alarm
  // it holds, or a new active one). A closed alarm leaves the board (true if it was on it).
  bool apply(const protocol::AlarmState& alarm);
  // A room's summary: who had it and who has it now, when its assignment changed.
  struct Reassigned {
    std::string before, after;  // "" = nobody
  };
  std::optional<Reassigned> apply(const protocol::RoomSummary& room);
  // A retained alarm topic was deleted.
  bool remove(const std::string& alarm) { return alarms_.erase(alarm) > 0; }

  std::optional<PhoneCard> card(const std::string& alarm, const std::string& staff) const;
  // Every active alarm for this nurse: hers first, then raised before taken, high priority first,
  // oldest first.
  std::vector<PhoneCard> cards(const std::string& staff) const;
  // The alarms in one room (after its assignment changed).
  std::vector<std::string> alarms_in(const std::string& room) const;
  // The rooms assigned to this nurse, sorted.
  std::vector<std::string> rooms_of(const std::string& staff) const;
  const protocol::AlarmState* find(const std::string& alarm) const;
  std::size_t size() const { return alarms_.size(); }

 private:
  std::map<std::string, protocol::AlarmState> alarms_;  // active only
  std::map<std::string, std::string> assigned_;         // room -> nurse
};

}  // namespace anju::phone
