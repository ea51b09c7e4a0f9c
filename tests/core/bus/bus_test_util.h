#pragma once
// Helpers for the bus integration tests: a handler that collects messages and lets the test wait
// for them (condition waits with a timeout, never fixed sleeps), and test events.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <functional>
#include <initializer_list>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "bus/bus.h"
#include "protocol/codec.h"
#include "protocol/topics.h"

namespace anju::bus::testing {

using namespace std::chrono_literals;

// Declare before the Bus that calls it: the handler must outlive the bus.
class Collector {
 public:
  MessageHandler handler() {
    return [this](const Message& m) {
      {
        std::lock_guard lock(mutex_);
        messages_.push_back(m);
      }
      cv_.notify_all();
    };
  }

  bool wait_until(const std::function<bool(const std::vector<Message>&)>& done,
                  std::chrono::milliseconds timeout = 5s) {
    std::unique_lock lock(mutex_);
    return cv_.wait_for(lock, timeout, [&] { return done(messages_); });
  }
  bool wait_for_count(std::size_t n, std::chrono::milliseconds timeout = 5s) {
    return wait_until([n](const auto& m) { return m.size() >= n; }, timeout);
  }
  // Waits for a message on `topic` whose payload contains `needle`.
  bool wait_for(const std::string& topic, const std::string& needle,
                std::chrono::milliseconds timeout = 5s) {
    return wait_until(
        [&](const auto& messages) {
          for (const auto& m : messages) {
            if (m.topic == topic && m.payload.find(needle) != std::string::npos) return true;
          }
          return false;
        },
        timeout);
  }
  std::vector<Message> messages() const {
    std::lock_guard lock(mutex_);
    return messages_;
  }

 private:
  mutable std::mutex mutex_;
  std::condition_variable cv_;
  std::vector<Message> messages_;
};

// Starts the buses together and waits until each is connected, its subscriptions made. Together
// matters: Paho C serves all its clients from one receive thread that polls with a 1 s timeout, so
// a connection opened while the process's other connections sit idle takes 1-2 s to complete.
[[nodiscard]] inline ::testing::AssertionResult start_all(std::initializer_list<Bus*> buses,
                                                          std::chrono::milliseconds timeout = 10s) {
  for (Bus* bus : buses) bus->start();
  for (Bus* bus : buses) {
    if (!bus->wait_connected(timeout)) {
      return ::testing::AssertionFailure() << bus->config().node << " did not connect";
    }
  }
  return ::testing::AssertionSuccess();
}

// For states the bus offers no wait for (e.g. "not connected"): checks every 5 ms until true.
[[nodiscard]] inline bool eventually(const std::function<bool()>& condition,
                                     std::chrono::milliseconds timeout = 5s) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!condition()) {
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(5ms);
  }
  return true;
}

inline protocol::Event make_event(const std::string& node, std::uint64_t seq,
                                  const std::string& id_prefix = "test") {
  protocol::Event e;
  e.id = node + "-" + id_prefix + "-" + std::to_string(seq);
  e.ts = 1'700'000'000'000 + static_cast<TimestampMs>(seq);
  e.seq = seq;
  e.node = node;
  e.type = protocol::EventType::kCall;
  e.room = "101";
  e.bed = "A";
  return e;
}

// The Event sequence numbers in the order they arrived (0 for anything that does not decode).
inline std::vector<std::uint64_t> event_seqs(const std::vector<Message>& messages) {
  std::vector<std::uint64_t> seqs;
  for (const auto& m : messages) {
    auto e = protocol::decode_event(m.payload);
    seqs.push_back(e.ok() ? e->seq : 0);
  }
  return seqs;
}

// Empty if `seqs` is exactly 1..n in order; otherwise what is wrong, for the failure message.
inline std::string sequence_problem(const std::vector<std::uint64_t>& seqs, std::uint64_t n) {
  for (std::size_t i = 0; i < seqs.size(); ++i) {
    if (i >= n)
      return "more than " + std::to_string(n) + " messages: extra " + std::to_string(seqs[i]);
    if (seqs[i] != i + 1) {
      std::string around;
      for (std::size_t j = (i < 3 ? 0 : i - 3); j < std::min(seqs.size(), i + 4); ++j) {
        around += std::to_string(seqs[j]) + " ";
      }
      return "position " + std::to_string(i) + " holds " + std::to_string(seqs[i]) +
             " (around: " + around + ")";
    }
  }
  if (seqs.size() < n) return "only " + std::to_string(seqs.size()) + " of " + std::to_string(n);
  return {};
}

// Each of 1..n exactly once, and none more than `window` places from its turn: what holds across
// a broker outage, where messages in flight when it went down may arrive after later ones.
inline std::string sequence_problem_within(std::vector<std::uint64_t> seqs, std::uint64_t n,
                                           std::size_t window) {
  for (std::size_t i = 0; i < seqs.size(); ++i) {
    const auto turn = static_cast<std::int64_t>(seqs[i]) - 1;
    const auto displaced = std::llabs(turn - static_cast<std::int64_t>(i));
    if (displaced > static_cast<std::int64_t>(window)) {
      return "position " + std::to_string(i) + " holds " + std::to_string(seqs[i]) + ", " +
             std::to_string(displaced) + " places from its turn (window " + std::to_string(window) +
             ")";
    }
  }
  std::sort(seqs.begin(), seqs.end());
  return sequence_problem(seqs, n);
}

}  // namespace anju::bus::testing
