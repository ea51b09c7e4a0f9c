#pragma once
// Builds the kiosk's protocol events: unique ids (never reused across restarts), a per-node
// sequence, the press time from the injected clock, and the kiosk's node, room and bed.
#include <string>

#include "call/call_snapshot.h"
#include "call/kiosk_place.h"
#include "common/clock.h"
#include "common/ids.h"
#include "protocol/messages.h"

namespace anju::kiosk {

class EventFactory {
 public:
  EventFactory(KioskPlace place, const Clock& clock);

  protocol::Event make(protocol::EventType type, std::string staff = {}, std::string detail = {});
  protocol::Event service_request(ServiceKind kind) {
    return make(protocol::EventType::kServiceRequest, {}, std::string(to_string(kind)));
  }
  const KioskPlace& place() const { return place_; }

 private:
  KioskPlace place_;
  const Clock& clock_;
  IdGenerator ids_;
  std::uint64_t seq_ = 0;
};

}  // namespace anju::kiosk
