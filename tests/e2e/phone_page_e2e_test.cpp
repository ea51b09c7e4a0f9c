// A page reaches a nurse's phone, end to end with real parts: a resident presses the real kiosk's
// call button (KioskApp, its QML offscreen), the real engine pages the room's nurse, the real
// anju-phoned program serves the phone page to a real browser (Debian's headless Chromium at a
// phone's size, driven through chromedriver), the nurse signs in and taps Accept, and the kiosk
// says she is coming by name. Skips, saying why, where Chromium is not installed.
#include <QtQml/qqmlextensionplugin.h>
#include <gtest/gtest.h>

#include <QQuickItem>
#include <QQuickWindow>
#include <fstream>

#include "app/kiosk_app.h"
#include "auth/user_store.h"
#include "e2e_support.h"
#include "engine/alarm_policy.h"
#include "protocol/codec.h"
#include "protocol/topics.h"
#include "staff/pin_hash.h"
#include "support/child_process.h"
#include "support/ports.h"
#include "support/test_broker.h"
#include "support/test_engine.h"
#include "support/test_phoned.h"
#include "support/web_driver.h"

Q_IMPORT_QML_PLUGIN(Anju_KioskPlugin)

namespace anju::e2e {
namespace {

using namespace std::chrono_literals;
using protocol::NodeKind;
using protocol::TopicKind;

// Where the screenshots go: ANJU_PHONE_SHOTS if set (docs/screenshots), else the test folder.
std::filesystem::path shot(const test::TestBroker& broker, const std::string& name) {
  const char* dir = std::getenv("ANJU_PHONE_SHOTS");
  return (dir && *dir ? std::filesystem::path(dir) : broker.dir()) / name;
}

class PhonePage : public ::testing::Test {
 protected:
  void SetUp() override {
    if (auto missing = test::WebDriver::missing(); !missing.empty()) GTEST_SKIP() << missing;
    ANJU_REQUIRE_BROKER(broker_);
    const auto certs = test::make_phoned_cert(broker_);
    ASSERT_FALSE(certs.empty()) << "tools/anju-clipd-cert failed";
    const auto users_file = broker_.dir() / "console-users.db";
    {
      auto users = auth::UserStore::open(users_file, 1000);
      ASSERT_TRUE(users) << users.error().reason;
      ASSERT_TRUE(users.value()->put({"n01", "Li Na", auth::Role::kNurse}, "anju-demo"));
      ASSERT_TRUE(users.value()->put({"c01", "Wang Fang", auth::Role::kChargeNurse}, "anju-demo"));
    }
    engine_ = test::start_engine(broker_, "engine-1");
    ASSERT_TRUE(engine_);

    port_ = test::free_loopback_port();
    phoned_ = std::make_unique<test::ChildProcess>(
        test::phoned_command(broker_, ANJU_PHONED_BIN, certs, users_file, port_),
        broker_.dir() / "phoned.log");
    const auto line = phoned_->read_line(10s);
    ASSERT_TRUE(line && line->find("phones open") != std::string::npos)
        << "anju-phoned did not start (log: " << (broker_.dir() / "phoned.log") << ")";

    console_.start();
    ASSERT_TRUE(console_.wait_connected(10s));
  }

  void TearDown() override {
    if (phoned_) phoned_->stop(SIGTERM);
    if (engine_) engine_->stop();
  }

  // The charge nurse gives the room to n01 (as the console's floor page does).
  void assign(const std::string& room, const std::string& nurse) {
    protocol::Event e;
    e.id = "console-1-t-" + room;
    e.seq = 1;
    e.node = "console-1";
    e.ts = SystemClock::instance().now_ms();
    e.type = protocol::EventType::kAssign;
    e.room = room;
    e.staff = "c01";
    e.assignee = nurse;
    console_.publish(protocol::topic(broker_.site(), TopicKind::kEvent, "console-1"),
                     protocol::encode(e));
  }

  std::string url() const { return "https://localhost:" + std::to_string(port_) + "/"; }

  // Signs n01 in on the page as a nurse does: types her id and password and taps Sign in.
  void sign_in(test::WebDriver& phone) {
    ASSERT_TRUE(phone.open(url())) << phone.error();
    ASSERT_TRUE(phone.wait_for("return !document.getElementById('signin').hidden"))
        << phone.error();
    ASSERT_TRUE(phone.type("#user", "n01") && phone.type("#password", "anju-demo"))
        << phone.error();
    ASSERT_TRUE(phone.click("#signin-button")) << phone.error();
    ASSERT_TRUE(phone.wait_for("return !document.getElementById('board').hidden"))
        << "not signed in: " << phone.error();
  }

  test::TestBroker broker_{{{"engine-1", "engine", ""},
                            {"console-1", "console", ""},
                            {"kiosk-101", "kiosk", "101"},
                            {"phones-1", "phones", ""}}};
  std::unique_ptr<engine::EngineService> engine_;
  std::unique_ptr<test::ChildProcess> phoned_;
  bus::Bus console_{broker_.bus_config("console-1", NodeKind::kConsole)};
  int port_ = 0;
};

TEST_F(PhonePage, ANurseAcceptsHerPageOnThePhoneAndTheKioskSaysSheIsComing) {
  test::WebDriver phone(
      {.width = 390, .height = 844, .language = "en", .log = broker_.dir() / "chromedriver.log"});
  ASSERT_TRUE(phone.ok()) << phone.error();
  sign_in(phone);
  // Signing in was her tap: the sound is on, so no banner asks for one.
  EXPECT_TRUE(phone.wait_for("return document.getElementById('banner').hidden")) << phone.error();
  assign("101", "n01");
  ASSERT_TRUE(
      phone.wait_for("return document.getElementById('rooms').textContent === "
                     "'My rooms: 101'"))
      << "her room did not reach the page: " << phone.error();

  // The kiosk in room 101 names the staff of its facility file (n01 is Li Na).
  const auto staff_file = broker_.dir() / "kiosk-staff.conf";
  std::ofstream(staff_file) << "n01  " << kiosk::hash_pin("1001", 1000) << "  Li Na\n";
  kiosk::KioskOptions options;
  options.room = "101";
  options.language = kiosk::Language::kEn;
  options.voice = "off";
  options.window_size = kiosk::ScreenSize{1280, 800};
  options.state_file = (broker_.dir() / "kiosk-101.call-state.json").string();
  options.staff_file = staff_file.string();
  options.schedule_file = options.directory_file = (broker_.dir() / "absent").string();
  kiosk::KioskApp kiosk(options, broker_.bus_config("kiosk-101", NodeKind::kKiosk),
                        SystemClock::instance());
  kiosk.registerQml();
  ASSERT_TRUE(kiosk.start());
  ASSERT_TRUE(wait_until([&] { return kiosk.call()->connected(); }, 10'000));
  auto* button = kiosk.window()->findChild<QQuickItem*>("callButton");
  ASSERT_NE(button, nullptr);
  ASSERT_TRUE(QMetaObject::invokeMethod(button, "activated"));

  // Her page: the call at the top of "Mine", with Accept and Decline, vibrating and beeping.
  const char* paged =
      "const b = document.querySelector('#mine article.mine button[data-action=accepted]');"
      "return b !== null && b.textContent === 'Accept' &&"
      "  b.closest('article').querySelector('.where').textContent === 'Room 101';";
  ASSERT_TRUE(wait_until([&] { return phone.wait_for(paged, 50); }, 15'000))
      << "no page on the phone: " << phone.error();
  // The page told the station it was delivered and read (the console shows it).
  EXPECT_TRUE(
      phone.wait_for("return document.querySelector('#mine .status').textContent"
                     ".startsWith('Paged to you')"));
  EXPECT_TRUE(phone.screenshot(shot(broker_, "phone-paged-en.png")));

  ASSERT_TRUE(phone.click("#mine article.mine button[data-action=accepted]")) << phone.error();
  ASSERT_TRUE(wait_until(
      [&] { return kiosk.call()->phase() == kiosk::CallSession::Phase::Acknowledged; }, 15'000))
      << "the kiosk did not hear that she is coming";
  EXPECT_EQ(kiosk.call()->headline().toStdString(), "A nurse is coming");
  EXPECT_NE(kiosk.call()->detail().toStdString().find("Li Na"), std::string::npos)
      << kiosk.call()->detail().toStdString();
  EXPECT_TRUE(
      phone.wait_for("return document.querySelector('#mine .status').textContent === "
                     "'Li Na is going'"))
      << phone.error();
  EXPECT_TRUE(phone.screenshot(shot(broker_, "phone-taken-en.png")));
  EXPECT_EQ(engine_->stats().rejected, 0u);
}

TEST_F(PhonePage, ThePageSpeaksChineseAndSaysWhenTheStationIsUnreachableEvenAfterAReload) {
  test::WebDriver phone({.width = 390,
                         .height = 844,
                         .language = "zh-CN",
                         .log = broker_.dir() / "chromedriver.log"});
  ASSERT_TRUE(phone.ok()) << phone.error();
  sign_in(phone);
  EXPECT_EQ(phone.run("return document.documentElement.lang").value_or(""), "zh-CN");
  // Every word in both languages, and a name for every alarm type the engine raises.
  std::vector<std::string> keys;
  for (const auto& type : engine::AlarmPolicy::defaults().types()) keys.push_back("type." + type);
  for (const char* d : {"water", "toilet", "pain", "turn", "meal", "other"})
    keys.push_back(std::string("detail.") + d);
  const auto untranslated = phone.run(
      "const [keys] = arguments;"
      "const all = [...new Set([...Object.keys(WORDS.en), ...Object.keys(WORDS.zh), ...keys])];"
      "return all.filter(k => !(k in WORDS.en) || !(k in WORDS.zh));",
      nlohmann::json::array({keys}));
  ASSERT_TRUE(untranslated) << phone.error();
  EXPECT_EQ(*untranslated, nlohmann::json::array()) << "words missing in en or zh";
  EXPECT_EQ(phone.run("return document.getElementById('signout').textContent").value_or(""),
            "退出");
  assign("101", "n01");
  ASSERT_TRUE(
      phone.wait_for("return document.getElementById('rooms').textContent === "
                     "'我的房间: 101'"))
      << phone.error();
  // A call in her room (sent here as a console's test event) is hers.
  protocol::Event call;
  call.id = "console-1-t-call";
  call.seq = 2;
  call.node = "console-1";
  call.ts = SystemClock::instance().now_ms();
  call.type = protocol::EventType::kCall;
  call.room = "101";
  console_.publish(protocol::topic(broker_.site(), TopicKind::kEvent, "console-1"),
                   protocol::encode(call));
  ASSERT_TRUE(phone.wait_for("return document.querySelector('#mine article') !== null"))
      << phone.error();
  EXPECT_TRUE(phone.screenshot(shot(broker_, "phone-paged-zh.png")));

  // The gateway goes away: the page says it is not live, and comes back by itself.
  phoned_->stop(SIGTERM);
  EXPECT_TRUE(phone.wait_for("return !document.getElementById('banner').hidden")) << phone.error();
  // ... and a tap cannot get lost: her buttons wait until it is live again.
  EXPECT_TRUE(phone.wait_for(
      "return document.querySelector('#mine button[data-action=accepted]').disabled === true"))
      << phone.error();
  EXPECT_TRUE(phone.screenshot(shot(broker_, "phone-offline-zh.png")));
  // A reload with the station gone: the page comes from the phone's cache (service worker), knows
  // her, and says it cannot show alarms rather than "nothing for you".
  ASSERT_TRUE(phone.wait_for("return navigator.serviceWorker.controller !== null"))
      << "the service worker does not control the page";
  ASSERT_TRUE(phone.open(url())) << phone.error();
  EXPECT_TRUE(
      phone.wait_for("return !document.getElementById('board').hidden && "
                     "document.getElementById('name').textContent === 'Li Na' && "
                     "!document.getElementById('banner').hidden && "
                     "document.querySelector('#mine p.empty').textContent === "
                     "'未连接：无法显示呼叫'"))
      << "the reloaded page: " << phone.error();
  EXPECT_TRUE(phone.screenshot(shot(broker_, "phone-reloaded-offline-zh.png")));
}

}  // namespace
}  // namespace anju::e2e

ANJU_E2E_TEST_MAIN()
