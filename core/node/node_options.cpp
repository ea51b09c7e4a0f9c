#include "node/node_options.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "common/option_parser.h"
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

// Everything the shared options set, before the broker directory fills in what is not given.
struct Given {
  bus::BusConfig* cfg;
  std::filesystem::path broker_dir, ca, password_file, outbox;
};

cli::OptionParser declare(Given& g) {
  auto& cfg = *g.cfg;
  auto path = [](std::filesystem::path& target) {
    return [&target](const std::string& v) -> std::optional<std::string> {
      target = v;
      return std::nullopt;
    };
  };
  cli::OptionParser parser;
  parser
      .value("--uri", "URI", "broker, ssl://host:port (default $ANJU_URI or ssl://127.0.0.1:8883)",
             cfg.uri)
      .value("--site", "SITE", "facility id in topics (default demo)", cfg.site)
      .value("--node", "ID", "this node's id and broker user", cfg.node)
      .value("--room", "ROOM", "where this node is installed", cfg.room)
      .value("--broker-dir", "DIR",
             "from anju-broker-setup: ca.crt and credentials/<node>\n(default $ANJU_BROKER_DIR)",
             path(g.broker_dir))
      .value("--ca", "FILE", "CA certificate (overrides the broker dir)", path(g.ca))
      .value("--password-file", "FILE", "node password (overrides the broker dir)",
             path(g.password_file))
      .value("--outbox", "FILE", "persistent outbox (default /var/lib/anju/<node>.outbox or ./)",
             path(g.outbox))
      .integer("--heartbeat", "S",
               "seconds between heartbeats (default 10; the station reports the\n"
               "node offline after 3 missed)",
               cfg.heartbeat_s, 1, 3600)
      .integer("--keep-alive", "S",
               "MQTT keep-alive in seconds (default 10; the broker announces the\n"
               "node offline 1.5 x this after its link drops)",
               cfg.keep_alive_s, 1, 3600);
  return parser;
}

}  // namespace

const char* node_options_usage() {
  static const std::string usage = [] {
    bus::BusConfig cfg;
    Given g{&cfg, {}, {}, {}, {}};
    return declare(g).usage();
  }();
  return usage.c_str();
}

Result<NodeOptions> parse_node_options(int argc, char** argv, std::string default_node,
                                       protocol::NodeKind kind) {
  NodeOptions out;
  auto& cfg = out.bus;
  cfg.kind = kind;
  cfg.node = std::move(default_node);
  cfg.uri = env_or("ANJU_URI", "ssl://127.0.0.1:8883");
  Given g{&cfg, env_or("ANJU_BROKER_DIR", ""), {}, {}, {}};
  auto parser = declare(g);
  auto rest = parser.parse(argc, argv, cli::OptionParser::Unknown::kKeep);
  if (!rest) return rest.error();
  out.rest = std::move(*rest);
  auto& ca = g.ca;
  auto& password_file = g.password_file;
  const auto& broker_dir = g.broker_dir;
  const auto& outbox = g.outbox;

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

CommandLine parse_command_line(const char* program, int argc, char** argv, cli::OptionParser& own,
                               std::string default_node, protocol::NodeKind kind) {
  CommandLine out;
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (std::find(args.begin(), args.end(), "--help") != args.end() ||
      std::find(args.begin(), args.end(), "-h") != args.end()) {
    std::cout << own.usage() << node_options_usage();
    out.exit_code = 0;
    return out;
  }
  auto refuse = [&](const Error& e) {
    std::cerr << program << ": " << e.reason << "\n" << own.usage() << node_options_usage();
    out.exit_code = 2;
    return out;
  };
  auto node = parse_node_options(argc, argv, std::move(default_node), kind);
  if (!node) return refuse(node.error());
  auto rest = own.parse(node->rest);
  if (!rest) return refuse(rest.error());
  out.node = std::move(*node);
  out.node.rest.clear();
  return out;
}

}  // namespace anju::node
