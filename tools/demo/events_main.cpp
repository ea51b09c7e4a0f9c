// anju-demo-events: records the alarms, clips and incidents seen on the site's topics and writes
// them to a JSON file (the headless demo's events.json). The file is rewritten every second, so
// what was seen survives even a hard stop.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "alarm_log.h"
#include "bus/bus.h"
#include "node/node_options.h"
#include "node/stop_signal.h"

namespace {

const char* kUsage =
    "usage: anju-demo-events --out FILE.json [--duration S] [node options]\n"
    "  --out FILE       where to write {\"alarms\", \"clips\", \"incidents\"}\n"
    "  --duration S     stop after S seconds (default: until SIGINT/SIGTERM)\n"
    "  --require TYPE   exit 3 if no alarm of this type was seen (e.g. fall)\n";

bool write_atomically(const std::filesystem::path& file, const std::string& text) {
  const auto tmp = file.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << text << "\n";
    if (!out.flush()) return false;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, file, ec);
  return !ec;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace anju;
  auto parsed = node::parse_node_options(argc, argv, "monitor", protocol::NodeKind::kConsole);
  if (!parsed) {
    std::cerr << "anju-demo-events: " << parsed.error().reason << "\n"
              << kUsage << node::node_options_usage();
    return 2;
  }
  std::filesystem::path out;
  double duration_s = 0;
  std::string required_type;
  const auto& rest = parsed->rest;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == "--out" && i + 1 < rest.size())
      out = rest[++i];
    else if (rest[i] == "--require" && i + 1 < rest.size())
      required_type = rest[++i];
    else if (rest[i] == "--duration" && i + 1 < rest.size())
      duration_s = std::atof(rest[++i].c_str());
    else {
      std::cerr << "anju-demo-events: unknown option " << rest[i] << "\n" << kUsage;
      return 2;
    }
  }
  if (out.empty()) {
    std::cerr << "anju-demo-events: --out is required\n" << kUsage;
    return 2;
  }
  node::install_stop_signals();

  auto config = parsed->bus;
  config.heartbeat_s = 0;
  bus::Bus bus(config);
  demo::AlarmLog log;
  bus.subscribe("anju/v1/" + config.site + "/#",
                [&](const bus::Message& m) { log.add(m.topic, m.payload); });
  bus.start();
  if (!bus.wait_connected(std::chrono::seconds(10)))
    std::cerr << "anju-demo-events: broker not reachable yet, still trying\n";

  const auto start = std::chrono::steady_clock::now();
  auto last_write = start;
  bool ok = true;
  while (!node::stop_requested()) {
    const auto now = std::chrono::steady_clock::now();
    if (duration_s > 0 && now - start > std::chrono::duration<double>(duration_s)) break;
    if (now - last_write > std::chrono::seconds(1)) {
      ok = write_atomically(out, log.to_json().dump(2));
      last_write = now;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  // What was seen until now: not the alarms this collector's own departure may cause.
  const auto seen = log.to_json();
  bus.stop();
  ok = write_atomically(out, seen.dump(2));
  if (!ok) {
    std::cerr << "anju-demo-events: cannot write " << out << "\n";
    return 1;
  }
  std::cerr << "anju-demo-events: " << seen["alarms"].size() << " alarms, " << seen["clips"].size()
            << " clips written to " << out << "\n";
  bool required_seen = required_type.empty();
  for (const auto& a : seen["alarms"]) {
    const std::string clip = a["clip"];
    std::cerr << "  " << std::string(a["priority"]) << " " << std::string(a["type"]) << " room "
              << std::string(a["room"]) << " from " << std::string(a["node"]) << ", "
              << std::string(a["status"])
              << (a["by"] != "" ? " by " + std::string(a["by"]) : std::string())
              << (clip.empty() ? std::string() : ", clip " + clip) << "\n";
    if (a["type"] == required_type) required_seen = true;
  }
  return required_seen ? 0 : 3;
}
