#pragma once
// The station engine as a running service: bus in, AlarmEngine, journal, bus out. Every input is
// journalled with the state changes it caused before any of them is published; a restart replays
// the journal and re-publishes the current state, so consoles and kiosks converge on one truth.
// Each journalled event is confirmed to its source with a receipt (docs/protocol.md, Receipts):
// until then the source keeps it and sends it again, because the broker's delivery to this
// process is no proof that the journal has it.
#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "bus/bus.h"
#include "common/clock.h"
#include "common/ids.h"
#include "engine/alarm_engine.h"
#include "engine/journal.h"
#include "engine/receipt_queue.h"
#include "engine/shift_report.h"
#include "metrics/metrics.h"

namespace anju::engine {

struct EngineServiceConfig {
  bus::BusConfig bus;
  std::filesystem::path journal_path = "engine.journal";
  AlarmPolicy policy = AlarmPolicy::defaults();
  EngineSettings settings;
  RoundsPolicy rounds;
  ShiftPattern shifts;
  // The shift report (report/current) is recomputed from the journal this often.
  std::chrono::milliseconds report_interval{60'000};
  int incident_days = 90;  // incidents re-published after a restart
  // Escalation and supervision run this often, and receipts go out: a source waits about this
  // long for one.
  std::chrono::milliseconds tick_interval{200};
};

struct EngineServiceStats {
  std::uint64_t events = 0;
  std::uint64_t duplicates = 0;
  std::uint64_t rejected = 0;
  std::uint64_t receipts = 0;  // receipt commands published
  std::size_t active_alarms = 0;
};

class EngineService {
 public:
  EngineService(EngineServiceConfig config, const Clock& clock = SystemClock::instance());
  ~EngineService();

  // Opens the journal, restores state, connects; fails on a journal it cannot read.
  Result<bool> start();
  void stop();

  // For logs and tests; the callback runs on a bus or tick thread.
  void on_log(std::function<void(const std::string&)> log) { log_ = std::move(log); }
  EngineServiceStats stats() const;
  // The figures operators watch (docs/operations.md, "Metrics"), for MetricsServer.
  std::vector<metrics::Family> metrics() const;
  bus::Bus& bus() { return *bus_; }

 private:
  void on_message(const bus::Message& m);
  void confirm_duplicate(const protocol::Event& event);
  void flush_receipts();
  void publish(const EngineOutput& out);
  void tick_loop();
  // Publishes report/current every report_interval, and report/previous when a shift ends.
  // Called without mutex_ held.
  void publish_reports(bool force);
  void log(const std::string& line) const;

  EngineServiceConfig config_;
  const Clock& clock_;
  std::unique_ptr<bus::Bus> bus_;
  std::unique_ptr<Journal> journal_;
  std::unique_ptr<Journal> report_journal_;  // read-only use, tick thread (and start)
  std::unique_ptr<AlarmEngine> engine_;
  mutable std::mutex mutex_;  // engine, journal and receipts: bus thread and tick thread
  std::atomic<bool> broker_lost_{false};  // the bus lost the broker since it last connected
  ReceiptQueue receipts_;
  IdGenerator receipt_ids_;
  EngineServiceStats stats_;
  // An event's age when the engine has journalled and published what it changed (its own `ts`
  // to now, ms): call -> alarm as the engine sees it, the broker's hop included.
  metrics::Histogram event_age_ms_{{1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 5000}};
  std::function<void(const std::string&)> log_;
  TimestampMs next_report_ = 0;
  ShiftWindow reported_shift_;
  IdGenerator report_ids_{"report"};
  std::atomic<bool> running_{false};
  std::thread ticker_;
};

}  // namespace anju::engine
