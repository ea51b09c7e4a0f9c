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

const char* kUsage =
    "usage: anju-engine [options]                 run the engine\n"
    "       anju-engine export --journal F --out CSV [--days N]\n"
    "       anju-engine report --journal F [--hours H]   shift report of the last H hours (default "
    "8)\n"
    "  --journal FILE       SQLite journal (default engine.journal)\n"
    "  --policy FILE        alarm policy overrides (JSON; see docs/operations.md)\n"
    "  --rounds FILE        round schedules and local time (JSON; see docs/operations.md)\n"
    "  --retention-days N   prune history older than N days at start (default 400)\n";

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
  // The journal tools work on the file alone: no broker options needed.
  const bool offline_tool =
      argc > 1 && (std::string(argv[1]) == "export" || std::string(argv[1]) == "report");
  auto parsed = offline_tool
                    ? Result<node::NodeOptions>(node::NodeOptions{{}, {argv + 1, argv + argc}})
                    : node::parse_node_options(argc, argv, "engine", protocol::NodeKind::kEngine);
  if (!parsed) {
    std::cerr << "anju-engine: " << parsed.error().reason << "\n"
              << kUsage << node::node_options_usage();
    return 2;
  }
  engine::EngineServiceConfig config;
  config.bus = parsed->bus;
  std::string mode, csv_out;
  int retention_days = 400, export_days = 30;
  double report_hours = 8;
  const auto& rest = parsed->rest;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    const auto& a = rest[i];
    const bool has_value = i + 1 < rest.size();
    if ((a == "export" || a == "report") && i == 0)
      mode = a;
    else if (a == "--hours" && has_value)
      report_hours = std::atof(rest[++i].c_str());
    else if (a == "--help" || a == "-h") {
      std::cout << kUsage << node::node_options_usage();
      return 0;
    } else if (a == "--journal" && has_value)
      config.journal_path = rest[++i];
    else if (a == "--out" && has_value)
      csv_out = rest[++i];
    else if (a == "--days" && has_value)
      export_days = std::atoi(rest[++i].c_str());
    else if (a == "--retention-days" && has_value)
      retention_days = std::atoi(rest[++i].c_str());
    else if (a == "--policy" && has_value) {
      auto policy = engine::AlarmPolicy::load(rest[++i]);
      if (!policy) {
        std::cerr << "anju-engine: " << policy.error().reason << "\n";
        return 2;
      }
      config.policy = policy.value();
    } else if (a == "--rounds" && has_value) {
      const std::string path = rest[++i];
      std::ifstream in(path);
      std::stringstream text;
      text << in.rdbuf();
      if (!in) {
        std::cerr << "anju-engine: cannot read rounds file " << path << "\n";
        return 2;
      }
      auto rounds = engine::RoundsPolicy::from_json(text.str());
      if (!rounds) {
        std::cerr << "anju-engine: " << path << ": " << rounds.error().reason << "\n";
        return 2;
      }
      config.rounds = rounds.value();
      config.shifts.utc_offset_min = config.rounds.utc_offset_min;
    } else {
      std::cerr << "anju-engine: unknown option " << a << "\n" << kUsage;
      return 2;
    }
  }
  if (mode == "report")
    return print_report(config.journal_path.string(), config.rounds, report_hours);
  if (mode == "export") {
    if (csv_out.empty()) {
      std::cerr << kUsage;
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
  std::cerr << "anju-engine: running on " << config.bus.uri << " site " << config.bus.site
            << std::endl;
  while (!node::stop_requested()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  service.stop();
  const auto s = service.stats();
  std::cerr << "anju-engine: stopped; " << s.events << " events, " << s.duplicates
            << " duplicates, " << s.rejected << " rejected, " << s.active_alarms << " alarms active"
            << std::endl;
  return 0;
}
