#pragma once
// The phone gateway as tests and the phone benchmark run it on a TestBroker (which must list
// phones-1 with the role `phones`): its certificate from the broker's site CA, made with the
// facility's own tool, and the command line of the real anju-phoned. Header-only.
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "support/test_broker.h"

namespace anju::test {

// Where phoned.crt and phoned.key are (names localhost), or "" if the tool failed.
inline std::filesystem::path make_phoned_cert(const TestBroker& broker) {
  const auto out = broker.dir() / "phoned";
  const std::string cmd = std::string(ANJU_SOURCE_DIR) + "/tools/anju-clipd-cert --ca-dir " +
                          broker.broker_dir().string() + " --out " + out.string() +
                          " --host localhost --name phoned >/dev/null";
  return std::system(cmd.c_str()) == 0 ? out : std::filesystem::path();
}

// anju-phoned (`program`) as node phones-1 on 127.0.0.1:`port`; it prints "anju-phoned: phones
// open ..." on stdout once it listens.
inline std::vector<std::string> phoned_command(const TestBroker& broker, const std::string& program,
                                               const std::filesystem::path& certs,
                                               const std::filesystem::path& users, int port) {
  return {program,
          "--uri",
          broker.uri(),
          "--site",
          broker.site(),
          "--node",
          "phones-1",
          "--broker-dir",
          broker.broker_dir().string(),
          "--outbox",
          (broker.dir() / "phones-1.outbox").string(),
          "--users",
          users.string(),
          "--cert",
          (certs / "phoned.crt").string(),
          "--key",
          (certs / "phoned.key").string(),
          "--listen",
          "127.0.0.1",
          "--port",
          std::to_string(port),
          "--sessions",
          (broker.dir() / "phone-sessions.db").string()};
}

}  // namespace anju::test
