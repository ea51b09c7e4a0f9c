#pragma once
// Builds what happened at this kiosk as a protocol event: the type, the kiosk's room and bed, the
// staff and detail. The envelope (node, id, seq, ts) is the sender's (node::EventSink).
#include <string>

#include "call/call_snapshot.h"
#include "call/kiosk_place.h"
#include "protocol/messages.h"

namespace anju::kiosk {

class EventFactory {
 public:
  explicit EventFactory(KioskPlace place) : place_(std::move(place)) {}

  protocol::Event make(protocol::EventType type, std::string staff = {}, std::string detail = {});
  protocol::Event service_request(ServiceKind kind) {
    return make(protocol::EventType::kServiceRequest, {}, std::string(to_string(kind)));
  }
  const KioskPlace& place() const { return place_; }

 private:
  KioskPlace place_;
};

}  // namespace anju::kiosk
