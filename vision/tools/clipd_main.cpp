// anju-clipd: serves one vision node's clip store over HTTPS to signed-in charge nurses and
// managers (docs/protocol.md "Clip access", docs/operations.md "Clip server"). Every access is
// written to the audit file before a byte of a clip is sent.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <thread>

#include "clipserver/audit_log.h"
#include "clipserver/clip_service.h"
#include "clipserver/https_server.h"
#include "clipserver/tls_context.h"
#include "clipserver/users_snapshot.h"
#include "common/clock.h"
#include "common/option_parser.h"
#include "node/stop_signal.h"

namespace {

bool parse_listen(const std::string& text, std::string* host, std::uint16_t* port) {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  std::string h = text.substr(0, colon);
  if (h.size() >= 2 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
  const std::string p = text.substr(colon + 1);
  if (p.empty() || p.size() > 5 || p.find_first_not_of("0123456789") != std::string::npos)
    return false;
  const int value = std::atoi(p.c_str());
  if (value < 1 || value > 65535) return false;
  *host = h;
  *port = static_cast<std::uint16_t>(value);
  return true;
}

int fail(const std::string& why) {
  std::cerr << "anju-clipd: " << why << std::endl;
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace anju;
  std::string store, users, audit_file, cert, key, listen = "127.0.0.1:18443";
  long max_connections = 32;
  cli::OptionParser parser(
      "usage: anju-clipd --store DIR --users FILE --audit FILE --cert FILE --key FILE [options]");
  parser.value("--store", "DIR", "the clip store (<DIR>/<YYYY-MM-DD>/<name>.mp4 ...)", store)
      .value("--users", "FILE", "the console users file (copy of the nurse station's)", users)
      .value("--audit", "FILE", "the audit SQLite file (created if missing)", audit_file)
      .value("--cert", "FILE", "server certificate chain (tools/anju-clipd-cert: clipd.crt)", cert)
      .value("--key", "FILE", "its private key (clipd.key)", key)
      .value("--listen", "ADDR:PORT",
             "numeric address and port (default 127.0.0.1:18443; [::1]:18443)", listen)
      .integer("--max-connections", "N", "concurrent connections (default 32)", max_connections, 1,
               1024);
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (const auto exit_code = parser.parse_or_explain("anju-clipd", args, std::cout, std::cerr))
    return *exit_code;
  if (store.empty() || users.empty() || audit_file.empty() || cert.empty() || key.empty()) {
    std::cerr << "anju-clipd: --store, --users, --audit, --cert and --key are required\n"
              << parser.usage();
    return 2;
  }
  clipserver::ServerOptions options;
  if (!parse_listen(listen, &options.host, &options.port))
    return fail("bad --listen '" + listen + "' (ADDR:PORT, e.g. 127.0.0.1:18443)");
  options.max_connections = static_cast<std::size_t>(max_connections);

  std::error_code ec;
  if (!std::filesystem::is_directory(store, ec))
    return fail("clip store " + store + " is not a folder");
  // The users file is read afresh for each sign-in; check now that it is there and usable.
  {
    auto users_copy =
        clipserver::UsersSnapshot::take(users, std::filesystem::temp_directory_path(ec));
    if (!users_copy) return fail(users_copy.error().reason);
    auto listed = users_copy.value()->store().list();
    if (!listed) return fail(listed.error().reason);
    std::size_t reviewers = 0;
    for (const auto& u : listed.value()) reviewers += clipserver::may_see_clips(u.role) ? 1 : 0;
    if (reviewers == 0)
      std::cerr << "anju-clipd: warning: no charge_nurse or manager in " << users
                << ": nobody can sign in" << std::endl;
  }
  auto audit = clipserver::AuditLog::open(audit_file);
  if (!audit) return fail(audit.error().reason);
  auto tls = clipserver::make_server_tls(cert, key);
  if (!tls) return fail(tls.error().reason);

  clipserver::ClipService service(store, users, *audit.value(), SystemClock::instance());
  auto server = clipserver::HttpsServer::start(
      std::move(tls).value(), options,
      [&service](const clipserver::HttpRequest& request, const std::string& remote) {
        return service.handle(request, remote);
      });
  if (!server) return fail(server.error().reason);

  node::install_stop_signals();
  std::cout << "anju-clipd: serving " << store << " on https://" << listen << std::endl;
  while (!node::stop_requested()) std::this_thread::sleep_for(std::chrono::milliseconds(200));
  server.value()->stop();
  std::cout << "anju-clipd: stopped" << std::endl;
  return 0;
}
