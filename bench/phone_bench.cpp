// How fast a page reaches a nurse's phone: a call in one of 1000 assigned rooms, through a real
// Mosquitto, the real engine (which pages the room's nurse) and the real anju-phoned, to 50
// signed-in phones that all see every alarm: one is the phone page in headless Chromium (nurse n0),
// 49 are Qt WebSocket clients over TLS. A second device gateway adds 20 calls and cancels a second
// in other rooms. Figures:
//   phone_alert_latency_p50_ms / _p99_ms / _max_ms  call published -> the card on the browser's
//                                                    screen (the frame after it was drawn), n0's
//                                                    rooms
//   phone_page_latency_p50_ms / _p99_ms             call published -> the page at the WebSocket of
//                                                    the room's nurse (49 phones' rooms)
//   phone_fanout_latency_p99_ms                      call published -> all 49 WebSocket phones
// Skips, saying why, where Chromium is not installed.
#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QWebSocket>
#include <atomic>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "auth/user_store.h"
#include "engine/engine_service.h"
#include "protocol/codec.h"
#include "protocol/topics.h"
#include "support/child_process.h"
#include "support/ports.h"
#include "support/test_broker.h"
#include "support/test_phoned.h"
#include "support/web_driver.h"

namespace anju {
namespace {

using nlohmann::json;
using protocol::EventType;
using protocol::NodeKind;
using protocol::TopicKind;

constexpr int kPhones = 50;
constexpr int kRooms = 1000;
constexpr int kCalls = 300;
constexpr int kBrowserCalls = 100;

void spin(const std::function<bool()>& done, int timeout_ms) {
  QElapsedTimer t;
  t.start();
  while (!done() && t.elapsed() < timeout_ms)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// One phone: when each room's card first arrived, and when a page for that room first arrived.
struct Phone {
  QWebSocket socket;
  bool welcomed = false;
  std::map<std::string, std::int64_t> card_at, page_at;  // room -> ns since the clock's start
  std::map<std::string, std::string> alarm_of;           // room -> its raised alarm's id
  std::set<std::string> measured;  // alarms done with: their later states do not count
};

protocol::Event event(const std::string& node, EventType type, const std::string& room,
                      std::uint64_t seq) {
  protocol::Event e;
  e.id = node + "-b-" + std::to_string(seq);
  e.seq = seq;
  e.node = node;
  e.ts = SystemClock::instance().now_ms();
  e.type = type;
  e.room = room;
  return e;
}

void BM_PhonePageLatency(benchmark::State& state) {
  test::TestBroker broker({{"engine", "engine", ""},
                           {"console-1", "console", ""},
                           {"gw-1", "gateway", ""},
                           {"gw-2", "gateway", ""},
                           {"phones-1", "phones", ""}});
  if (!broker.ok()) return state.SkipWithError(broker.error().c_str());
  if (auto missing = test::WebDriver::missing(); !missing.empty())
    return state.SkipWithError(missing.c_str());
  const auto certs = test::make_phoned_cert(broker);
  if (certs.empty()) return state.SkipWithError("no phoned certificate");
  auto users = auth::UserStore::open(broker.dir() / "users.db", 1000);
  if (!users) return state.SkipWithError(users.error().reason.c_str());
  for (int i = 0; i < kPhones; ++i) {
    const std::string id = "n" + std::to_string(i);
    if (!users.value()->put({id, "Nurse " + std::to_string(i), auth::Role::kNurse},
                            "nurse-password"))
      return state.SkipWithError("cannot add the nurses");
  }

  engine::EngineServiceConfig cfg;
  cfg.bus = broker.bus_config("engine", NodeKind::kEngine);
  cfg.journal_path = broker.dir() / "engine.journal";
  engine::EngineService engine(cfg);
  engine.on_log([](const std::string&) {});
  if (!engine.start() || !engine.bus().wait_connected(std::chrono::seconds(20)))
    return state.SkipWithError("the engine did not start");

  const int port = test::free_loopback_port();
  test::ChildProcess phoned(
      test::phoned_command(broker, ANJU_PHONED_BIN, certs, broker.dir() / "users.db", port),
      broker.dir() / "phoned.log");
  if (auto line = phoned.read_line(std::chrono::seconds(10));
      !line || line->find("phones open") == std::string::npos)
    return state.SkipWithError("anju-phoned did not start");

  bus::Bus console(broker.bus_config("console-1", NodeKind::kConsole));
  bus::Bus calls(broker.bus_config("gw-1", NodeKind::kGateway));
  bus::Bus noise(broker.bus_config("gw-2", NodeKind::kGateway));
  for (auto* b : {&console, &calls, &noise}) b->start();
  for (auto* b : {&console, &calls, &noise}) b->wait_connected(std::chrono::seconds(10));

  QElapsedTimer clock;
  clock.start();
  QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
  tls.setCaCertificates(QSslCertificate::fromPath(QString::fromStdString(broker.ca_file())));
  std::vector<std::unique_ptr<Phone>> phones;
  for (int i = 1; i < kPhones; ++i) {  // n0 is the browser
    auto p = std::make_unique<Phone>();
    Phone* raw = p.get();
    p->socket.setSslConfiguration(tls);
    QObject::connect(&p->socket, &QWebSocket::textMessageReceived, &p->socket,
                     [raw, &clock](const QString& text) {
                       const json m = json::parse(text.toStdString(), nullptr, false);
                       if (m.is_discarded()) return;
                       if (m["op"] == "welcome") raw->welcomed = true;
                       if (m["op"] != "alarm") return;
                       const json& a = m["alarm"];
                       const std::string room = a.value("room", "");
                       raw->card_at.try_emplace(room, clock.nsecsElapsed());
                       const std::string alarm = a.value("alarm", "");
                       if (a.value("status", "") == "raised" && !raw->measured.count(alarm))
                         raw->alarm_of[room] = alarm;
                       if (a.value("page", "") == "sent")
                         raw->page_at.try_emplace(room, clock.nsecsElapsed());
                     });
    QObject::connect(&p->socket, &QWebSocket::connected, &p->socket, [raw, i] {
      raw->socket.sendTextMessage(QString::fromStdString(json{
          {"op", "sign_in"},
          {"user", "n" + std::to_string(i)},
          {"password", "nurse-password"}}.dump()));
    });
    QObject::connect(
        &p->socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), &p->socket,
        [raw] { std::fprintf(stderr, "phone: %s\n", qPrintable(raw->socket.errorString())); });
    QObject::connect(&p->socket, &QWebSocket::sslErrors, &p->socket, [](const QList<QSslError>& e) {
      for (const auto& x : e) std::fprintf(stderr, "phone tls: %s\n", qPrintable(x.errorString()));
    });
    p->socket.open(QUrl(QString("wss://localhost:%1/v1/ws").arg(port)));
    phones.push_back(std::move(p));
  }
  spin(
      [&] {
        return std::all_of(phones.begin(), phones.end(), [](auto& p) { return p->welcomed; });
      },
      30'000);
  const auto welcomed =
      std::count_if(phones.begin(), phones.end(), [](auto& p) { return p->welcomed; });
  if (welcomed != kPhones - 1) {
    const std::string why = std::to_string(welcomed) + " of 49 phones signed in";
    return state.SkipWithError(why.c_str());
  }
  test::WebDriver browser(
      {.width = 390, .height = 844, .language = "en", .log = broker.dir() / "chromedriver.log"});
  if (!browser.ok()) return state.SkipWithError(browser.error().c_str());
  const std::string url = "https://localhost:" + std::to_string(port) + "/";
  if (!browser.open(url) || !browser.wait_for("return !document.getElementById('signin').hidden") ||
      !browser.type("#user", "n0") || !browser.type("#password", "nurse-password") ||
      !browser.click("#signin-button") ||
      !browser.wait_for("return !document.getElementById('board').hidden"))
    return state.SkipWithError(("the browser did not sign in: " + browser.error()).c_str());

  // Room 1000+r goes to nurse r % 50.
  const auto console_topic = protocol::topic(broker.site(), TopicKind::kEvent, "console-1");
  std::uint64_t seq = 0;
  for (int r = 0; r < kRooms; ++r) {
    auto e = event("console-1", EventType::kAssign, std::to_string(1000 + r), ++seq);
    e.staff = "c1";
    e.assignee = "n" + std::to_string(r % kPhones);
    console.publish(console_topic, protocol::encode(e));
  }
  if (!browser.wait_for("return document.getElementById('rooms').textContent.split(' ').length "
                        "=== 22",
                        30'000))  // "My rooms:" and 20 rooms
    return state.SkipWithError("the assignments did not reach the browser");

  std::atomic<bool> stop{false};
  std::thread background([&] {
    const auto topic = protocol::topic(broker.site(), TopicKind::kEvent, "gw-2");
    std::uint64_t n = 0;
    while (!stop) {
      const std::string room = std::to_string(3000 + (n / 2) % 100);
      const auto type = n % 2 ? EventType::kCancel : EventType::kCall;
      noise.publish(topic, protocol::encode(event("gw-2", type, room, ++n)));
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });

  std::vector<double> page_ms, fanout_ms, shown_ms;
  const auto calls_topic = protocol::topic(broker.site(), TopicKind::kEvent, "gw-1");
  const auto cancel = [&](const std::string& room) {
    calls.publish(calls_topic, protocol::encode(event("gw-1", EventType::kCancel, room, ++seq)));
    for (auto& p : phones) p->card_at.erase(room), p->page_at.erase(room);
  };
  for (auto _ : state) {
    // The 49 WebSocket phones' rooms.
    for (int i = 0; i < kCalls; ++i) {
      int r = (i * 7) % kRooms;
      if (r % kPhones == 0) ++r;  // n0's: measured in the browser below
      const std::string room = std::to_string(1000 + r);
      Phone& hers = *phones[r % kPhones - 1];
      const std::int64_t t0 = clock.nsecsElapsed();
      calls.publish(calls_topic, protocol::encode(event("gw-1", EventType::kCall, room, ++seq)));
      spin(
          [&] {
            return hers.page_at.count(room) &&
                   std::all_of(phones.begin(), phones.end(),
                               [&](auto& p) { return p->card_at.count(room) > 0; });
          },
          5'000);
      if (!hers.page_at.count(room)) return state.SkipWithError("a page did not arrive in 5 s");
      page_ms.push_back(static_cast<double>(hers.page_at[room] - t0) / 1e6);
      std::int64_t last = 0;
      for (auto& p : phones) last = std::max(last, p->card_at.count(room) ? p->card_at[room] : 0);
      fanout_ms.push_back(static_cast<double>(last - t0) / 1e6);
      cancel(room);
      spin([] { return false; }, 20);
    }
    // n0's rooms, on the browser's screen: the browser keeps the time it drew each card, so the
    // blocking WebDriver calls do not add to it.
    for (int i = 0; i < kBrowserCalls; ++i) {
      const std::string room = std::to_string(1000 + kPhones * (i % (kRooms / kPhones)));
      const TimestampMs t0 = SystemClock::instance().now_ms();
      calls.publish(calls_topic, protocol::encode(event("gw-1", EventType::kCall, room, ++seq)));
      spin([&] { return phones[0]->alarm_of.count(room) > 0; }, 5'000);
      if (!phones[0]->alarm_of.count(room)) return state.SkipWithError("no card in 5 s");
      const std::string alarm = phones[0]->alarm_of[room];
      const std::string script = "return (window.anjuShown['" + alarm + "'] || 0) > 0";
      if (!browser.wait_for(script, 5'000))
        return state.SkipWithError(("not on the browser's screen: " + browser.error()).c_str());
      const auto at = browser.run("return window.anjuShown['" + alarm + "']");
      shown_ms.push_back(static_cast<double>(at.value_or(0).get<TimestampMs>() - t0));
      phones[0]->measured.insert(alarm);
      phones[0]->alarm_of.erase(room);
      cancel(room);
      spin([] { return false; }, 20);
    }
  }
  stop = true;
  background.join();
  std::sort(page_ms.begin(), page_ms.end());
  std::sort(fanout_ms.begin(), fanout_ms.end());
  const auto p99 = [](const std::vector<double>& v) {
    return v[std::min(v.size() - 1, v.size() * 99 / 100)];
  };
  std::sort(shown_ms.begin(), shown_ms.end());
  state.counters["phone_alert_latency_p50_ms"] = shown_ms[shown_ms.size() / 2];
  state.counters["phone_alert_latency_p99_ms"] = p99(shown_ms);
  state.counters["phone_alert_latency_max_ms"] = shown_ms.back();
  state.counters["phone_page_latency_p50_ms"] = page_ms[page_ms.size() / 2];
  state.counters["phone_page_latency_p99_ms"] = p99(page_ms);
  state.counters["phone_fanout_latency_p99_ms"] = p99(fanout_ms);
  for (auto& p : phones) p->socket.abort();
  for (auto* b : {&console, &calls, &noise}) b->stop();
  phoned.stop(SIGTERM);
  engine.stop();
}
BENCHMARK(BM_PhonePageLatency)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace anju

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
