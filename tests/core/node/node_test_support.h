#pragma once
// Helpers for the node tests: a fake bus channel that records what is published and lets a test
// deliver commands and decide whether the bus is idle.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "node/event_channel.h"
#include "support/temp_dir.h"

namespace anju::node::testing {

using test::TempDir;

class FakeChannel final : public EventChannel {
 public:
  void publish(const std::string& topic, const std::string& payload) override {
    std::lock_guard lock(mutex_);
    published_.emplace_back(topic, payload);
  }
  void subscribe(const std::string& filter, bus::MessageHandler handler) override {
    std::lock_guard lock(mutex_);
    handlers_.emplace_back(filter, std::move(handler));
  }
  bool idle() const override { return idle_.load(); }

  void set_idle(bool idle) { idle_ = idle; }
  // Runs the handlers subscribed to exactly this topic, as the bus thread would.
  void deliver(const std::string& topic, const std::string& payload) {
    std::vector<bus::MessageHandler> matching;
    {
      std::lock_guard lock(mutex_);
      for (const auto& [filter, handler] : handlers_) {
        if (filter == topic) matching.push_back(handler);
      }
    }
    for (const auto& handler : matching) handler(bus::Message{topic, payload, false});
  }
  std::vector<std::pair<std::string, std::string>> published() const {
    std::lock_guard lock(mutex_);
    return published_;
  }
  std::size_t subscriptions() const {
    std::lock_guard lock(mutex_);
    return handlers_.size();
  }

 private:
  mutable std::mutex mutex_;
  std::vector<std::pair<std::string, std::string>> published_;
  std::vector<std::pair<std::string, bus::MessageHandler>> handlers_;
  std::atomic<bool> idle_{true};
};

}  // namespace anju::node::testing
