#pragma once
// What ReliableEventSender needs from the bus, behind an interface so that its pending table and
// resend rules are tested with a fake and a manual clock instead of a broker.
#include <string>

#include "bus/bus.h"

namespace anju::node {

class EventChannel {
 public:
  virtual ~EventChannel() = default;

  // QoS 1, not retained (through the bus outbox).
  virtual void publish(const std::string& topic, const std::string& payload) = 0;
  // QoS 1; the handler runs on a bus thread.
  virtual void subscribe(const std::string& filter, bus::MessageHandler handler) = 0;
  // Connected with nothing left in the outbox: a resend now cannot overtake a first send that is
  // still queued, and is not sent into a disconnected link only to queue up behind it.
  virtual bool idle() const = 0;
};

// The channel of a node's Bus. The bus must outlive the channel.
class BusEventChannel final : public EventChannel {
 public:
  explicit BusEventChannel(bus::Bus& bus) : bus_(bus) {}

  void publish(const std::string& topic, const std::string& payload) override;
  void subscribe(const std::string& filter, bus::MessageHandler handler) override;
  bool idle() const override;

 private:
  bus::Bus& bus_;
};

}  // namespace anju::node
