#include "call/event_factory.h"

namespace anju::kiosk {

protocol::Event EventFactory::make(protocol::EventType type, std::string staff,
                                   std::string detail) {
  protocol::Event e;
  e.type = type;
  e.room = place_.room;
  e.bed = place_.bed;
  e.staff = std::move(staff);
  e.detail = std::move(detail);
  return e;
}

}  // namespace anju::kiosk
