#pragma once
// Which fields each event type needs beyond the ones every event has (v, id, ts, seq, node, type).
// The decoder enforces these, the encoder always writes the fields a type needs, and
// docs/protocol.md lists them; keep the three in step.
#include <span>
#include <string_view>

#include "protocol/messages.h"

namespace anju::protocol {

struct EventNeeds {
  bool room = true;         // where it happened; only device and console events may lack one
  bool staff = false;       // who acted
  bool alarm = false;       // which alarm a console action targets
  bool device = false;      // which device is meant (battery, camera)
  bool confidence = false;  // the detector's confidence, 0..1
  bool detail = false;      // see allowed_details()
  bool clip = false;        // clip reference and the times it spans
  bool outcome = false;     // incident review outcome
};

EventNeeds needs_of(EventType type);

// The closed set of detail values for a type (service_request, door); empty means free text.
std::span<const std::string_view> allowed_details(EventType type);

}  // namespace anju::protocol
