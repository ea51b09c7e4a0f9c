// anju-clipd end to end: real TLS on a free loopback port with a certificate from the real set-up
// scripts (anju-broker-setup's CA, anju-clipd-cert's server certificate), a real users file, a
// clip folder written here, and the audit SQLite file read back.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>

#include "clipserver/clip_service.h"
#include "clipserver/https_server.h"
#include "support/clip_site.h"
#include "vision/clipserver/tls_test_client.h"

namespace anju::clipserver {
namespace {

namespace fs = std::filesystem;
using test::ClientResponse;
using test::http_request;
using test::TlsClient;

constexpr const char* kDay = "2026-11-23";
constexpr const char* kClip = "cam-101-031502-fall";
const std::string kClipPath = std::string("/v1/clips/") + kDay + "/" + kClip;

std::string random_bytes(std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string out(n, '\0');
  for (auto& c : out) c = static_cast<char>(rng() & 0xFF);
  return out;
}

void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

class ClipServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    char pattern[] = "/tmp/anju-clipd-test-XXXXXX";
    ASSERT_NE(::mkdtemp(pattern), nullptr);
    dir_ = pattern;
    // The site CA and the clip server's certificate as a facility makes them; the staff accounts.
    const std::string site = anju::test::make_clip_site(dir_);
    ASSERT_EQ(site, "");

    const fs::path day = dir_ / "store" / kDay;
    fs::create_directories(day);
    original_ = new std::string(random_bytes(200 * 1024 + 17, 1));
    privacy_ = new std::string(random_bytes(300 * 1024 + 5, 2));
    write_file(day / (std::string(kClip) + ".mp4"), *original_);
    write_file(day / (std::string(kClip) + ".privacy.mp4"), *privacy_);
    write_file(day / (std::string(kClip) + ".jpg"), random_bytes(5000, 3));
    write_file(day / (std::string(kClip) + ".json"),
               "{\"clip\":\"2026-11-23/cam-101-031502-fall\",\"keep\":false}");
    // Things a request must never reach: a file beside the store, and a link out of it.
    write_file(dir_ / "secret.txt", "SECRET-OUTSIDE-THE-STORE");
    write_file(dir_ / "store" / "secret.mp4", "SECRET-AT-THE-ROOT");
    fs::create_symlink(dir_ / "secret.txt", day / "cam-666-000000-fall.privacy.mp4");
  }

  static void TearDownTestSuite() {
    delete original_;
    delete privacy_;
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  void SetUp() override { start_server(32); }

  void start_server(std::size_t max_connections) {
    server_.reset();
    service_.reset();
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    auto audit = AuditLog::open(dir_ / (std::string("audit-") + info->name() + ".db"));
    ASSERT_TRUE(audit) << audit.error().reason;
    audit_ = std::move(audit).value();
    service_ = std::make_unique<ClipService>(dir_ / "store", dir_ / "users.db", *audit_, clock_);
    auto tls = make_server_tls(dir_ / "clipd" / "clipd.crt", dir_ / "clipd" / "clipd.key");
    ASSERT_TRUE(tls) << tls.error().reason;
    ServerOptions options;
    options.port = 0;  // a free loopback port
    options.max_connections = max_connections;
    options.limits.handshake_timeout_ms = 1000;
    options.limits.request_timeout_ms = 1000;
    options.limits.idle_timeout_ms = 2000;
    auto server = HttpsServer::start(std::move(tls).value(), options,
                                     [this](const HttpRequest& r, const std::string& remote) {
                                       return service_->handle(r, remote);
                                     });
    ASSERT_TRUE(server) << server.error().reason;
    server_ = std::move(server).value();
  }

  void TearDown() override {
    server_.reset();
    service_.reset();
  }

  std::unique_ptr<TlsClient> connect() {
    std::string error;
    auto c = TlsClient::connect(server_->port(), (dir_ / "clipd" / "ca.crt").string(), &error);
    EXPECT_TRUE(c) << error;
    return c;
  }

  // One request on a new connection.
  ClientResponse call(const std::string& wire, bool head = false) {
    auto c = connect();
    if (!c) return {};
    EXPECT_TRUE(c->send(wire));
    auto r = c->read_response(head);
    EXPECT_TRUE(r) << "no response to " << wire.substr(0, 80);
    return r ? *r : ClientResponse{};
  }

  ClientResponse session(const std::string& user, const std::string& password) {
    return call(http_request("POST", "/v1/session", {},
                             nlohmann::json{{"user", user}, {"password", password}}.dump()));
  }

  std::string token_for(const std::string& user, const std::string& password) {
    const auto r = session(user, password);
    EXPECT_EQ(r.status, 200) << r.body;
    const auto body = nlohmann::json::parse(r.body, nullptr, false);
    return body.is_object() && body.contains("token") ? body["token"].get<std::string>() : "";
  }

  ClientResponse get(const std::string& target, const std::string& token,
                     const std::string& extra = {}) {
    return call(http_request("GET", target, token, {}, extra));
  }

  std::vector<AuditEntry> audit() {
    auto rows = audit_->read_all();
    EXPECT_TRUE(rows) << rows.error().reason;
    return rows ? rows.value() : std::vector<AuditEntry>{};
  }

  // The server still answers a normal request.
  void expect_still_serving() {
    const auto r = get(kClipPath + ".json", token_for("c1", "charge-pass"));
    EXPECT_EQ(r.status, 200);
  }

  static inline fs::path dir_;
  static inline std::string* original_ = nullptr;
  static inline std::string* privacy_ = nullptr;
  ManualClock clock_{1'795'000'000'000};
  std::unique_ptr<AuditLog> audit_;
  std::unique_ptr<ClipService> service_;
  std::unique_ptr<HttpsServer> server_;
};

TEST_F(ClipServerTest, RightPasswordGivesAShortLivedToken) {
  const auto r = session("m1", "manager-pass");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("content-type"), "application/json");
  const auto body = nlohmann::json::parse(r.body);
  EXPECT_EQ(body["token"].get<std::string>().size(), 64u);
  EXPECT_EQ(body["expires_in"], 300);
  EXPECT_EQ(body["role"], "manager");
  EXPECT_EQ(r.header("cache-control"), "no-store");
}

TEST_F(ClipServerTest, WrongPasswordAndUnknownUserAreTheSame401) {
  const auto wrong = session("m1", "not-the-password");
  const auto unknown = session("nobody", "manager-pass");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(wrong.body, unknown.body);
  EXPECT_EQ(nlohmann::json::parse(wrong.body).count("token"), 0u);
}

TEST_F(ClipServerTest, ManyWrongPasswordsFromOneAddressAreHeldOffForAMinute) {
  for (int i = 0; i < 10; ++i) EXPECT_EQ(session("m1", "guess-" + std::to_string(i)).status, 401);
  EXPECT_EQ(session("m1", "manager-pass").status, 429);  // not even checked
  clock_.advance(60'000);
  EXPECT_EQ(session("m1", "manager-pass").status, 200);
  const auto rows = audit();
  ASSERT_EQ(rows.size(), 12u);
  EXPECT_EQ(rows[10].action, AuditAction::kSession);
  EXPECT_EQ(rows[10].status, 429);
}

TEST_F(ClipServerTest, UsersFileIsOnlyReadAndANewCopyAppliesAtOnce) {
  const fs::path users = dir_ / "users.db";
  const std::string before = read_bytes(users);
  EXPECT_EQ(session("c1", "charge-pass").status, 200);
  EXPECT_EQ(read_bytes(users), before);
  EXPECT_FALSE(fs::exists(dir_ / "users.db-shm"));  // SQLite wrote nothing beside it
  EXPECT_FALSE(fs::exists(dir_ / "users.db-wal"));

  EXPECT_EQ(session("c2", "second-pass").status, 401);
  {
    auto store = auth::UserStore::open(users, 1000);
    ASSERT_TRUE(store.value()->put({"c2", "Sun Mei", auth::Role::kChargeNurse}, "second-pass"));
  }
  EXPECT_EQ(session("c2", "second-pass").status, 200);  // no restart needed
}

TEST_F(ClipServerTest, MissingUsersFileIs503AndIsNotCreated) {
  ClipService service(dir_ / "store", dir_ / "no-users.db", *audit_, clock_);
  HttpRequest request;
  request.method = "POST";
  request.path = request.target = "/v1/session";
  request.body = R"({"user":"m1","password":"manager-pass"})";
  EXPECT_EQ(service.handle(request, "127.0.0.1:1").status, 503);
  EXPECT_FALSE(fs::exists(dir_ / "no-users.db"));
}

TEST_F(ClipServerTest, NurseMayNotSignInForClips) {
  const auto r = session("n1", "nurse-pass");
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(nlohmann::json::parse(r.body).count("token"), 0u);
}

TEST_F(ClipServerTest, MalformedSessionBodyIs400) {
  for (const std::string body : {"", "{", "[]", "{\"user\":1,\"password\":\"x\"}", "\xff\xfe"}) {
    const auto r = call(http_request("POST", "/v1/session", {}, body));
    EXPECT_EQ(r.status, 400) << body;
  }
  EXPECT_EQ(call(http_request("GET", "/v1/session")).status, 405);
}

TEST_F(ClipServerTest, FetchWithoutAValidTokenIs401) {
  const std::string target = kClipPath + ".privacy.mp4";
  EXPECT_EQ(get(target, "").status, 401);
  EXPECT_EQ(get(target, std::string(64, 'a')).status, 401);  // made up, well formed
  EXPECT_EQ(get(target, "not-a-token").status, 401);
  auto r =
      call(http_request("GET", target, {}, {}, "Authorization: Basic bTE6bWFuYWdlci1wYXNz\r\n"));
  EXPECT_EQ(r.status, 401);
  EXPECT_NE(r.header("www-authenticate").find("Bearer"), std::string::npos);
  EXPECT_EQ(r.body.find("SECRET"), std::string::npos);
}

TEST_F(ClipServerTest, ExpiredTokenIs401) {
  const std::string token = token_for("c1", "charge-pass");
  const std::string target = kClipPath + ".jpg";
  clock_.advance(299'000);
  EXPECT_EQ(get(target, token).status, 200);
  clock_.advance(1'000);  // five minutes after sign-in
  EXPECT_EQ(get(target, token).status, 401);
}

TEST_F(ClipServerTest, ChargeNurseGetsThePrivacyClipExactly) {
  const auto r = get(kClipPath + ".privacy.mp4", token_for("c1", "charge-pass"));
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.header("content-type"), "video/mp4");
  EXPECT_EQ(r.header("content-length"), std::to_string(privacy_->size()));
  EXPECT_EQ(r.header("accept-ranges"), "bytes");
  EXPECT_TRUE(r.body == *privacy_);
  EXPECT_EQ(get(kClipPath + ".json", token_for("c1", "charge-pass")).header("content-type"),
            "application/json");
}

TEST_F(ClipServerTest, OriginalIsForManagersOnly) {
  const auto refused = get(kClipPath + ".mp4", token_for("c1", "charge-pass"));
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.body.find(original_->substr(0, 16)), std::string::npos);
  const auto served = get(kClipPath + ".mp4", token_for("m1", "manager-pass"));
  ASSERT_EQ(served.status, 200);
  EXPECT_TRUE(served.body == *original_);
}

TEST_F(ClipServerTest, PathsOutsideTheLayoutNeverReachAFile) {
  const std::string token = token_for("m1", "manager-pass");
  for (const std::string& target : std::vector<std::string>{
           "/v1/clips/../secret.txt", "/v1/clips/2026-11-23/../../secret.txt",
           "/v1/clips/2026-11-23/../secret.mp4", "/v1/clips/%2e%2e/secret.txt",
           "/v1/clips/2026-11-23/%2e%2e%2f%2e%2e%2fsecret.txt",
           "/v1/clips/2026-11-23/..%2fsecret.mp4", "/v1/clips//tmp/secret.txt",
           "/v1/clips/2026-11-23//etc/passwd", "/v1/clips/" + dir_.string() + "/secret.txt",
           "/v1/clips/2026-11-23/cam-101-031502-fall.keep",
           "/v1/clips/2026-11-23/cam-101-031502-fall.txt",
           "/v1/clips/2026-11-23/cam-101-031502-fall.mp4.part", "/v1/clips/secret.mp4",
           "/v1/clips/2026-11-23/cam-666-000000-fall.privacy.mp4",  // a link out of the store
           "/v1/clips/2026-11-24/cam-101-031502-fall.privacy.mp4",  // no such day
       }) {
    const auto r = get(target, token);
    EXPECT_TRUE(r.status == 400 || r.status == 404) << target << " -> " << r.status;
    EXPECT_EQ(r.body.find("SECRET"), std::string::npos) << target;
  }
  // Targets the parser refuses before any routing.
  for (const std::string line :
       {"GET ../../secret.txt HTTP/1.1", "GET http://x/secret.txt HTTP/1.1",
        "GET /v1/clips/a\\..\\secret.txt HTTP/1.1"}) {
    const auto r = call(line + "\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\n\r\n");
    EXPECT_TRUE(r.status == 400 || r.status == 404) << line << " -> " << r.status;
    EXPECT_EQ(r.body.find("SECRET"), std::string::npos);
  }
}

TEST_F(ClipServerTest, RangeRequestsReturnTheRightBytes) {
  const std::string token = token_for("c1", "charge-pass");
  const std::string target = kClipPath + ".privacy.mp4";
  auto r = get(target, token, "Range: bytes=1000-1999\r\n");
  ASSERT_EQ(r.status, 206);
  EXPECT_EQ(r.header("content-range"), "bytes 1000-1999/" + std::to_string(privacy_->size()));
  EXPECT_TRUE(r.body == privacy_->substr(1000, 1000));
  r = get(target, token, "Range: bytes=-100\r\n");
  ASSERT_EQ(r.status, 206);
  EXPECT_TRUE(r.body == privacy_->substr(privacy_->size() - 100));
  r = get(target, token, "Range: bytes=200000-\r\n");
  ASSERT_EQ(r.status, 206);
  EXPECT_TRUE(r.body == privacy_->substr(200000));
  r = get(target, token, "Range: bytes=99999999-\r\n");
  EXPECT_EQ(r.status, 416);
  EXPECT_EQ(r.header("content-range"), "bytes */" + std::to_string(privacy_->size()));

  // A player's HEAD, then seeks on one kept-alive connection.
  auto c = connect();
  ASSERT_TRUE(c->send(http_request("HEAD", target, token)));
  const auto head = c->read_response(true);
  ASSERT_TRUE(head);
  EXPECT_EQ(head->header("content-length"), std::to_string(privacy_->size()));
  for (std::size_t at : {0u, 4096u, 250000u}) {
    ASSERT_TRUE(c->send(http_request(
        "GET", target, token, {},
        "Range: bytes=" + std::to_string(at) + "-" + std::to_string(at + 511) + "\r\n")));
    const auto part = c->read_response();
    ASSERT_TRUE(part);
    EXPECT_EQ(part->status, 206);
    EXPECT_TRUE(part->body == privacy_->substr(at, 512)) << at;
  }
}

TEST_F(ClipServerTest, KeepMarksAndUnmarksTheClip) {
  const std::string token = token_for("c1", "charge-pass");
  const fs::path marker = dir_ / "store" / kDay / (std::string(kClip) + ".keep");
  auto r = call(http_request("POST", kClipPath + "/keep", token, "{\"keep\": true}"));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(fs::exists(marker));
  EXPECT_EQ(nlohmann::json::parse(r.body)["keep"], true);
  r = call(http_request("POST", kClipPath + "/keep", token, "{\"keep\": false}"));
  EXPECT_EQ(r.status, 200);
  EXPECT_FALSE(fs::exists(marker));
  EXPECT_EQ(call(http_request("POST", kClipPath + "/keep", token, "{\"keep\": 1}")).status, 400);
  EXPECT_EQ(call(http_request("POST", kClipPath + "/keep", "", "{\"keep\": true}")).status, 401);
  EXPECT_EQ(call(http_request("POST", std::string("/v1/clips/") + kDay + "/cam-9-000000-fall/keep",
                              token, "{\"keep\": true}"))
                .status,
            404);
  EXPECT_FALSE(fs::exists(marker));
}

TEST_F(ClipServerTest, EveryAccessIsAudited) {
  const std::string charge = token_for("c1", "charge-pass");
  const std::string manager = token_for("m1", "manager-pass");
  session("m1", "wrong");
  get(kClipPath + ".privacy.mp4", charge);
  get(kClipPath + ".mp4?purpose=export", manager);
  get(kClipPath + ".mp4", charge);
  get(kClipPath + ".jpg", "");
  get("/v1/clips/2026-11-23/../secret.txt", manager);
  call(http_request("POST", kClipPath + "/keep", charge, "{\"keep\": true}"));
  call(http_request("POST", kClipPath + "/keep", charge, "{\"keep\": false}"));

  const auto rows = audit();
  struct Expected {
    std::string user, role, clip;
    AuditAction action;
    int status;
  };
  const std::string id = std::string(kDay) + "/" + kClip;
  const std::vector<Expected> expected = {
      {"c1", "charge_nurse", "", AuditAction::kSession, 200},
      {"m1", "manager", "", AuditAction::kSession, 200},
      {"m1", "", "", AuditAction::kSession, 401},
      {"c1", "charge_nurse", id, AuditAction::kView, 200},
      {"m1", "manager", id, AuditAction::kExport, 200},
      {"c1", "charge_nurse", id, AuditAction::kRefused, 403},
      {"", "", id, AuditAction::kRefused, 401},
      {"m1", "manager", "/v1/clips/2026-11-23/../secret.txt", AuditAction::kRefused, 400},
      {"c1", "charge_nurse", id, AuditAction::kKeep, 200},
      {"c1", "charge_nurse", id, AuditAction::kUnkeep, 200},
  };
  ASSERT_EQ(rows.size(), expected.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    SCOPED_TRACE("audit row " + std::to_string(i));
    EXPECT_EQ(rows[i].user, expected[i].user);
    EXPECT_EQ(rows[i].role, expected[i].role);
    EXPECT_EQ(rows[i].clip, expected[i].clip);
    EXPECT_EQ(rows[i].action, expected[i].action);
    EXPECT_EQ(rows[i].status, expected[i].status);
    EXPECT_EQ(rows[i].ts, clock_.now_ms());
    EXPECT_EQ(rows[i].remote.rfind("127.0.0.1:", 0), 0u) << rows[i].remote;
  }
}

TEST_F(ClipServerTest, GarbageOverTlsIsRefusedAndTheServerKeepsServing) {
  auto c = connect();
  ASSERT_TRUE(c->send(std::string("\x00\x01\x02garbage\r\n\r\n", 14)));
  const auto r = c->read_response();
  if (r) {
    EXPECT_EQ(r->status, 400);
  }
  EXPECT_TRUE(c->wait_closed());
  expect_still_serving();
  EXPECT_GE(server_->counters().bad_requests.load(), 1u);
}

TEST_F(ClipServerTest, AMegabyteHeaderIsRefusedAndTheServerKeepsServing) {
  auto c = connect();
  std::string wire = "GET " + kClipPath + ".jpg HTTP/1.1\r\nHost: x\r\nX-Big: ";
  wire += std::string(1 << 20, 'a');
  wire += "\r\n\r\n";
  c->send(wire);  // may fail half-way: the server stops reading at its limit
  const auto r = c->read_response();
  if (r) {
    EXPECT_EQ(r->status, 431);
  }
  EXPECT_TRUE(c->wait_closed());
  expect_still_serving();
}

TEST_F(ClipServerTest, APlainHttpClientIsClosedAndTheServerKeepsServing) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(server_->port());
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  const std::string plain = "GET " + kClipPath + ".jpg HTTP/1.1\r\nHost: x\r\n\r\n";
  ASSERT_EQ(::send(fd, plain.data(), plain.size(), MSG_NOSIGNAL),
            static_cast<ssize_t>(plain.size()));
  timeval tv{3, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  std::string got;
  char buf[4096];
  ssize_t n;
  while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) got.append(buf, static_cast<std::size_t>(n));
  ::close(fd);
  EXPECT_TRUE(n == 0 || (n < 0 && errno == ECONNRESET)) << "connection not closed";
  EXPECT_EQ(got.find("HTTP/1.1 200"), std::string::npos);  // at most a TLS alert, never a clip
  expect_still_serving();
  EXPECT_GE(server_->counters().tls_failures.load(), 1u);
}

TEST_F(ClipServerTest, ASlowClientIsDroppedAfterTheRequestTimeout) {
  auto c = connect();
  ASSERT_TRUE(c->send("GET " + kClipPath + ".jpg HTTP/1.1\r\nHost: x\r\n"));  // never finishes
  const auto r = c->read_response(false, 3000);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 408);
  EXPECT_TRUE(c->wait_closed());
  expect_still_serving();
}

TEST_F(ClipServerTest, ASilentClientIsDroppedAfterTheHandshake) {
  auto c = connect();
  ASSERT_TRUE(c);
  EXPECT_TRUE(c->wait_closed(3000));  // request time-out is 1 s here
  EXPECT_GE(server_->counters().timeouts.load(), 1u);
  expect_still_serving();
}

TEST_F(ClipServerTest, ConnectionsOverTheCapAreClosed) {
  start_server(2);
  auto a = connect();
  auto b = connect();
  ASSERT_TRUE(a && b);
  // The third is accepted by the kernel and closed by the server before the handshake.
  std::string error;
  auto c = TlsClient::connect(server_->port(), (dir_ / "clipd" / "ca.crt").string(), &error);
  EXPECT_FALSE(c);
  a.reset();
  b.reset();
  // Slots free again once the server notices the two closes.
  for (int i = 0; i < 50 && server_->active_connections() > 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  expect_still_serving();
  EXPECT_GE(server_->counters().over_capacity.load(), 1u);
}

// tools/anju-clipd-cert: names as asked, key kept, certificate reissued only when names change,
// and the broker's CA folder left exactly as it was.
TEST_F(ClipServerTest, CertificateScriptIsIdempotentAndLeavesTheBrokerAlone) {
  const fs::path broker = dir_ / "broker";
  auto snapshot = [&] {
    std::map<std::string, std::string> files;
    for (const auto& e : fs::directory_iterator(broker))
      if (e.is_regular_file()) files[e.path().filename().string()] = read_bytes(e.path());
    return files;
  };
  const auto before = snapshot();
  const fs::path out = dir_ / "clipd-2";
  auto issue = [&](const std::string& args) {
    const std::string cmd = std::string(ANJU_SOURCE_DIR) + "/tools/anju-clipd-cert --ca-dir " +
                            broker.string() + " --out " + out.string() + " " + args +
                            " >/dev/null 2>&1";
    return std::system(cmd.c_str());
  };
  ASSERT_EQ(issue("--host vision-2 --ip 10.1.2.3"), 0);
  EXPECT_EQ(read_bytes(out / "clipd.san"), "IP:127.0.0.1,DNS:localhost,DNS:vision-2,IP:10.1.2.3\n");
  const std::string key = read_bytes(out / "clipd.key");
  const std::string cert = read_bytes(out / "clipd.crt");
  ASSERT_EQ(issue("--host vision-2 --ip 10.1.2.3"), 0);
  EXPECT_EQ(read_bytes(out / "clipd.crt"), cert);  // nothing changed: nothing reissued
  ASSERT_EQ(issue("--host vision-3"), 0);
  EXPECT_EQ(read_bytes(out / "clipd.key"), key);
  EXPECT_NE(read_bytes(out / "clipd.crt"), cert);
  EXPECT_NE(issue("--host 'bad host'"), 0);
  EXPECT_NE(issue("--host vision-2 --ip 'not-an-ip'"), 0);
  EXPECT_EQ(read_bytes(out / "ca.crt"), read_bytes(broker / "ca.crt"));
  EXPECT_EQ(snapshot(), before);
  // The kept key and the reissued certificate still belong together.
  auto tls = make_server_tls(out / "clipd.crt", out / "clipd.key");
  EXPECT_TRUE(tls) << (tls ? "" : tls.error().reason);
}

TEST_F(ClipServerTest, UnknownResourcesAre404AndNotAudited) {
  EXPECT_EQ(get("/", "").status, 404);
  EXPECT_EQ(get("/etc/passwd", "").status, 404);
  EXPECT_TRUE(audit().empty());
}

}  // namespace
}  // namespace anju::clipserver
