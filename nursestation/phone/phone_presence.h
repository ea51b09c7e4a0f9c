#pragma once
// Whose phone is reachable. A nurse is online while at least one of her signed-in connections is
// alive (it answered within `silence_ms`); she goes offline `grace_ms` after her last connection
// went away, so a page reload or a lift ride does not pass her alarms on. The engine skips an
// offline nurse when paging (phone_status events). Pure logic on an injected clock.
#include <map>
#include <string>
#include <vector>

#include "common/clock.h"

namespace anju::phone {

struct PhoneChange {
  std::string staff;
  bool online = false;
  bool operator==(const PhoneChange&) const = default;
};

class PhonePresence {
 public:
  static constexpr TimestampMs kDefaultSilenceMs = 30'000;
  static constexpr TimestampMs kDefaultGraceMs = 15'000;

  explicit PhonePresence(const Clock& clock, TimestampMs silence_ms = kDefaultSilenceMs,
                         TimestampMs grace_ms = kDefaultGraceMs)
      : clock_(clock), silence_ms_(silence_ms), grace_ms_(grace_ms) {}

  // A connection signed in as staff (an id the transport chose): online now if she was not.
  std::vector<PhoneChange> signed_in(int connection, const std::string& staff);
  // Anything heard on the connection (a message, a pong).
  void heard(int connection);
  void closed(int connection);
  // Connections silent too long (the transport closes them) and nurses whose grace ran out.
  struct Tick {
    std::vector<int> silent;
    std::vector<PhoneChange> changes;
  };
  Tick tick();

  bool online(const std::string& staff) const;
  // Every nurse online now (to announce again after the station reconnects).
  std::vector<std::string> online_staff() const;
  std::size_t connections() const { return connections_.size(); }

 private:
  struct Connection {
    std::string staff;
    TimestampMs heard = 0;
  };
  struct Nurse {
    bool online = false;
    int connections = 0;
    TimestampMs last_gone = 0;  // when her last connection closed
  };
  TimestampMs now() const { return clock_.now_ms(); }

  const Clock& clock_;
  const TimestampMs silence_ms_;
  const TimestampMs grace_ms_;
  std::map<int, Connection> connections_;
  std::map<std::string, Nurse> nurses_;
};

}  // namespace anju::phone
