#pragma once
// Publishes the kiosk's events on the bus. QtBus::publish is a local SQLite insert into the
// persistent outbox: it returns at once whether or not the broker is reachable, so a press never
// waits for the network and is never lost.
#include <string>

#include "call/event_sink.h"
#include "qt/qt_bus.h"

namespace anju::kiosk {

class BusEventSink final : public EventSink {
 public:
  BusEventSink(qt::QtBus& bus, std::string site) : bus_(bus), site_(std::move(site)) {}
  void publish(const protocol::Event& event) override;

 private:
  qt::QtBus& bus_;
  std::string site_;
};

// For the screenshot renderer: nothing leaves the process.
class DiscardingSink final : public EventSink {
 public:
  void publish(const protocol::Event&) override {}
};

}  // namespace anju::kiosk
