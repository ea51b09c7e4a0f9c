#include "bus/outbox_sender.h"

#include <mqtt/message.h>

#include <algorithm>
#include <cstdint>

#include "bus/bus_log.h"

namespace anju::bus {
namespace {

using namespace std::chrono_literals;

// Paho hands the user context back with the PUBACK; the key names the send it belongs to.
void* to_context(std::uint64_t key) {
  return reinterpret_cast<void*>(static_cast<std::uintptr_t>(key));
}
std::uint64_t from_context(const mqtt::token& token) {
  return static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(token.get_user_context()));
}

}  // namespace

OutboxSender::OutboxSender(const BusConfig& config, Outbox& outbox, Link& link)
    : config_(config),
      outbox_(outbox),
      link_(link),
      max_inflight_(static_cast<std::size_t>(std::max(1, config.max_inflight))),
      last_appended_(outbox.last_seq()),
      pending_(outbox.size()) {}

OutboxSender::~OutboxSender() {
  stop();
}

void OutboxSender::set_tick(std::chrono::milliseconds period, std::function<void()> tick) {
  tick_period_ = period;
  tick_ = std::move(tick);
}

void OutboxSender::start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable() || stopping_) return;
  thread_ = std::thread([this] { run(); });
}

void OutboxSender::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  std::unique_lock lock(mutex_);
  delete_acknowledged(lock);
}

void OutboxSender::appended(OutboxEntry entry) {
  std::unique_lock order(order_mutex_);
  std::unique_lock lock(mutex_);
  last_appended_ = std::max(last_appended_, entry.seq);
  ++pending_;
  // Fast path: the entry is next in line and the window has room, so hand it to Paho from this
  // thread (no wake-up of the sender thread, no read back from the outbox). Anything else (a
  // backlog, a full window, no connection) is left to the sender thread, which keeps the order.
  if (!stopping_ && can_send() && next_seq_ == entry.seq && link_.generation() == generation_) {
    send_one(lock, std::move(entry));
    return;
  }
  lock.unlock();
  order.unlock();
  wake_.notify_all();
}

void OutboxSender::link_changed() {
  { std::lock_guard lock(mutex_); }  // orders the change before the sender's next check
  wake_.notify_all();
}

bool OutboxSender::wait_flushed(std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mutex_);
  return flushed_.wait_for(lock, timeout, [&] { return pending_ == 0; });
}

std::uint64_t OutboxSender::acknowledged() const {
  std::lock_guard lock(mutex_);
  return acknowledged_;
}

std::size_t OutboxSender::pending() const {
  std::lock_guard lock(mutex_);
  return pending_;
}

void OutboxSender::on_success(const mqtt::token& token) {
  {
    std::lock_guard lock(mutex_);
    const auto it = inflight_.find(from_context(token));
    if (it == inflight_.end()) return;  // a send of an earlier connection: resent since
    acked_.push_back(it->second);
    ++acknowledged_;
    inflight_.erase(it);
  }
  wake_.notify_all();
}

void OutboxSender::on_failure(const mqtt::token& token) {
  {
    std::lock_guard lock(mutex_);
    const auto it = inflight_.find(from_context(token));
    if (it == inflight_.end()) return;
    inflight_.erase(it);
    // A failure reported after the link already started a new connection concerns the old one.
    if (failed_ || link_.generation() != generation_) return;
    failed_ = true;
  }
  // Resending on the same connection could overtake messages still in flight on it; a fresh
  // connection restarts cleanly from the oldest unacknowledged entry.
  link_.force_reconnect("a QoS 1 publish failed (rc " + std::to_string(token.get_return_code()) +
                        ")");
}

bool OutboxSender::can_send() const {
  return link_.up() && !failed_ && inflight_.size() < max_inflight_ && next_seq_ <= last_appended_;
}

void OutboxSender::delete_acknowledged(std::unique_lock<std::mutex>& lock) {
  if (acked_.empty()) return;
  std::vector<std::int64_t> batch;
  batch.swap(acked_);
  lock.unlock();
  auto removed = outbox_.remove(batch);
  lock.lock();
  if (!removed) {
    // The entries stay and are sent again after the next reconnect: a duplicate, never a loss.
    log_line(config_.node, "outbox: " + removed.error().reason);
    return;
  }
  pending_ -= std::min(pending_, *removed);
  if (pending_ == 0) flushed_.notify_all();
}

bool OutboxSender::send_one(std::unique_lock<std::mutex>& lock, OutboxEntry entry) {
  const std::uint64_t generation = generation_;
  const std::uint64_t key = ++next_key_;
  inflight_.emplace(key, entry.seq);
  next_seq_ = entry.seq + 1;
  lock.unlock();
  auto msg =
      mqtt::make_message(std::move(entry.topic), std::move(entry.payload), 1, entry.retained);
  const SendResult result = link_.publish_in_generation(generation, msg, to_context(key), *this);
  lock.lock();
  if (result == SendResult::kSent) return true;
  inflight_.erase(key);
  if (result == SendResult::kFailed && !failed_) {
    failed_ = true;
    lock.unlock();
    link_.force_reconnect("a QoS 1 publish was refused");
    lock.lock();
  }
  return false;  // kStale: the sender thread resynchronises with the new connection
}

void OutboxSender::send_batch(std::unique_lock<std::mutex>& lock) {
  lock.unlock();
  std::lock_guard order(order_mutex_);
  lock.lock();
  if (!can_send() || link_.generation() != generation_) return;  // changed meanwhile
  const std::uint64_t generation = generation_;
  const std::int64_t from = next_seq_;
  const std::int64_t upto = last_appended_;  // appends wait for order_mutex_: none can slip in
  const std::size_t room = max_inflight_ - inflight_.size();
  lock.unlock();
  auto entries = outbox_.read(from, upto, room);
  lock.lock();
  if (!entries) {
    log_line(config_.node, "outbox: " + entries.error().reason);
    wake_.wait_for(lock, 500ms, [&] { return stopping_; });
    return;
  }
  if (entries->empty()) {
    next_seq_ = std::max(next_seq_, upto + 1);
    return;
  }
  for (auto& entry : *entries) {
    if (stopping_ || generation_ != generation || !send_one(lock, std::move(entry))) return;
  }
}

void OutboxSender::run() {
  auto next_tick = std::chrono::steady_clock::now() + tick_period_;
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    const auto now = std::chrono::steady_clock::now();
    if (tick_ && tick_period_.count() > 0 && now >= next_tick) {
      lock.unlock();
      tick_();
      lock.lock();
      next_tick = std::max(next_tick + tick_period_, now);
      continue;
    }
    if (!acked_.empty()) {
      delete_acknowledged(lock);
      continue;
    }
    // A new connection (attempt): forget the old window and start from the oldest entry.
    if (const auto generation = link_.generation(); generation != generation_) {
      generation_ = generation;
      inflight_.clear();
      next_seq_ = 0;
      failed_ = false;
    }
    if (can_send()) {
      send_batch(lock);
      continue;
    }
    const auto wake = [&] {
      return stopping_ || !acked_.empty() || link_.generation() != generation_ || can_send();
    };
    if (tick_ && tick_period_.count() > 0) {
      wake_.wait_until(lock, next_tick, wake);
    } else {
      wake_.wait(lock, wake);
    }
  }
}

}  // namespace anju::bus
