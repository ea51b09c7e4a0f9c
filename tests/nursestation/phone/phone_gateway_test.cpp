// The phone gateway with real parts: a real Mosquitto (TLS, the ACL of a `phones` node), the real
// engine, anju-phoned's gateway with a certificate from the site CA (tools/anju-clipd-cert --name
// phoned), a real users file, and phones as real WebSocket clients over TLS that trust only the
// site CA. The phones answer as the phone page does.
#include "phone/phone_gateway.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QWebSocket>
#include <nlohmann/json.hpp>

#include "protocol/codec.h"
#include "protocol/topics.h"
#include "support/bus_inbox.h"
#include "support/qt_wait.h"
#include "support/test_broker.h"
#include "support/test_engine.h"
#include "support/test_phoned.h"

namespace anju::phone {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;
using protocol::EventType;
using protocol::NodeKind;
using protocol::TopicKind;

using test::wait_until;

// A nurse's phone: the page's side of the WebSocket, trusting the site CA only.
class Phone {
 public:
  explicit Phone(const std::filesystem::path& ca) {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(QString::fromStdString(ca.string())));
    socket_.setSslConfiguration(tls);
    QObject::connect(
        &socket_, &QWebSocket::textMessageReceived, &socket_,
        [this](const QString& text) { got_.push_back(json::parse(text.toStdString())); });
  }
  bool open(quint16 port) {
    socket_.open(QUrl(QString("wss://localhost:%1/v1/ws").arg(port)));
    return wait_until([&] { return socket_.state() == QAbstractSocket::ConnectedState; });
  }
  void send(const json& j) { socket_.sendTextMessage(QString::fromStdString(j.dump())); }
  void close() { socket_.abort(); }
  // The newest message with this op (and alarm, when given) that satisfies `pred`.
  std::optional<json> last(const std::string& op, const std::string& alarm = "") const {
    for (auto it = got_.rbegin(); it != got_.rend(); ++it) {
      if ((*it)["op"] != op) continue;
      if (alarm.empty()) return *it;
      const json& a = (*it)["alarm"];
      if ((a.is_string() && a == alarm) || (a.is_object() && a["alarm"] == alarm)) return *it;
    }
    return std::nullopt;
  }
  bool wait(const std::string& op, const std::function<bool(const json&)>& pred = {},
            const std::string& alarm = "", int timeout_ms = 10'000) {
    return wait_until(
        [&] {
          auto m = last(op, alarm);
          return m && (!pred || pred(*m));
        },
        timeout_ms);
  }
  bool sign_in(const std::string& user, const std::string& password) {
    send({{"op", "sign_in"}, {"user", user}, {"password", password}});
    return wait("welcome", [&](const json& w) { return w["user"] == user; });
  }
  // The first card that is paged to her and still waiting on her.
  std::string paged_alarm() const {
    for (auto it = got_.rbegin(); it != got_.rend(); ++it)
      if ((*it)["op"] == "alarm" && (*it)["alarm"].value("page", "") == "sent")
        return (*it)["alarm"]["alarm"];
    return "";
  }
  const std::vector<json>& got() const { return got_; }

 private:
  QWebSocket socket_;
  std::vector<json> got_;
};

std::string page_of(const std::optional<json>& card) {
  return card ? (*card)["alarm"].value("page", "") : "";
}

class PhoneGatewayTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ANJU_REQUIRE_BROKER(broker_);
    const auto out = test::make_phoned_cert(broker_);
    ASSERT_FALSE(out.empty()) << "tools/anju-clipd-cert failed";
    auto users = auth::UserStore::open(broker_.dir() / "users.db", 1000);
    ASSERT_TRUE(users) << users.error().reason;
    users_ = std::move(users).value();
    for (const auto& [user, password] :
         {std::pair{auth::User{"n1", "Zhao Lei", auth::Role::kNurse}, "nurse-1"},
          std::pair{auth::User{"n2", "Chen Jing", auth::Role::kNurse}, "nurse-2"},
          std::pair{auth::User{"c1", "Li Na", auth::Role::kChargeNurse}, "charge-1"}})
      ASSERT_TRUE(users_->put(user, password));

    engine_ = test::start_engine(broker_, "engine-1", 100ms);
    ASSERT_TRUE(engine_);
    for (auto* b : {&console_, &kiosk_}) b->start();
    test::subscribe_into(console_, protocol::topic_filter(broker_.site(), TopicKind::kAlarm),
                         alarms_, protocol::decode_alarm_state);
    test::subscribe_into(kiosk_, protocol::topic(broker_.site(), TopicKind::kCmd, "kiosk-101"),
                         commands_, protocol::decode_command);
    ASSERT_TRUE(console_.wait_connected(10s) && kiosk_.wait_connected(10s));

    certs_ = out;
    start_gateway();
  }

  // The gateway, as anju-phoned runs it (again: a restart keeps its sessions file).
  void start_gateway() {
    PhoneGatewayOptions options;
    options.site = broker_.site();
    options.node = "phones-1";
    options.sessions_file = broker_.dir() / "phone-sessions.db";
    options.server.address = QHostAddress::LocalHost;
    options.server.port = 0;
    options.server.cert_file = QString::fromStdString((certs_ / "phoned.crt").string());
    options.server.key_file = QString::fromStdString((certs_ / "phoned.key").string());
    options.grace_ms = 300;  // a closed phone counts as gone soon (the default is 15 s)
    gateway_ = std::make_unique<PhoneGateway>(
        options, std::make_unique<qt::QtBus>(broker_.bus_config("phones-1", NodeKind::kGateway)),
        *users_, SystemClock::instance());
    QString error;
    ASSERT_TRUE(gateway_->start(&error)) << error.toStdString();
  }

  void TearDown() override {
    gateway_.reset();
    if (engine_) engine_->stop();
  }

  void send(bus::Bus& from, const std::string& node, protocol::Event e) {
    e.id = node + "-t-" + std::to_string(++seq_);
    e.seq = seq_;
    e.node = node;
    e.ts = SystemClock::instance().now_ms();
    from.publish(protocol::topic(broker_.site(), TopicKind::kEvent, node), protocol::encode(e));
  }
  void assign(const std::string& room, const std::string& nurse) {
    protocol::Event e;
    e.type = EventType::kAssign;
    e.room = room;
    e.staff = "c1";
    e.assignee = nurse;
    send(console_, "console-1", e);
  }
  void call(const std::string& room) {
    protocol::Event e;
    e.type = EventType::kCall;
    e.room = room;
    send(kiosk_, "kiosk-101", e);
  }
  std::unique_ptr<Phone> phone() { return std::make_unique<Phone>(broker_.ca_file()); }
  // Opens a phone and waits until the gateway is subscribed (its bus connected): RabbitMQ gives
  // no retained messages to a wildcard subscription made later, so a test's assignments must not
  // overtake it.
  std::unique_ptr<Phone> live_phone() {
    auto p = phone();
    EXPECT_TRUE(p->open(gateway_->port()));
    EXPECT_TRUE(p->wait("station", [](const json& m) { return m["connected"] == true; }))
        << "the gateway did not reach the broker";
    return p;
  }

  test::TestBroker broker_{{{"engine-1", "engine", ""},
                            {"console-1", "console", ""},
                            {"kiosk-101", "kiosk", "101"},
                            {"phones-1", "phones", ""}}};
  std::unique_ptr<auth::UserStore> users_;
  std::unique_ptr<engine::EngineService> engine_;
  bus::Bus console_{broker_.bus_config("console-1", NodeKind::kConsole)};
  bus::Bus kiosk_{broker_.bus_config("kiosk-101", NodeKind::kKiosk)};
  test::Inbox<protocol::AlarmState> alarms_;
  test::Inbox<protocol::Command> commands_;
  std::filesystem::path certs_;
  std::unique_ptr<PhoneGateway> gateway_;
  std::uint64_t seq_ = 0;
};

TEST_F(PhoneGatewayTest, ADeclinedPageGoesToTheNextNurseWhoseAcceptTellsTheKioskSheIsComing) {
  auto a = live_phone(), b = live_phone();
  ASSERT_TRUE(a->sign_in("n1", "nurse-1"));
  ASSERT_TRUE(b->sign_in("n2", "nurse-2"));
  EXPECT_EQ((*a->last("welcome"))["name"], "Zhao Lei");

  assign("101", "n1");
  assign("102", "n2");
  ASSERT_TRUE(a->wait("rooms", [](const json& m) { return m["rooms"] == json{"101"}; }))
      << "her rooms did not reach her phone";
  ASSERT_TRUE(b->wait("rooms", [](const json& m) { return m["rooms"] == json{"102"}; }));

  call("101");
  ASSERT_TRUE(wait_until([&] { return !a->paged_alarm().empty(); })) << "n1 was not paged";
  const std::string alarm = a->paged_alarm();
  const auto card = (*a->last("alarm", alarm))["alarm"];
  EXPECT_EQ(card["room"], "101");
  EXPECT_EQ(card["type"], "call");
  EXPECT_EQ(card["mine"], true);
  EXPECT_EQ(card["can_decline"], true);
  // n2 sees the call too, as not hers and not paged to her.
  ASSERT_TRUE(b->wait("alarm", {}, alarm));
  EXPECT_EQ((*b->last("alarm", alarm))["alarm"]["mine"], false);

  // Her phone shows it and she passes it on, as the page does.
  for (const char* state : {"delivered", "read"}) {
    a->send({{"op", "answer"}, {"alarm", alarm}, {"state", state}});
    ASSERT_TRUE(a->wait(
        "alarm", [&](const json& m) { return page_of(m) == state; }, alarm))
        << "the engine did not record " << state;
  }
  a->send({{"op", "answer"}, {"alarm", alarm}, {"state", "declined"}});
  ASSERT_TRUE(a->wait("sent", {}, alarm));
  ASSERT_TRUE(b->wait(
      "alarm", [](const json& m) { return page_of(m) == "sent"; }, alarm))
      << "the declined page did not move on to n2";
  EXPECT_TRUE(a->wait(
      "alarm", [](const json& m) { return page_of(m) == "declined"; }, alarm))
      << "her phone still shows the page she declined";

  b->send({{"op", "answer"}, {"alarm", alarm}, {"state", "accepted"}});
  ASSERT_TRUE(b->wait(
      "alarm", [](const json& m) { return m["alarm"]["status"] == "acknowledged"; }, alarm));
  EXPECT_EQ((*b->last("alarm", alarm))["alarm"]["by"], "n2");
  ASSERT_TRUE(a->wait(
      "alarm", [](const json& m) { return m["alarm"].value("by", "") == "n2"; }, alarm))
      << "n1's phone does not show that n2 took it";
  EXPECT_TRUE(commands_.wait_for([](const auto& v) {
    return std::any_of(v.begin(), v.end(), [](const protocol::Command& c) {
      return c.cmd == protocol::CommandType::kAcknowledged && c.staff == "n2";
    });
  })) << "the kiosk was not told that n2 is coming";

  // At the bedside: "I'm here" is her presence in the room.
  b->send({{"op", "here"}, {"alarm", alarm}});
  ASSERT_TRUE(b->wait(
      "sent", [](const json& m) { return m["what"] == "staff_present"; }, alarm));
  EXPECT_EQ(engine_->stats().rejected, 0u);
}

TEST_F(PhoneGatewayTest, APagedPhoneThatGoesAwayPassesThePageOnAndIsShownUnreachable) {
  auto a = live_phone(), b = live_phone();
  ASSERT_TRUE(a->sign_in("n1", "nurse-1"));
  ASSERT_TRUE(b->sign_in("n2", "nurse-2"));
  assign("101", "n1");
  assign("102", "n2");
  ASSERT_TRUE(a->wait("rooms", [](const json& m) { return m["rooms"] == json{"101"}; }));
  call("101");
  ASSERT_TRUE(wait_until([&] { return !a->paged_alarm().empty(); })) << "n1 was not paged";
  const std::string alarm = a->paged_alarm();

  a->close();  // her phone loses the network
  ASSERT_TRUE(b->wait(
      "alarm", [](const json& m) { return page_of(m) == "sent"; }, alarm))
      << "the page stayed on a phone that is gone";
  ASSERT_TRUE(alarms_.wait_for([&](const auto& v) {
    return !v.empty() && v.back().alarm == alarm && !v.back().paged.empty() &&
           v.back().paged[0].staff == "n1" && v.back().paged[0].state == "unreachable";
  })) << "the console is not told that n1's phone was unreachable";
  EXPECT_FALSE(gateway_->online("n1"));
  EXPECT_TRUE(gateway_->online("n2"));
}

TEST_F(PhoneGatewayTest, AWrongPasswordOrAMalformedMessageIsRefusedAndChangesNothing) {
  auto a = phone();
  ASSERT_TRUE(a->open(gateway_->port()));
  a->send({{"op", "sign_in"}, {"user", "n1"}, {"password", "wrong"}});
  ASSERT_TRUE(a->wait("refused"));
  EXPECT_EQ((*a->last("refused"))["reason"], "unknown user or wrong password");
  a->send({{"op", "answer"}, {"alarm", "x-1"}, {"state", "accepted"}});
  ASSERT_TRUE(a->wait("refused", [](const json& m) { return m["reason"] == "sign in first"; }));
  ASSERT_TRUE(a->sign_in("n1", "nurse-1"));
  a->send({{"op", "answer"}, {"alarm", "x-1"}, {"state", "maybe"}});
  ASSERT_TRUE(a->wait("error"));
  EXPECT_NE((*a->last("error"))["reason"].get<std::string>().find("state"), std::string::npos);
  a->send({{"op", "answer"}, {"alarm", "no-such-alarm"}, {"state", "accepted"}});
  ASSERT_TRUE(a->wait(
      "error", [](const json& m) { return m["reason"] == "alarm no-such-alarm is not active"; }));
  // The token from the welcome signs a reloaded page in again without the password.
  const std::string token = (*a->last("welcome"))["token"];
  auto reloaded = phone();
  ASSERT_TRUE(reloaded->open(gateway_->port()));
  reloaded->send({{"op", "resume"}, {"token", token}});
  ASSERT_TRUE(reloaded->wait("welcome", [](const json& w) { return w["name"] == "Zhao Lei"; }));
  EXPECT_EQ(gateway_->signed_in(), 2u);
}

TEST_F(PhoneGatewayTest, ARestartOfTheGatewaySignsNobodyOutButASignOutDoes) {
  auto a = live_phone();
  ASSERT_TRUE(a->sign_in("n1", "nurse-1"));
  const std::string token = (*a->last("welcome"))["token"];
  auto b = live_phone();
  ASSERT_TRUE(b->sign_in("n2", "nurse-2"));
  const std::string signed_out = (*b->last("welcome"))["token"];
  b->send({{"op", "sign_out"}});
  ASSERT_TRUE(wait_until([&] { return gateway_->signed_in() == 1; }));
  a.reset();
  b.reset();

  gateway_.reset();  // an upgrade, or a crash
  start_gateway();
  auto reloaded = live_phone();
  reloaded->send({{"op", "resume"}, {"token", token}});
  ASSERT_TRUE(reloaded->wait("welcome", [](const json& w) { return w["user"] == "n1"; }))
      << "the restart signed her out";
  auto other = live_phone();
  other->send({{"op", "resume"}, {"token", signed_out}});
  ASSERT_TRUE(other->wait("refused")) << "a signed-out token still works";
}

}  // namespace
}  // namespace anju::phone

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
