#include "node/node_options.h"

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>

#include "protocol/topics.h"

namespace anju::node {
namespace {

Result<std::string> read_secret(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) return Error{ErrorCode::kConfig, "cannot read password file " + file.string()};
  std::string secret;
  std::getline(in, secret);
  if (secret.empty()) return Error{ErrorCode::kConfig, "empty password file " + file.string()};
  return secret;
}

const char* env_or(const char* name, const char* fallback) {
  const char* v = std::getenv(name);
  return (v && *v) ? v : fallback;
}

std::optional<int> parse_seconds(const std::string& v) {
  int seconds = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), seconds);
  if (ec != std::errc() || end != v.data() + v.size() || seconds < 1 || seconds > 3600)
    return std::nullopt;
  return seconds;
}

}  // namespace

const char* node_options_usage() {
  return "  --uri URI            broker, ssl://host:port (default $ANJU_URI or "
         "ssl://127.0.0.1:8883)\n"
         "  --site SITE          facility id in topics (default demo)\n"
         "  --node ID            this node's id and broker user\n"
         "  --room ROOM          where this node is installed\n"
         "  --broker-dir DIR     from anju-broker-setup: ca.crt and credentials/<node>\n"
         "                       (default $ANJU_BROKER_DIR)\n"
         "  --ca FILE            CA certificate (overrides the broker dir)\n"
         "  --password-file FILE node password (overrides the broker dir)\n"
         "  --outbox FILE        persistent outbox (default /var/lib/anju/<node>.outbox or ./)\n"
         "  --heartbeat S        seconds between heartbeats (default 10; the station reports the\n"
         "                       node offline after 3 missed)\n"
         "  --keep-alive S       MQTT keep-alive in seconds (default 10; the broker announces the\n"
         "                       node offline 1.5 x this after its link drops)\n";
}

Result<NodeOptions> parse_node_options(int argc, char** argv, std::string default_node,
                                       protocol::NodeKind kind) {
  NodeOptions out;
  auto& cfg = out.bus;
  cfg.kind = kind;
  cfg.node = std::move(default_node);
  cfg.uri = env_or("ANJU_URI", "ssl://127.0.0.1:8883");
  std::filesystem::path broker_dir = env_or("ANJU_BROKER_DIR", "");
  std::filesystem::path ca, password_file, outbox;

  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 >= argc) return std::nullopt;
      return std::string(argv[++i]);
    };
    static const char* kTakesValue[] = {
        "--uri", "--site",          "--node",   "--room",      "--broker-dir",
        "--ca",  "--password-file", "--outbox", "--heartbeat", "--keep-alive"};
    bool ours = false;
    for (const char* name : kTakesValue) ours = ours || arg == name;
    if (!ours) {
      out.rest.push_back(arg);
      continue;
    }
    const auto v = value();
    if (!v) return Error{ErrorCode::kConfig, "option " + arg + " needs a value"};
    if (arg == "--uri") cfg.uri = *v;
    if (arg == "--site") cfg.site = *v;
    if (arg == "--node") cfg.node = *v;
    if (arg == "--room") cfg.room = *v;
    if (arg == "--broker-dir") broker_dir = *v;
    if (arg == "--ca") ca = *v;
    if (arg == "--password-file") password_file = *v;
    if (arg == "--outbox") outbox = *v;
    if (arg == "--heartbeat" || arg == "--keep-alive") {
      const auto seconds = parse_seconds(*v);
      if (!seconds) return Error{ErrorCode::kConfig, arg + " must be whole seconds, 1 to 3600"};
      (arg == "--heartbeat" ? cfg.heartbeat_s : cfg.keep_alive_s) = *seconds;
    }
  }

  if (!protocol::is_valid_id(cfg.node))
    return Error{ErrorCode::kConfig, "invalid node id '" + cfg.node + "'"};
  if (!protocol::is_valid_id(cfg.site))
    return Error{ErrorCode::kConfig, "invalid site '" + cfg.site + "'"};
  cfg.username = cfg.node;
  if (ca.empty() && !broker_dir.empty()) ca = broker_dir / "ca.crt";
  if (password_file.empty() && !broker_dir.empty())
    password_file = broker_dir / "credentials" / cfg.node;
  cfg.ca_file = ca;
  if (!password_file.empty()) {
    auto secret = read_secret(password_file);
    if (!secret) return secret.error();
    cfg.password = secret.value();
  }
  if (cfg.uri.starts_with("ssl://") && cfg.ca_file.empty())
    return Error{ErrorCode::kConfig, "ssl:// needs --ca or --broker-dir"};
  cfg.outbox_path = outbox.empty() ? std::filesystem::path(cfg.node + ".outbox") : outbox;
  return out;
}

}  // namespace anju::node
