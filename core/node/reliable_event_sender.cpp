#include "node/reliable_event_sender.h"

#include <utility>
#include <variant>
#include <vector>

#include "bus/bus_log.h"
#include "protocol/codec.h"

namespace anju::node {

// Applies receipts to the pending table. The bus keeps its handler for as long as it lives, so the
// handler holds this only weakly and the sender's destructor detaches the callback.
class ReliableEventSender::Receipts {
 public:
  Receipts(std::string node, std::unique_ptr<PendingEvents> table)
      : node_(std::move(node)), table_(std::move(table)) {}

  PendingEvents& table() { return *table_; }

  void on_message(const bus::Message& m) {
    if (m.payload.empty()) return;
    auto decoded = protocol::decode(m.topic, m.payload);
    if (!decoded) {
      // A receipt this node cannot read means resends until it can: worth a line.
      bus::log_line(node_, "ignored a command on " + m.topic + ": " + decoded.error().reason);
      return;
    }
    const auto* command = std::get_if<protocol::Command>(&decoded->message);
    if (!command || command->cmd != protocol::CommandType::kReceipt) return;  // not ours
    auto removed = table_->remove(command->events);
    if (!removed) {
      bus::log_line(node_, "pending events: cannot apply receipt " + command->id + ": " +
                               removed.error().reason);
      return;
    }
    std::lock_guard lock(callback_mutex_);
    confirmed_ += removed->size();
    if (!callback_) return;
    for (const auto& id : removed.value()) callback_(id);
  }

  void set_callback(std::function<void(const std::string&)> callback) {
    std::lock_guard lock(callback_mutex_);
    callback_ = std::move(callback);
  }

  std::uint64_t confirmed() {
    std::lock_guard lock(callback_mutex_);
    return confirmed_;
  }

 private:
  std::string node_;
  std::unique_ptr<PendingEvents> table_;
  std::mutex callback_mutex_;  // held while the callback runs: detaching waits for it
  std::function<void(const std::string&)> callback_;
  std::uint64_t confirmed_ = 0;
};

Result<LocalSender> open_local_sender(std::string site, std::string node, const Clock& clock) {
  LocalSender local{std::make_shared<LocalEventChannel>(), nullptr};
  ReliableEventSenderOptions options;
  options.check_every = std::chrono::milliseconds(0);  // nobody to send again to
  auto opened =
      ReliableEventSender::open(local.channel, std::move(site), std::move(node), options, clock);
  if (!opened) return opened.error();
  local.sender = std::move(opened).value();
  return local;
}

std::filesystem::path legacy_pending_path(const bus::BusConfig& config) {
  if (config.outbox_path.empty()) return {};
  return std::filesystem::path(config.outbox_path.string() + ".pending");
}

Result<std::unique_ptr<ReliableEventSender>> ReliableEventSender::open(
    bus::Bus& bus, ReliableEventSenderOptions options, const Clock& clock) {
  if (!bus.config().subscribe_connection) {
    // Receipts could never arrive: every event would be sent again for ever.
    return Error{ErrorCode::kConfig,
                 "reliable event sender: the bus has no subscribe connection for receipts"};
  }
  const bool own_database = !options.database;
  if (own_database) options.database = bus.database();
  if (!options.database) {
    return Error{ErrorCode::kIo, "reliable event sender: the bus has no database (see its log)"};
  }
  auto sender = open(std::make_shared<BusEventChannel>(bus), bus.config().site, bus.config().node,
                     std::move(options), clock);
  if (sender && own_database) {
    const auto old_file = legacy_pending_path(bus.config());
    auto adopted = (*sender)->receipts_->table().adopt(old_file);
    if (!adopted) {
      // Those events stay in the old file (nothing is deleted on failure); say so every start.
      bus::log_line(bus.config().node, "pending events in " + old_file.string() +
                                           " not taken over: " + adopted.error().reason);
    } else if (*adopted > 0) {
      bus::log_line(bus.config().node, "took over " + std::to_string(*adopted) +
                                           " unconfirmed event(s) from " + old_file.string());
    }
  }
  return sender;
}

Result<std::unique_ptr<ReliableEventSender>> ReliableEventSender::open(
    std::shared_ptr<EventChannel> channel, std::string site, std::string node,
    ReliableEventSenderOptions options, const Clock& clock) {
  if (!channel) return Error{ErrorCode::kConfig, "reliable event sender: no channel"};
  if (!protocol::is_valid_id(site) || !protocol::is_valid_id(node)) {
    return Error{ErrorCode::kConfig, "reliable event sender: invalid site or node id"};
  }
  if (options.resend_after.count() <= 0 || options.check_every.count() < 0 ||
      options.max_resends_per_check == 0) {
    return Error{ErrorCode::kConfig,
                 "reliable event sender: resend_after and max_resends_per_check must be positive"};
  }
  if (!options.database) {
    auto memory = storage::Database::open_in_memory();
    if (!memory) return memory.error();
    options.database = std::move(memory).value();
  }
  auto table = PendingEvents::open(options.database);
  if (!table) {
    return Error{table.error().code, "pending events in " + options.database->path().string() +
                                         ": " + table.error().reason};
  }
  if (const auto left = table.value()->size(); left > 0) {
    bus::log_line(node, std::to_string(left) +
                            " event(s) from before the restart still wait for their receipt");
  }
  auto receipts = std::make_shared<Receipts>(node, std::move(table).value());
  std::weak_ptr<Receipts> weak = receipts;
  channel->subscribe(protocol::topic(site, protocol::TopicKind::kCmd, node),
                     [weak](const bus::Message& m) {
                       if (auto alive = weak.lock()) alive->on_message(m);
                     });
  return std::unique_ptr<ReliableEventSender>(new ReliableEventSender(
      std::move(channel), std::move(site), std::move(node), options, clock, std::move(receipts)));
}

ReliableEventSender::ReliableEventSender(std::shared_ptr<EventChannel> channel, std::string site,
                                         std::string node, ReliableEventSenderOptions options,
                                         const Clock& clock, std::shared_ptr<Receipts> receipts)
    : channel_(std::move(channel)),
      node_(std::move(node)),
      event_topic_(protocol::topic(site, protocol::TopicKind::kEvent, node_)),
      options_(std::move(options)),
      clock_(clock),
      receipts_(std::move(receipts)),
      ids_(node_) {
  if (options_.check_every.count() > 0) timer_ = std::thread([this] { run_timer(); });
}

ReliableEventSender::~ReliableEventSender() {
  stop();
  receipts_->set_callback(nullptr);
}

void ReliableEventSender::stop() {
  {
    std::lock_guard lock(timer_mutex_);
    stopping_ = true;
  }
  timer_cv_.notify_all();
  if (timer_.joinable()) timer_.join();
}

Result<std::string> ReliableEventSender::publish(protocol::Event event) {
  std::lock_guard lock(stamp_mutex_);
  event.node = node_;
  event.id = ids_.next();
  event.seq = ids_.last_seq();
  event.ts = clock_.now_ms();
  if (auto sent = send(event); !sent) return sent.error();
  return event.id;
}

Result<bool> ReliableEventSender::send(const protocol::Event& event) {
  if (event.node != node_) {
    return Error{ErrorCode::kInvalidValue,
                 "event of node '" + event.node + "' cannot be sent by node '" + node_ + "'"};
  }
  std::string payload = protocol::encode(event);
  // The engine refuses what does not decode and never confirms it: it would be resent for ever.
  if (auto checked = protocol::decode_event(payload); !checked) return checked.error();
  auto kept = receipts_->table().add(event.id, event_topic_, payload, clock_.now_ms());
  channel_->publish(event_topic_, payload);
  {
    std::lock_guard lock(stats_mutex_);
    ++sent_;
  }
  if (!kept) {
    bus::log_line(node_, "pending events: " + kept.error().reason + "; event " + event.id +
                             " is published but will not be sent again");
    return Error{
        kept.error().code,
        "event " + event.id + " published but not kept for resending: " + kept.error().reason};
  }
  return true;
}

void ReliableEventSender::on_confirmed(std::function<void(const std::string& event_id)> callback) {
  receipts_->set_callback(std::move(callback));
}

std::size_t ReliableEventSender::pending() {
  return receipts_->table().size();
}

std::size_t ReliableEventSender::wait_confirmed(std::chrono::milliseconds timeout) {
  const auto until = std::chrono::steady_clock::now() + timeout;
  std::size_t left = pending();
  while (left > 0 && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    left = pending();
  }
  return left;
}

bool ReliableEventSender::is_pending(const std::string& event_id) {
  return receipts_->table().contains(event_id);
}

ReliableEventSenderStats ReliableEventSender::stats() const {
  ReliableEventSenderStats s;
  {
    std::lock_guard lock(stats_mutex_);
    s.sent = sent_;
    s.resent = resent_;
  }
  s.confirmed = receipts_->confirmed();
  return s;
}

std::size_t ReliableEventSender::resend_due() {
  std::lock_guard lock(resend_mutex_);
  const TimestampMs now = clock_.now_ms();
  if (!channel_->idle()) {
    // Disconnected, or first sends still queued: resending now would only queue behind them.
    idle_since_.reset();
    return 0;
  }
  if (!idle_since_) idle_since_ = now;
  const TimestampMs after = options_.resend_after.count();
  // Right after an outage the outbox has just delivered the backlog: give the engine its time to
  // confirm it before resending any of it.
  if (now - *idle_since_ < after) return 0;
  auto due = receipts_->table().sent_until(now - after, options_.max_resends_per_check);
  if (!due) {
    bus::log_line(node_, "pending events: cannot read: " + due.error().reason);
    return 0;
  }
  if (due->empty()) return 0;
  std::vector<std::string> ids;
  ids.reserve(due->size());
  for (const auto& e : due.value()) {
    channel_->publish(e.topic, e.payload);
    ids.push_back(e.id);
  }
  if (auto marked = receipts_->table().mark_sent(ids, now); !marked) {
    bus::log_line(node_, "pending events: cannot record resend: " + marked.error().reason);
  }
  const auto& oldest = due->front();
  bus::log_line(node_, "resent " + std::to_string(ids.size()) +
                           " event(s) without a receipt; oldest " + oldest.id + ", sent " +
                           std::to_string(oldest.sends + 1) + " times");
  std::lock_guard stats_lock(stats_mutex_);
  resent_ += ids.size();
  return ids.size();
}

void ReliableEventSender::run_timer() {
  std::unique_lock lock(timer_mutex_);
  while (!timer_cv_.wait_for(lock, options_.check_every, [&] { return stopping_; })) {
    lock.unlock();
    resend_due();
    lock.lock();
  }
}

}  // namespace anju::node
