#include "call/event_factory.h"

namespace anju::kiosk {

EventFactory::EventFactory(KioskPlace place, const Clock& clock)
    : place_(std::move(place)), clock_(clock), ids_(place_.node) {}

protocol::Event EventFactory::make(protocol::EventType type, std::string staff,
                                   std::string detail) {
  protocol::Event e;
  e.id = ids_.next();
  e.ts = clock_.now_ms();
  e.seq = ++seq_;
  e.node = place_.node;
  e.type = type;
  e.room = place_.room;
  e.bed = place_.bed;
  e.staff = std::move(staff);
  e.detail = std::move(detail);
  return e;
}

}  // namespace anju::kiosk
