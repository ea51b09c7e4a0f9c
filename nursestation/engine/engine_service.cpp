#include "engine/engine_service.h"

#include <iostream>

#include "protocol/codec.h"

namespace anju::engine {

using protocol::TopicKind;

EngineService::EngineService(EngineServiceConfig config, const Clock& clock)
    : config_(std::move(config)),
      clock_(clock),
      receipt_ids_(config_.bus.node.empty() ? "engine" : config_.bus.node) {}

EngineService::~EngineService() {
  stop();
}

void EngineService::log(const std::string& line) const {
  if (log_)
    log_(line);
  else
    std::cerr << "anju-engine: " << line << std::endl;
}

Result<bool> EngineService::start() {
  auto journal = Journal::open(config_.journal_path);
  if (!journal) return journal.error();
  journal_ = std::move(journal).value();
  // Reports read the journal on their own connection (WAL: readers never block the writer), so
  // the minute's report query runs without holding up events.
  auto reports = Journal::open(config_.journal_path);
  if (!reports) return reports.error();
  report_journal_ = std::move(reports).value();
  engine_ = std::make_unique<AlarmEngine>(config_.policy, clock_, config_.settings, config_.rounds);
  auto active = journal_->active_alarms();
  if (!active) return active.error();
  auto seen = journal_->recent_event_ids(config_.settings.dedup_window);
  if (!seen) return seen.error();
  auto incidents =
      journal_->incidents_since(clock_.now_ms() - config_.incident_days * 86'400'000LL);
  if (!incidents) return incidents.error();
  engine_->restore(active.value(), seen.value(), incidents.value());
  auto assignments = journal_->assignments();
  if (!assignments) return assignments.error();
  engine_->restore_assignments(assignments.value());
  log("journal " + config_.journal_path.string() + ": " + std::to_string(active.value().size()) +
      " active alarms restored");

  bus_ = std::make_unique<bus::Bus>(config_.bus);
  // Re-publish the restored truth first: retained topics may be stale after a crash.
  EngineOutput restored = engine_->snapshot();
  restored.incidents = incidents.value();
  publish(restored);
  publish_reports(true);

  const auto& site = config_.bus.site;
  for (auto kind : {TopicKind::kEvent, TopicKind::kPresence, TopicKind::kHeartbeat}) {
    // The engine de-duplicates itself (memory window + journal primary key), across restarts too.
    bus_->subscribe(protocol::topic_filter(site, kind),
                    [this](const bus::Message& m) { on_message(m); },
                    {.qos = 1, .dedup_by_id = false});
  }
  // A broker that crashed can come back without the retained messages it held (Mosquitto saves
  // them at its autosave, RabbitMQ's store is written lazily), and a console's queued states die
  // with it. After every reconnect the engine publishes its whole state again, so a console that
  // subscribes afterwards still sees every active alarm.
  bus_->on_connection_change([this](bool up) {
    if (!up) {
      broker_lost_ = true;
      return;
    }
    if (!broker_lost_.exchange(false)) return;  // the first connection: published above
    std::lock_guard lock(mutex_);
    const EngineOutput again = engine_->snapshot();
    publish(again);
    log("broker back: " + std::to_string(again.alarms.size()) + " active alarms and " +
        std::to_string(again.rooms.size()) + " rooms published again");
  });
  bus_->start();
  running_ = true;
  ticker_ = std::thread([this] { tick_loop(); });
  return true;
}

void EngineService::stop() {
  if (running_.exchange(false) && ticker_.joinable()) ticker_.join();
  if (!bus_) return;
  {
    // Confirm what was journalled since the last tick, so its sources need not send it again.
    std::lock_guard lock(mutex_);
    flush_receipts();
  }
  bus_->stop();
}

void EngineService::on_message(const bus::Message& m) {
  if (m.payload.empty()) return;  // a cleared retained message
  auto decoded = protocol::decode(m.topic, m.payload);
  std::lock_guard lock(mutex_);
  if (!decoded) {
    ++stats_.rejected;
    log("rejected " + m.topic + ": " + to_string(decoded.error().code) + ": " +
        decoded.error().reason);
    return;
  }
  const auto& msg = decoded.value().message;
  EngineOutput out;
  const protocol::Event* event = std::get_if<protocol::Event>(&msg);
  if (event) {
    out = engine_->on_event(*event);
    if (out.duplicate) {
      ++stats_.duplicates;
      confirm_duplicate(*event);
      return;
    }
    ++stats_.events;
  } else if (const auto* p = std::get_if<protocol::Presence>(&msg)) {
    // Our own retained Last Will from a previous run is not a device going offline.
    if (p->node == config_.bus.node) return;
    out = engine_->on_presence(*p);
  } else if (const auto* h = std::get_if<protocol::Heartbeat>(&msg)) {
    if (h->node == config_.bus.node) return;
    out = engine_->on_heartbeat(*h);
  } else {
    return;
  }
  // Journal first; only what is journalled is published.
  auto recorded = journal_->record(event, m.payload, out, clock_.now_ms());
  if (!recorded) {
    log("JOURNAL FAILURE, not publishing: " + recorded.error().reason);
    return;
  }
  if (event) receipts_.add(event->node, event->id);  // journalled now, or before a restart
  if (!recorded.value()) {
    ++stats_.duplicates;  // already journalled before a restart
    return;
  }
  for (const auto& note : out.notes) log(note);
  publish(out);
  stats_.active_alarms = engine_->active_count();
  if (event) event_age_ms_.observe(static_cast<double>(clock_.now_ms() - event->ts));
}

// A redelivery of an event this process has handled: its source resent it because the receipt
// did not arrive (lost with a crash, or still on its way). Confirm it again, but only if the
// journal really has it: after a journal failure the memory knows events the journal does not.
void EngineService::confirm_duplicate(const protocol::Event& event) {
  auto journalled = journal_->contains_event(event.id);
  if (!journalled) {
    log("JOURNAL FAILURE, no receipt for " + event.id + ": " + journalled.error().reason);
  } else if (journalled.value()) {
    receipts_.add(event.node, event.id);
  } else {
    log("no receipt for " + event.id + ": handled but never journalled (journal failure)");
  }
}

void EngineService::flush_receipts() {
  if (receipts_.empty()) return;
  const auto& site = config_.bus.site;
  for (const auto& receipt : receipts_.take(receipt_ids_, clock_.now_ms())) {
    bus_->publish(protocol::topic(site, TopicKind::kCmd, receipt.node), protocol::encode(receipt),
                  false);
    ++stats_.receipts;
  }
}

void EngineService::publish(const EngineOutput& out) {
  const auto& site = config_.bus.site;
  for (const auto& a : out.alarms)
    bus_->publish(protocol::topic(site, TopicKind::kAlarm, a.alarm), protocol::encode(a), true);
  for (const auto& r : out.rooms)
    bus_->publish(protocol::topic(site, TopicKind::kRoom, r.room), protocol::encode(r), true);
  for (const auto& c : out.commands)
    bus_->publish(protocol::topic(site, TopicKind::kCmd, c.node), protocol::encode(c), false);
  for (const auto& id : out.cleared_alarms)
    bus_->publish(protocol::topic(site, TopicKind::kAlarm, id), "", true);
  for (const auto& i : out.incidents)
    bus_->publish(protocol::topic(site, TopicKind::kIncident, i.incident), protocol::encode(i),
                  true);
}

void EngineService::publish_reports(bool force) {
  const TimestampMs now = clock_.now_ms();
  if (!force && now < next_report_) return;
  next_report_ = now + config_.report_interval.count();
  const auto shift = shift_at(config_.shifts, now);
  std::map<std::string, TimestampMs> rooms;
  {
    std::lock_guard lock(mutex_);
    for (const auto& r : engine_->rounds().status(now)) rooms[r.room] = r.tracked_since;
  }
  auto send = [&](const ShiftWindow& w, const std::string& which, TimestampMs to) {
    auto report = report_from_journal(*report_journal_, config_.rounds, w.from, to, rooms);
    if (!report) return log("shift report failed: " + report.error().reason);
    auto m = to_message(report.value(), which, w.name);
    m.id = report_ids_.next();
    m.ts = now;
    bus_->publish(protocol::topic(config_.bus.site, TopicKind::kReport, which), protocol::encode(m),
                  true);
  };
  if (force || shift != reported_shift_) {
    send(shift_at(config_.shifts, shift.from - 1), "previous", shift.from);
    reported_shift_ = shift;
  }
  send(shift, "current", now);
}

void EngineService::tick_loop() {
  while (running_) {
    {
      std::lock_guard lock(mutex_);
      auto out = engine_->tick();
      if (!out.empty()) {
        if (auto r = journal_->record(out); !r)
          log("JOURNAL FAILURE: " + r.error().reason);
        else
          publish(out);
      }
      flush_receipts();
    }
    publish_reports(false);  // takes the lock only for the rounds snapshot
    std::this_thread::sleep_for(config_.tick_interval);
  }
}

std::vector<metrics::Family> EngineService::metrics() const {
  using namespace metrics;
  std::vector<Family> out;
  std::map<std::string, int> by_status, by_priority;
  EngineServiceStats s;
  {
    std::lock_guard lock(mutex_);
    s = stats_;
    by_status = engine_->active_by(false);
    by_priority = engine_->active_by(true);
  }
  out.push_back(counter("anju_engine_events_total", "events journalled", s.events));
  out.push_back(
      counter("anju_engine_duplicate_events_total", "redelivered events ignored", s.duplicates));
  out.push_back(counter("anju_engine_rejected_messages_total",
                        "messages refused by the decoder (malformed, forged)", s.rejected));
  out.push_back(counter("anju_engine_receipts_total", "receipt commands published", s.receipts));
  Family alarms{"anju_engine_active_alarms", "active alarms by status", "gauge", {}, 0};
  for (const char* status : {"raised", "acknowledged", "present"})
    alarms.samples.push_back({label("status", status), double(by_status[status])});
  out.push_back(alarms);
  Family priorities{
      "anju_engine_active_alarms_by_priority", "active alarms by priority", "gauge", {}, 0};
  for (const char* p : {"high", "medium", "low"})
    priorities.samples.push_back({label("priority", p), double(by_priority[p])});
  out.push_back(priorities);
  out.push_back(histogram("anju_engine_event_age_seconds",
                          "an event's age once its alarm changes are journalled and published",
                          event_age_ms_.snapshot(), 0.001));
  const auto b = bus_->stats();
  out.push_back(gauge("anju_engine_broker_connected", "1 while connected to the broker",
                      bus_->connected() ? 1 : 0));
  out.push_back(counter("anju_engine_broker_reconnects_total", "reconnections to the broker",
                        double(b.reconnects)));
  out.push_back(gauge("anju_engine_outbox_pending", "publishes not yet acknowledged by the broker",
                      double(b.outbox_pending)));
  out.push_back(counter("anju_engine_published_total", "publishes acknowledged by the broker",
                        double(b.published)));
  return out;
}

EngineServiceStats EngineService::stats() const {
  std::lock_guard lock(mutex_);
  return stats_;
}

}  // namespace anju::engine
