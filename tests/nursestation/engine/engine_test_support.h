#pragma once
// Builders for engine tests: events as a kiosk, gateway or console would send them.
#include <string>

#include "common/clock.h"
#include "protocol/messages.h"

namespace anju::engine::testing {

inline protocol::Event make_event(protocol::EventType type, std::string room, std::string node,
                                  TimestampMs ts) {
  static int counter = 0;
  protocol::Event e;
  e.id = node + "-t-" + std::to_string(++counter);
  e.ts = ts;
  e.seq = static_cast<std::uint64_t>(counter);
  e.node = std::move(node);
  e.type = type;
  e.room = std::move(room);
  return e;
}

inline protocol::Event console_action(protocol::EventType type, std::string alarm,
                                      std::string staff, TimestampMs ts) {
  auto e = make_event(type, "", "console-1", ts);
  e.alarm = std::move(alarm);
  e.staff = std::move(staff);
  return e;
}

// A charge nurse's console gives `room` to `nurse` ("" = nobody).
inline protocol::Event assign(std::string room, std::string nurse, TimestampMs ts) {
  auto e = make_event(protocol::EventType::kAssign, std::move(room), "console-1", ts);
  e.staff = "c01";
  e.assignee = std::move(nurse);
  return e;
}

}  // namespace anju::engine::testing
