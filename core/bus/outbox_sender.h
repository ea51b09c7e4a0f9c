#pragma once
// Moves the outbox to the broker: the oldest unacknowledged entries first, at most max_inflight
// unacknowledged at once, each deleted from the outbox only after its PUBACK. After every new
// connection it starts again from the oldest entry still in the outbox, so nothing is skipped and
// the broker sees the entries in order (a message the broker had already got may come twice:
// receivers de-duplicate by message id).
//
// Runs one thread, which also runs a periodic tick (the bus's heartbeats) so a node does not need
// another thread for them.
#include <mqtt/iaction_listener.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "bus/bus.h"
#include "bus/link.h"
#include "bus/outbox.h"

namespace anju::bus {

class OutboxSender final : private mqtt::iaction_listener {
 public:
  OutboxSender(const BusConfig& config, Outbox& outbox, Link& link);
  ~OutboxSender() override;
  OutboxSender(const OutboxSender&) = delete;
  OutboxSender& operator=(const OutboxSender&) = delete;

  // Runs `tick` every `period` on the sender thread (set before start()).
  void set_tick(std::chrono::milliseconds period, std::function<void()> tick);
  void start();
  // Stops the thread and deletes what was acknowledged meanwhile. Call after the link stopped
  // (no more acknowledgements can come). Idempotent.
  void stop();

  // Outbox::append committed `entry` (its seq, topic, payload and retained flag).
  void appended(OutboxEntry entry);
  // The link connected or lost its connection.
  void link_changed();

  bool wait_flushed(std::chrono::milliseconds timeout) const;
  std::uint64_t acknowledged() const;
  std::size_t pending() const;

 private:
  void on_success(const mqtt::token& token) override;
  void on_failure(const mqtt::token& token) override;
  void run();
  bool can_send() const;  // with mutex_ held
  void delete_acknowledged(std::unique_lock<std::mutex>& lock);
  void send_batch(std::unique_lock<std::mutex>& lock);
  // Marks `entry` in flight and hands it to Paho; mutex_ held on entry and exit, order_mutex_
  // held by the caller. False if it was not sent.
  bool send_one(std::unique_lock<std::mutex>& lock, OutboxEntry entry);

  const BusConfig& config_;
  Outbox& outbox_;
  Link& link_;
  std::size_t max_inflight_;
  std::chrono::milliseconds tick_period_{0};
  std::function<void()> tick_;

  // Held from "mark in flight" to "handed to Paho" by whoever sends (sender thread or a
  // publishing caller), so entries reach Paho in outbox order. Taken before mutex_.
  std::mutex order_mutex_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  mutable std::condition_variable flushed_;
  bool stopping_ = false;
  bool failed_ = false;           // a send failed on this connection: wait for the next one
  std::uint64_t generation_ = 0;  // the link connection our window belongs to
  std::int64_t next_seq_ = 0;     // next outbox entry to send on this connection
  std::int64_t last_appended_ = 0;
  std::uint64_t next_key_ = 0;
  std::map<std::uint64_t, std::int64_t> inflight_;  // token key -> outbox seq, this connection
  std::vector<std::int64_t> acked_;                 // acknowledged, not yet deleted
  std::size_t pending_ = 0;                         // entries in the outbox
  std::uint64_t acknowledged_ = 0;
  std::thread thread_;
};

}  // namespace anju::bus
