// The whole path with real parts: a resident presses the kiosk's call button (the real QML on the
// offscreen platform), the real engine raises the alarm, a console acknowledges it with an
// alarm_ack event, and the kiosk's screen says "A nurse is coming" with the nurse's name; a kiosk
// restarted without its state file shows the call again from the retained room summary.
#include <QtQml/qqmlextensionplugin.h>
#include <gtest/gtest.h>

#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <mutex>

#include "app/kiosk_app.h"
#include "engine/engine_service.h"
#include "kiosk/qt_test_main.h"
#include "protocol/codec.h"
#include "protocol/topics.h"
#include "qt/qt_bus.h"
#include "qt/qt_event_sender.h"
#include "support/test_broker.h"
#include "support/test_engine.h"

Q_IMPORT_QML_PLUGIN(Anju_KioskPlugin)

namespace anju::kiosk {
namespace {

using protocol::NodeKind;
using protocol::TopicKind;

// Watches the engine's alarms like a console does and acknowledges one like a nurse would.
class Console {
 public:
  explicit Console(bus::BusConfig config) : bus_(std::move(config)), ids_("console-1") {
    bus_.subscribe(protocol::topic_filter(bus_.config().site, TopicKind::kAlarm),
                   [this](const bus::Message& m) {
                     if (m.payload.empty()) return;
                     auto decoded = protocol::decode(m.topic, m.payload);
                     if (!decoded) return;
                     const auto& a = std::get<protocol::AlarmState>(decoded.value().message);
                     std::lock_guard lock(mutex_);
                     if (a.room == "101" && a.type == "call") call_alarm_ = a;
                   });
    bus_.start();
  }
  std::optional<protocol::AlarmState> call_alarm() const {
    std::lock_guard lock(mutex_);
    return call_alarm_;
  }
  void acknowledge(const std::string& alarm, const std::string& staff) {
    protocol::Event e;
    e.id = ids_.next();
    e.ts = SystemClock::instance().now_ms();
    e.seq = ids_.last_seq();
    e.node = "console-1";
    e.type = protocol::EventType::kAlarmAck;
    e.alarm = alarm;
    e.staff = staff;
    bus_.publish(protocol::topic(bus_.config().site, TopicKind::kEvent, "console-1"),
                 protocol::encode(e));
  }
  bus::Bus& bus() { return bus_; }

 private:
  bus::Bus bus_;
  IdGenerator ids_;
  mutable std::mutex mutex_;
  std::optional<protocol::AlarmState> call_alarm_;
};

QQuickItem* find_item(QQuickWindow& window, const char* name) {
  return window.findChild<QQuickItem*>(QString::fromLatin1(name));
}

void tap(QQuickWindow& window, QQuickItem& item) {
  const QPointF centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2));
  QTest::mouseClick(&window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}

TEST(KioskWithEngine, PressReachesTheEngineAndAConsoleAckShowsANurseIsComing) {
  anju::test::TestBroker broker(
      {{"engine-1", "engine", ""}, {"console-1", "console", ""}, {"kiosk-101", "kiosk", "101"}});
  ASSERT_TRUE(broker.ok()) << broker.error();
  QTemporaryDir dir;

  auto started = anju::test::start_engine(broker, "engine-1");
  ASSERT_TRUE(started);
  auto& engine = *started;

  Console console(broker.bus_config("console-1", NodeKind::kConsole));
  ASSERT_TRUE(console.bus().wait_connected(std::chrono::seconds(10)));

  KioskOptions options;
  options.room = "101";
  options.language = Language::kEn;
  options.voice = "off";
  options.window_size = ScreenSize{1280, 800};
  options.state_file = dir.filePath("kiosk-101.call-state.json").toStdString();
  options.staff_file = options.schedule_file = options.directory_file =
      dir.filePath("none").toStdString();
  KioskApp kiosk(options, broker.bus_config("kiosk-101", NodeKind::kKiosk),
                 SystemClock::instance());
  kiosk.registerQml();
  ASSERT_TRUE(kiosk.start());
  QQuickWindow& window = *kiosk.window();
  ASSERT_TRUE(test::wait_until([&] { return kiosk.call()->connected(); }, 10'000));
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

  QQuickItem* call_button = find_item(window, "callButton");
  ASSERT_NE(call_button, nullptr);
  tap(window, *call_button);
  EXPECT_EQ(kiosk.call()->phase(), CallSession::Phase::Placed);

  ASSERT_TRUE(test::wait_until([&] { return console.call_alarm().has_value(); }, 10'000));
  EXPECT_EQ(console.call_alarm()->node, "kiosk-101");
  ASSERT_TRUE(test::wait_until([&] { return kiosk.call()->stationConfirmed(); }, 10'000))
      << "the engine's room summary reached the kiosk";

  console.acknowledge(console.call_alarm()->alarm, "nurse-li");
  ASSERT_TRUE(test::wait_until(
      [&] { return kiosk.call()->phase() == CallSession::Phase::Acknowledged; }, 10'000));
  QTest::qWait(100);  // let the screen follow
  QQuickItem* headline = find_item(window, "callHeadline");
  ASSERT_NE(headline, nullptr);
  EXPECT_EQ(headline->property("text").toString(), "A nurse is coming");
  EXPECT_EQ(find_item(window, "callDetail")->property("text").toString(),
            "nurse-li is on the way.");
  EXPECT_EQ(engine.stats().rejected, 0u);

  // A kiosk that crashed and lost its state file learns the call again from the retained room
  // summary as soon as it is connected.
  kiosk.bus()->stop();
  qt::QtBus restarted_bus(broker.bus_config("kiosk-101", NodeKind::kKiosk));
  auto sender = qt::QtEventSender::open(restarted_bus);
  ASSERT_TRUE(sender) << sender.error().reason;
  LanguageState language(Language::kEn);
  CallSession restarted({broker.site(), "kiosk-101", "101", ""}, **sender, SystemClock::instance(),
                        language);
  QObject::connect(&restarted_bus, &qt::QtBus::messageReceived, &restarted,
                   &CallSession::onBusMessage);
  restarted_bus.subscribe(
      QString::fromStdString(protocol::topic(broker.site(), TopicKind::kRoom, "101")));
  restarted_bus.start();
  ASSERT_TRUE(test::wait_until(
      [&] { return restarted.phase() == CallSession::Phase::Acknowledged; }, 10'000));
  EXPECT_EQ(restarted.headline(), "A nurse is coming");
}

}  // namespace
}  // namespace anju::kiosk

ANJU_KIOSK_QT_TEST_MAIN()
