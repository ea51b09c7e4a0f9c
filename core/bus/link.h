#pragma once
// One MQTT connection that keeps itself up. Paho's own automatic reconnect does not retry a
// first connect that failed, so this runs its own loop: connect, and after a failure or a lost
// connection wait (exponential backoff with jitter) and try again until stop().
//
// Every connect attempt starts a new "generation". The outbox sender publishes with the
// generation it planned for; a publish meant for an old connection is refused instead of going
// out on the new one ahead of the resend from the oldest unacknowledged message (which would
// break the order).
//
// Paho C serves every client of a process from one receive thread that polls with a 1 s timeout:
// a connection opened while the process's other connections sit idle takes 1-2 s to complete.
// The bus starts its two links together, which avoids it at start-up.
#include <mqtt/async_client.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "bus/bus.h"

namespace anju::bus {

struct LinkSettings {
  std::string name;  // "publisher" / "subscriber", for logs
  std::string client_id;
  bool clean_session = true;
};

enum class SendResult { kSent, kStale, kFailed };
enum class SubscribeResult { kConfirmed, kRefused, kNoAnswer, kNotConnected };

class Link {
 public:
  using WillFactory = std::function<std::optional<mqtt::will_options>()>;

  Link(const BusConfig& config, LinkSettings settings);
  ~Link();
  Link(const Link&) = delete;
  Link& operator=(const Link&) = delete;

  // Hooks, set before start().
  void set_will(WillFactory will) { will_ = std::move(will); }
  void on_up(std::function<void()> f) { on_up_ = std::move(f); }      // link thread
  void on_down(std::function<void()> f) { on_down_ = std::move(f); }  // Paho or link thread
  void on_message(std::function<void(mqtt::const_message_ptr)> f);    // Paho thread

  void start();
  // Stops reconnecting and disconnects gracefully (the broker does not send the Last Will),
  // giving in-flight messages up to `timeout`. Idempotent.
  void stop(std::chrono::milliseconds timeout);

  bool up() const { return up_.load(); }
  std::uint64_t generation() const { return generation_.load(); }
  std::uint64_t connections() const { return connections_.load(); }

  // Publishes on connection `generation` only; kStale if a newer connection (attempt) exists.
  SendResult publish_in_generation(std::uint64_t generation, mqtt::const_message_ptr msg,
                                   void* context, mqtt::iaction_listener& listener);
  // Best effort on whatever connection is up (presence, heartbeats); null if not sent.
  mqtt::delivery_token_ptr publish(mqtt::const_message_ptr msg);
  // Subscribes now if up and waits up to `wait` for the broker's answer (SUBACK).
  SubscribeResult subscribe(const std::vector<std::pair<std::string, int>>& filters,
                            std::chrono::milliseconds wait);
  // Drops the current connection so the loop makes a fresh one (a publish failed on it).
  void force_reconnect(std::string_view reason);

 private:
  void run();
  std::string try_connect();  // empty on success, else the reason
  std::string describe_connect_failure(const mqtt::exception& e) const;
  mqtt::connect_options connect_options();
  void handle_lost(const std::string& cause);
  void log(std::string_view text) const;

  const BusConfig& config_;
  LinkSettings settings_;
  std::unique_ptr<mqtt::async_client> client_;  // null if the URI was unusable
  WillFactory will_;
  std::function<void()> on_up_;
  std::function<void()> on_down_;

  mutable std::mutex mutex_;
  std::condition_variable cv_;
  bool stopping_ = false;
  bool drop_requested_ = false;
  std::atomic<bool> stop_flag_{false};  // read by try_connect without the mutex
  std::atomic<bool> up_{false};
  std::uint64_t lost_count_ = 0;  // connection losses reported by Paho (under mutex_)
  std::atomic<std::uint64_t> connections_{0};

  // Held while publishing on a generation and while starting a new one: see the header comment.
  std::mutex send_mutex_;
  std::atomic<std::uint64_t> generation_{0};

  std::thread thread_;
};

}  // namespace anju::bus
