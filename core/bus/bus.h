#pragma once
// The MQTT bus every Anju node uses (Paho MQTT C++ async client underneath).
//
// - Two connections to the broker: one publishes (and carries the presence birth record and the
//   Last Will), one subscribes. Debian's Paho C never sets TCP_NODELAY, and a connection that both
//   acks incoming messages and publishes stalls ~40 ms per message on Nagle + delayed ACK.
// - QoS 1 publishes go through a persistent on-disk outbox (SQLite): a message is stored before
//   publish() returns and removed only when the broker acknowledged it, so events published while
//   the broker is down are delivered when it returns, in order.
// - Reconnects by itself with exponential backoff and jitter; the subscriber keeps a persistent
//   session (clean_session = false) so QoS 1 messages queued while it was away still arrive.
// - Receivers may ask for de-duplication by message id (QoS 1 is at-least-once; with dedup the
//   handler sees each id once).
// - Handlers run on a bus thread, one message at a time, in arrival order. Never block them long.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "protocol/messages.h"
#include "storage/sqlite.h"

namespace anju::bus {

struct BusConfig {
  std::string uri = "ssl://127.0.0.1:8883";  // tcp://host:port or ssl://host:port
  std::string site = "demo";
  std::string node;  // node id; also the MQTT username and client id prefix
  protocol::NodeKind kind = protocol::NodeKind::kKiosk;
  std::string room;  // optional, goes into the presence record
  std::string version = "0.1.0";
  std::string username;  // defaults to node
  std::string password;
  std::filesystem::path ca_file;      // CA that signed the broker certificate (ssl:// only)
  std::filesystem::path outbox_path;  // SQLite file; empty = in memory (lost on crash: tests only)
  int heartbeat_s = 10;               // 0 disables heartbeats
  int keep_alive_s = 10;
  std::chrono::milliseconds backoff_min{200};
  std::chrono::milliseconds backoff_max{5000};
  int max_inflight = 64;             // unacknowledged QoS 1 publishes at once
  bool subscribe_connection = true;  // false for publish-only nodes (saves a connection)
};

struct Message {
  std::string topic;
  std::string payload;
  bool retained = false;
};

using MessageHandler = std::function<void(const Message&)>;

struct SubscribeOptions {
  int qos = 1;
  bool dedup_by_id = false;  // drop messages whose protocol id was seen recently (window of ids)
};

struct BusStats {
  std::uint64_t published = 0;  // acknowledged by the broker
  std::uint64_t received = 0;
  std::uint64_t duplicates_dropped = 0;
  std::uint64_t reconnects = 0;
  std::size_t outbox_pending = 0;
};

class Bus {
 public:
  explicit Bus(BusConfig config);
  ~Bus();  // stop()s
  Bus(const Bus&) = delete;
  Bus& operator=(const Bus&) = delete;

  // Connects in the background and keeps reconnecting; returns at once.
  void start();
  // Publishes presence offline, flushes what it can within `drain`, disconnects. Idempotent.
  void stop(std::chrono::milliseconds drain = std::chrono::milliseconds(2000));

  // QoS 1, stored in the outbox before this returns; delivered once the broker is reachable.
  void publish(std::string topic, std::string payload, bool retained = false);
  // QoS 0, best effort, dropped while disconnected (heartbeats).
  void publish_volatile(std::string topic, std::string payload);

  // Takes effect now or at the next connection; survives reconnects.
  void subscribe(std::string filter, MessageHandler handler, SubscribeOptions options = {});

  // Extra heartbeat figures (fps, dropped frames, ...), sampled at each heartbeat.
  void set_heartbeat_stats(std::function<std::vector<std::pair<std::string, double>>()> stats);

  bool connected() const;  // both connections up
  // Called from a bus thread whenever connected() changes.
  void on_connection_change(std::function<void(bool connected)> callback);
  // Blocks until connected or timeout; for tools and tests.
  bool wait_connected(std::chrono::milliseconds timeout) const;
  // Blocks until the outbox is empty (all acknowledged) or timeout.
  bool wait_flushed(std::chrono::milliseconds timeout) const;

  BusStats stats() const;
  const BusConfig& config() const;
  // The node's database, where the outbox lives (in memory if its file cannot be opened): the
  // node's other stores (node::PendingEvents) keep their tables in it. Null only if not even
  // memory could be had.
  std::shared_ptr<storage::Database> database() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace anju::bus
