// Clip server figures, client and server in one process over loopback TLS (P-256 certificate from
// the real set-up scripts, a real audit file):
//   clipd_ttfb_ms          time from sending GET to the first response byte for a whole 5 MB clip
//                          on a kept-alive connection (token check, audit row, file opened). Client
//                          and server share the machine's cores: on a busy machine the first byte
//                          waits for the client thread to get a core while the server encrypts.
//   clipd_mb_per_s         throughput of that whole 5 MB clip (10^6 bytes per MB)
//   clipd_connect_ttfb_ms  first byte of a 1 KB range on a new connection (TCP + TLS handshake)
//   clipd_token_check_ns   one token check with 1,000 live sessions
//   clipd_sign_in_ms       one sign-in with the default PBKDF2 count (200,000), users file copied
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

#include "clipserver/clip_service.h"
#include "clipserver/https_server.h"
#include "support/clip_site.h"
#include "vision/clipserver/tls_test_client.h"

namespace {

namespace fs = std::filesystem;
using namespace anju;
using namespace anju::clipserver;

constexpr std::size_t kClipBytes = 5'000'000;
const std::string kTarget = "/v1/clips/2026-11-23/cam-101-031502-fall.privacy.mp4";

double ms_between(std::chrono::steady_clock::time_point a,
                  std::chrono::steady_clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

// One server for the whole run: certificates, users, a 5 MB clip, an audit file.
struct Site {
  fs::path dir;
  std::unique_ptr<AuditLog> audit;
  std::unique_ptr<ClipService> service;
  std::unique_ptr<HttpsServer> server;
  std::string token;
  std::string error;

  Site() {
    char pattern[] = "/tmp/anju-clipd-bench-XXXXXX";
    if (!::mkdtemp(pattern)) {
      error = "mkdtemp failed";
      return;
    }
    dir = pattern;
    // The site CA, the clip server's certificate and the users file, as the clip tests make them.
    if (const auto failed = anju::test::make_clip_site(dir); !failed.empty()) {
      error = failed;
      return;
    }
    fs::create_directories(dir / "store" / "2026-11-23");
    std::string bytes(kClipBytes, '\0');
    std::mt19937 rng(5);
    for (auto& c : bytes) c = static_cast<char>(rng() & 0xFF);
    std::ofstream(dir / "store" / "2026-11-23" / "cam-101-031502-fall.privacy.mp4",
                  std::ios::binary)
        << bytes;
    auto opened = AuditLog::open(dir / "audit.db");
    if (!opened) {
      error = opened.error().reason;
      return;
    }
    audit = std::move(opened).value();
    service = std::make_unique<ClipService>(dir / "store", dir / "users.db", *audit,
                                            SystemClock::instance());
    auto tls = make_server_tls(dir / "clipd" / "clipd.crt", dir / "clipd" / "clipd.key");
    if (!tls) {
      error = tls.error().reason;
      return;
    }
    ServerOptions options;
    options.port = 0;
    auto started = HttpsServer::start(std::move(tls).value(), options,
                                      [this](const HttpRequest& r, const std::string& remote) {
                                        return service->handle(r, remote);
                                      });
    if (!started) {
      error = started.error().reason;
      return;
    }
    server = std::move(started).value();
    auto c = connect();
    if (!c || !c->send(clipserver::test::http_request(
                  "POST", "/v1/session", {}, R"({"user":"m1","password":"manager-pass"})"))) {
      error = "sign-in failed";
      return;
    }
    const auto r = c->read_response();
    if (!r || r->status != 200) {
      error = "sign-in refused";
      return;
    }
    token = nlohmann::json::parse(r->body)["token"];
  }

  ~Site() {
    server.reset();
    std::error_code ec;
    fs::remove_all(dir, ec);
  }

  std::unique_ptr<clipserver::test::TlsClient> connect() const {
    return clipserver::test::TlsClient::connect(server ? server->port() : 0,
                                                (dir / "clipd" / "ca.crt").string());
  }
};

Site& site() {
  static Site s;
  return s;
}

void BM_ClipdFetch5MB(benchmark::State& state) {
  Site& s = site();
  if (!s.error.empty()) {
    state.SkipWithError(s.error.c_str());
    return;
  }
  auto c = s.connect();
  const std::string request = clipserver::test::http_request("GET", kTarget, s.token);
  double ttfb_ms = 0, total_ms = 0;
  std::size_t bytes = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    if (!c->send(request)) {
      state.SkipWithError("send failed");
      return;
    }
    const auto r = c->read_response();
    const auto end = std::chrono::steady_clock::now();
    if (!r || r->status != 200 || r->body.size() != kClipBytes) {
      state.SkipWithError("fetch failed");
      return;
    }
    ttfb_ms += ms_between(start, r->first_byte_at);
    total_ms += ms_between(start, end);
    bytes += r->body.size();
  }
  const auto n = static_cast<double>(state.iterations());
  state.counters["clipd_ttfb_ms"] = ttfb_ms / n;
  state.counters["clipd_mb_per_s"] = static_cast<double>(bytes) / 1e6 / (total_ms / 1000.0);
}
BENCHMARK(BM_ClipdFetch5MB)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_ClipdConnectAndFirstByte(benchmark::State& state) {
  Site& s = site();
  if (!s.error.empty()) {
    state.SkipWithError(s.error.c_str());
    return;
  }
  const std::string request =
      clipserver::test::http_request("GET", kTarget, s.token, {}, "Range: bytes=0-1023\r\n");
  double ttfb_ms = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    auto c = s.connect();
    if (!c || !c->send(request)) {
      state.SkipWithError("connect failed");
      return;
    }
    const auto r = c->read_response();
    if (!r || r->status != 206) {
      state.SkipWithError("fetch failed");
      return;
    }
    ttfb_ms += ms_between(start, r->first_byte_at);
  }
  state.counters["clipd_connect_ttfb_ms"] = ttfb_ms / static_cast<double>(state.iterations());
}
BENCHMARK(BM_ClipdConnectAndFirstByte)->Unit(benchmark::kMillisecond);

void BM_ClipdTokenCheck(benchmark::State& state) {
  ManualClock clock;
  TokenStore tokens(clock);
  std::vector<std::string> issued;
  for (int i = 0; i < 1000; ++i)
    issued.push_back(*tokens.issue("u" + std::to_string(i), auth::Role::kChargeNurse));
  std::size_t i = 0;
  const auto start = std::chrono::steady_clock::now();
  for (auto _ : state) benchmark::DoNotOptimize(tokens.check(issued[i++ % issued.size()]));
  state.counters["clipd_token_check_ns"] = ms_between(start, std::chrono::steady_clock::now()) *
                                           1e6 / static_cast<double>(state.iterations());
}
BENCHMARK(BM_ClipdTokenCheck);

void BM_ClipdSignInDefaultIterations(benchmark::State& state) {
  char pattern[] = "/tmp/anju-clipd-users-XXXXXX";
  if (!::mkdtemp(pattern)) return;
  const fs::path dir = pattern;
  {
    auto users = auth::UserStore::open(dir / "users.db");  // default PBKDF2 count
    users.value()->put({"m1", "M", auth::Role::kManager}, "manager-pass");
  }
  auto audit = AuditLog::open(dir / "audit.db");
  ClipService service(dir, dir / "users.db", *audit.value(), SystemClock::instance());
  HttpRequest request;
  request.method = "POST";
  request.path = request.target = "/v1/session";
  request.body = R"({"user":"m1","password":"manager-pass"})";
  double total_ms = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    const auto r = service.handle(request, "bench");
    total_ms += ms_between(start, std::chrono::steady_clock::now());
    if (r.status != 200) {
      state.SkipWithError("sign-in refused");
      break;
    }
  }
  state.counters["clipd_sign_in_ms"] = total_ms / static_cast<double>(state.iterations());
  std::error_code ec;
  fs::remove_all(dir, ec);
}
BENCHMARK(BM_ClipdSignInDefaultIterations)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
