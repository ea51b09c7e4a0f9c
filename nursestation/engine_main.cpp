// anju-engine: the station engine daemon (the one writer of alarm state), and its journal tools.
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "engine/engine_service.h"
#include "engine/shift_report.h"
#include "node/node_options.h"
#include "node/stop_signal.h"

namespace {

int export_csv(const std::string& journal_path, const std::string& out, int days) {
  auto journal = anju::engine::Journal::open(journal_path);
  if (!journal) {
    std::cerr << "anju-engine: " << journal.error().reason << "\n";
    return 1;
  }
  const auto now = anju::SystemClock::instance().now_ms();
  auto n = journal.value()->export_csv(out, now - days * 86'400'000LL, now + 1);
  if (!n) {
    std::cerr << "anju-engine: " << n.error().reason << "\n";
    return 1;
  }
  std::cout << "anju-engine: " << n.value() << " alarms written to " << out << "\n";
  return 0;
}

int print_report(const std::string& journal_path, const anju::engine::RoundsPolicy& rounds,
                 double hours) {
  auto journal = anju::engine::Journal::open(journal_path);
  if (!journal) {
    std::cerr << "anju-engine: " << journal.error().reason << "\n";
    return 1;
  }
  const auto to = anju::SystemClock::instance().now_ms();
  const auto from = to - static_cast<anju::TimestampMs>(hours * 3'600'000);
  auto report = anju::engine::report_from_journal(*journal.value(), rounds, from, to);
  if (!report) {
    std::cerr << "anju-engine: " << report.error().reason << "\n";
    return 1;
  }
  std::cout << anju::engine::format_shift_report(report.value());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace anju;
  engine::EngineServiceConfig config;
  std::string csv_out, policy_file, rounds_file, metrics_at;
  int retention_days = 400, export_days = 30;
  double report_hours = 8;
  cli::OptionParser own("usage: anju-engine [options]                 run the engine");
  own.text("       anju-engine export --journal F --out CSV [--days N]")
      .text("       anju-engine report --journal F [--hours H]   shift report of the last H hours")
      .value("--journal", "FILE", "SQLite journal (default engine.journal)",
             [&config](const std::string& v) -> std::optional<std::string> {
               config.journal_path = v;
               return std::nullopt;
             })
      .value("--policy", "FILE", "alarm policy overrides (JSON; see docs/operations.md)",
             policy_file)
      .value("--rounds", "FILE", "round schedules and local time (JSON; see docs/operations.md)",
             rounds_file)
      .value("--metrics", "ADDRESS:PORT",
             "serve Prometheus metrics at http://ADDRESS:PORT/metrics (e.g. 127.0.0.1:9464)",
             metrics_at)
      .integer("--retention-days", "N", "prune history older than N days at start (default 400)",
               retention_days, 1, 36500)
      .value("--out", "CSV", "export: the CSV file to write", csv_out)
      .integer("--days", "N", "export: the last N days (default 30)", export_days, 1, 36500)
      .number("--hours", "H", "report: the last H hours (default 8)", report_hours, 0.01, 24 * 366);

  // The journal tools work on the file alone: no broker options needed.
  const std::string mode =
      argc > 1 && (std::string(argv[1]) == "export" || std::string(argv[1]) == "report") ? argv[1]
                                                                                         : "";
  if (!mode.empty()) {
    const std::vector<std::string> args(argv + 2, argv + argc);
    const auto parsed = own.parse(args);
    if (!parsed || own.help()) {
      if (!parsed) std::cerr << "anju-engine: " << parsed.error().reason << "\n";
      (parsed ? std::cout : std::cerr) << own.usage();
      return parsed ? 0 : 2;
    }
  } else {
    auto command_line = node::parse_command_line("anju-engine", argc, argv, own, "engine",
                                                 protocol::NodeKind::kEngine);
    if (command_line.exit_code) return *command_line.exit_code;
    config.bus = command_line.node.bus;
  }
  if (!policy_file.empty()) {
    auto policy = engine::AlarmPolicy::load(policy_file);
    if (!policy) {
      std::cerr << "anju-engine: " << policy.error().reason << "\n";
      return 2;
    }
    config.policy = policy.value();
  }
  if (!rounds_file.empty()) {
    std::ifstream in(rounds_file);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) {
      std::cerr << "anju-engine: cannot read rounds file " << rounds_file << "\n";
      return 2;
    }
    auto rounds = engine::RoundsPolicy::from_json(text.str());
    if (!rounds) {
      std::cerr << "anju-engine: " << rounds_file << ": " << rounds.error().reason << "\n";
      return 2;
    }
    config.rounds = rounds.value();
    config.shifts.utc_offset_min = config.rounds.utc_offset_min;
  }
  if (mode == "report")
    return print_report(config.journal_path.string(), config.rounds, report_hours);
  if (mode == "export") {
    if (csv_out.empty()) {
      std::cerr << "anju-engine: export needs --out CSV\n" << own.usage();
      return 2;
    }
    return export_csv(config.journal_path.string(), csv_out, export_days);
  }

  node::install_stop_signals();
  engine::EngineService service(config);
  auto started = service.start();
  if (!started) {
    std::cerr << "anju-engine: cannot start: " << started.error().reason << "\n";
    return 1;
  }
  {
    auto journal = engine::Journal::open(config.journal_path);
    if (journal && retention_days > 0) {
      const auto cutoff = SystemClock::instance().now_ms() - retention_days * 86'400'000LL;
      if (auto pruned = journal.value()->prune(cutoff); pruned && pruned.value() > 0)
        std::cerr << "anju-engine: pruned " << pruned.value() << " journal rows older than "
                  << retention_days << " days\n";
    }
  }
  metrics::Serving metrics_serving;
  if (!metrics_at.empty()) {
    auto serving = metrics::serve_metrics(metrics_at, [&service] { return service.metrics(); });
    if (!serving) {
      std::cerr << "anju-engine: " << serving.error().reason << "\n";
      service.stop();
      return 2;
    }
    metrics_serving = std::move(serving).value();
    std::cerr << "anju-engine: metrics on " << metrics_serving.url << std::endl;
  }
  std::cerr << "anju-engine: running on " << config.bus.uri << " site " << config.bus.site
            << std::endl;
  while (!node::stop_requested()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  if (metrics_serving.server) metrics_serving.server->stop();
  service.stop();
  const auto s = service.stats();
  std::cerr << "anju-engine: stopped; " << s.events << " events, " << s.duplicates
            << " duplicates, " << s.rejected << " rejected, " << s.active_alarms << " alarms active"
            << std::endl;
  return 0;
}
