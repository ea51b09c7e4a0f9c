#pragma once
// End-to-end delivery of a node's events to the station engine (docs/protocol.md, Receipts).
//
// The bus outbox keeps a message only until the broker's PUBACK, and Paho on the engine's side
// acknowledges a message before the engine has handled it: an engine killed at the wrong moment
// loses events the broker already counts as delivered. So every event sent through this class is
// also kept in a pending table (in the node's database, beside the outbox) until the engine's
// receipt (a `receipt` command on the node's own cmd topic) names it as journalled. An event
// without a receipt after `resend_after` is published again with the same id; the engine
// de-duplicates by id and sends the receipt again.
//
//   bus::Bus bus(config);
//   auto sender = node::ReliableEventSender::open(bus);     // before or after bus.start()
//   if (!sender) ... sender.error().reason
//   (*sender)->on_confirmed([](const std::string& id) { ... "the station has your call" ... });
//   auto id = (*sender)->publish(event);   // stamps node, id, seq and ts
//
// Destroy the sender before its bus (declare it after the bus).
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "bus/bus.h"
#include "common/clock.h"
#include "common/ids.h"
#include "common/result.h"
#include "node/event_channel.h"
#include "node/event_sink.h"
#include "node/pending_events.h"

namespace anju::node {

struct ReliableEventSenderOptions {
  // An event whose receipt has not come this long after it was last sent is sent again; so is
  // every pending event once the bus has been idle (connected, outbox empty) this long.
  std::chrono::milliseconds resend_after{10'000};
  // How often the resend timer looks; 0 = no timer thread (tests call resend_due()).
  std::chrono::milliseconds check_every{1'000};
  // Events sent again per look at most, oldest first: after a long engine outage the backlog goes
  // out at a bounded rate instead of all at once.
  std::size_t max_resends_per_check = 200;
  // The database that keeps the pending table. Null: the bus's own (Bus::database(), the outbox's
  // file); for a sender over another channel, a private one in memory (tests: lost with the
  // process).
  std::shared_ptr<storage::Database> database;
};

struct ReliableEventSenderStats {
  std::uint64_t sent = 0;       // send() calls that were published
  std::uint64_t resent = 0;     // resends
  std::uint64_t confirmed = 0;  // events named by a receipt while pending
};

class ReliableEventSender final : public EventSink {
 public:
  // For a node's bus: receipts arrive on the bus's own cmd topic, events go to its event topic.
  static Result<std::unique_ptr<ReliableEventSender>> open(
      bus::Bus& bus, ReliableEventSenderOptions options = {},
      const Clock& clock = SystemClock::instance());
  // With any channel (tests use a fake).
  static Result<std::unique_ptr<ReliableEventSender>> open(
      std::shared_ptr<EventChannel> channel, std::string site, std::string node,
      ReliableEventSenderOptions options = {}, const Clock& clock = SystemClock::instance());

  ~ReliableEventSender() override;  // stop()s
  ReliableEventSender(const ReliableEventSender&) = delete;
  ReliableEventSender& operator=(const ReliableEventSender&) = delete;

  // Stamps the envelope (this node, a new id, the next seq, the clock's time), then send()s it.
  // Thread-safe; seq follows the order of the calls.
  Result<std::string> publish(protocol::Event event) override;

  // Keeps an event that is already stamped in the pending table, then publishes it (QoS 1,
  // through the bus outbox): for load generators that replay recorded events.
  // Refused (not published) if it is not this node's event or does not pass the protocol's checks
  // (the engine would refuse it and never confirm it). An error from the pending table means the
  // event was still published, but will not be sent again: report it, the node's disk is in
  // trouble.
  Result<bool> send(const protocol::Event& event);

  // Called on a bus thread with the id of each pending event a receipt confirmed (once per event).
  // A kiosk shows "the station has your call" from here.
  void on_confirmed(std::function<void(const std::string& event_id)> callback);

  std::size_t pending();  // events still waiting for their receipt
  // Before a clean stop: waits up to `timeout` for the receipts of what is pending; returns how
  // many events still wait (sent again at the next start, with a persistent outbox).
  std::size_t wait_confirmed(std::chrono::milliseconds timeout);
  bool is_pending(const std::string& event_id);
  ReliableEventSenderStats stats() const;

  // One look of the resend timer: if the channel is idle (and has been for resend_after), sends
  // again the events last sent resend_after ago or earlier, oldest first. Returns how many.
  std::size_t resend_due();
  // Stops the resend timer; receipts are still applied. Idempotent.
  void stop();

 private:
  class Receipts;  // the bus handler's view of the table: outlives the sender if it must

  ReliableEventSender(std::shared_ptr<EventChannel> channel, std::string site, std::string node,
                      ReliableEventSenderOptions options, const Clock& clock,
                      std::shared_ptr<Receipts> receipts);
  void run_timer();

  std::shared_ptr<EventChannel> channel_;
  std::string node_;
  std::string event_topic_;
  ReliableEventSenderOptions options_;
  const Clock& clock_;
  std::shared_ptr<Receipts> receipts_;

  std::mutex stamp_mutex_;  // seq in the order of publish() calls, across threads
  IdGenerator ids_;
  std::mutex resend_mutex_;                // one resend pass at a time
  std::optional<TimestampMs> idle_since_;  // when the channel was first seen idle, this stretch
  mutable std::mutex stats_mutex_;
  std::uint64_t sent_ = 0;
  std::uint64_t resent_ = 0;

  std::mutex timer_mutex_;
  std::condition_variable timer_cv_;
  bool stopping_ = false;
  std::thread timer_;
};

// A sender over a LocalEventChannel (nothing leaves the process): an app run without a broker
// (screenshot modes, view tests) still has its events stamped and checked the one way.
struct LocalSender {
  std::shared_ptr<LocalEventChannel> channel;  // what was "published"
  std::unique_ptr<ReliableEventSender> sender;
};
Result<LocalSender> open_local_sender(std::string site, std::string node,
                                      const Clock& clock = SystemClock::instance());

// Where releases before the table moved into the outbox's database kept it: outbox_path +
// ".pending"; empty for an in-memory outbox. open(bus) adopts what such a file holds.
std::filesystem::path legacy_pending_path(const bus::BusConfig& config);

}  // namespace anju::node
