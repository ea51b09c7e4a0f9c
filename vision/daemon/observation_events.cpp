#include "daemon/observation_events.h"

#include <algorithm>
#include <cmath>

namespace anju::vision {
namespace {

double rounded(double v) {
  return std::round(v * 10.0) / 10.0;
}

}  // namespace

protocol::Event event_for(const Observation& o, const CameraConfig& camera) {
  protocol::Event e;
  e.room = camera.room;
  e.device = camera.id;
  switch (o.kind) {
    case ObservationKind::kFall:
      e.type = protocol::EventType::kFall;
      e.confidence = std::clamp(std::round(o.confidence * 100.0) / 100.0, 0.0, 1.0);
      break;
    case ObservationKind::kFallCleared:
      e.type = protocol::EventType::kFallCleared;
      break;
    case ObservationKind::kWander:
      e.type = protocol::EventType::kWander;
      e.detail = o.zone;  // the protocol's wander detail is the zone name
      break;
  }
  if (o.box.area() > 0) {
    e.box = protocol::Box{rounded(o.box.x), rounded(o.box.y), rounded(o.box.width),
                          rounded(o.box.height)};
  }
  return e;
}

protocol::Event camera_status_event(const CameraConfig& camera, bool online,
                                    const std::string& reason) {
  protocol::Event e;
  e.type = online ? protocol::EventType::kCameraOnline : protocol::EventType::kCameraOffline;
  e.room = camera.room;
  e.device = camera.id;
  e.detail = reason;
  return e;
}

}  // namespace anju::vision
