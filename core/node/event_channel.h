#pragma once
// What ReliableEventSender needs from the bus, behind an interface so that its pending table and
// resend rules are tested with a fake and a manual clock instead of a broker.
#include <mutex>
#include <string>
#include <utility>
#include <vector>

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

// A channel that goes nowhere and keeps what is published: for an app run without a broker (the
// console's screenshot mode and view tests), so its events are still stamped and checked by the
// one sender. Thread-safe.
class LocalEventChannel final : public EventChannel {
 public:
  void publish(const std::string& topic, const std::string& payload) override;
  void subscribe(const std::string&, bus::MessageHandler) override {}
  bool idle() const override { return true; }
  std::vector<std::pair<std::string, std::string>> published() const;  // (topic, payload)

 private:
  mutable std::mutex mutex_;
  std::vector<std::pair<std::string, std::string>> published_;
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
