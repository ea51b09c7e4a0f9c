#pragma once
// Command-line options every Anju node shares (broker address, identity, credentials), turned into
// a BusConfig. A facility passes --broker-dir (made by tools/anju-broker-setup): the CA and the
// node's password are read from there, so no secret appears on a command line.
#include <optional>
#include <string>
#include <vector>

#include "bus/bus.h"
#include "common/option_parser.h"
#include "common/result.h"

namespace anju::node {

struct NodeOptions {
  bus::BusConfig bus;
  std::vector<std::string> rest;  // arguments this parser did not consume, in order
};

// Consumes --uri, --site, --node, --room, --broker-dir, --ca, --password-file, --outbox,
// --heartbeat and --keep-alive.
// Defaults: uri from $ANJU_URI or ssl://127.0.0.1:8883, broker dir from $ANJU_BROKER_DIR.
Result<NodeOptions> parse_node_options(int argc, char** argv, std::string default_node,
                                       protocol::NodeKind kind);

// Usage text for the shared options, to append to each tool's own.
const char* node_options_usage();

// A node program's whole command line: the shared options, then the program's own (`own`, which
// refuses anything unknown). --help prints both usages (exit 0); a mistake prints
// "<program>: <reason>" and the usage (exit 2). `exit_code` is set when the program should exit.
struct CommandLine {
  NodeOptions node;
  std::optional<int> exit_code;
};
CommandLine parse_command_line(const char* program, int argc, char** argv, cli::OptionParser& own,
                               std::string default_node, protocol::NodeKind kind);

}  // namespace anju::node
