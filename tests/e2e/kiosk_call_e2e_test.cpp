// A resident's call, end to end with real parts: the real kiosk (KioskApp, its QML on the offscreen
// platform) calls through a real Mosquitto, the real engine raises the alarm, a nurse signed in at
// the real console (ConsoleController with a staff file) acknowledges it from the alarm board, and
// the kiosk's screen says a nurse is coming.
#include <QtQml/qqmlextensionplugin.h>
#include <gtest/gtest.h>

#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>

#include "app/kiosk_app.h"
#include "auth/user_store.h"
#include "console/console_controller.h"
#include "e2e_support.h"
#include "engine/engine_service.h"
#include "support/test_broker.h"
#include "support/test_engine.h"

Q_IMPORT_QML_PLUGIN(Anju_KioskPlugin)

namespace anju::e2e {
namespace {

using protocol::NodeKind;

QString item_text(QQuickWindow& window, const char* name) {
  auto* item = window.findChild<QQuickItem*>(QString::fromLatin1(name));
  return item ? item->property("text").toString() : QString("<no item %1>").arg(name);
}

TEST(KioskCallEndToEnd, ACallAcknowledgedAtTheConsoleShowsANurseIsComingOnTheKiosk) {
  test::TestBroker broker(
      {{"engine-1", "engine", ""}, {"console-1", "console", ""}, {"kiosk-101", "kiosk", "101"}});
  ASSERT_TRUE(broker.ok()) << broker.error();
  QTemporaryDir dir;

  auto started = test::start_engine(broker, "engine-1");
  ASSERT_TRUE(started);
  auto& engine = *started;

  // The console, with a real staff file (PBKDF2; few iterations to keep the test fast).
  auto users = auth::UserStore::open(dir.filePath("console-users.db").toStdString(), 1000);
  ASSERT_TRUE(users) << users.error().reason;
  ASSERT_TRUE(users.value()->put({"n01", "Li Na", auth::Role::kNurse}, "anju-demo"));
  console::ConsoleController station(
      SystemClock::instance(), broker.site(), "console-1",
      std::make_unique<qt::QtBus>(broker.bus_config("console-1", NodeKind::kConsole)),
      users.value().get());
  ASSERT_TRUE(station.signIn("n01", "anju-demo"));

  kiosk::KioskOptions options;
  options.room = "101";
  options.language = kiosk::Language::kEn;
  options.voice = "off";
  options.window_size = kiosk::ScreenSize{1280, 800};
  options.state_file = dir.filePath("kiosk-101.call-state.json").toStdString();
  options.staff_file = options.schedule_file = options.directory_file =
      dir.filePath("absent").toStdString();
  kiosk::KioskApp kiosk(options, broker.bus_config("kiosk-101", NodeKind::kKiosk),
                        SystemClock::instance());
  kiosk.registerQml();
  ASSERT_TRUE(kiosk.start());
  ASSERT_TRUE(wait_until([&] { return kiosk.call()->connected() && station.connected(); }, 10'000));

  // The resident presses the call button (the QML button's own signal, as on release).
  auto* button = kiosk.window()->findChild<QQuickItem*>("callButton");
  ASSERT_NE(button, nullptr);
  ASSERT_TRUE(QMetaObject::invokeMethod(button, "activated"));

  auto* board = station.alarms();
  const auto call_row = [&] {
    for (int row = 0; row < board->rowCount(); ++row)
      if (board->at(row)->node == "kiosk-101" && board->at(row)->type == "call") return row;
    return -1;
  };
  ASSERT_TRUE(wait_until([&] { return call_row() >= 0; }, 10'000)) << "no call on the console";
  const QString alarm_id = QString::fromStdString(board->at(call_row())->alarm);
  EXPECT_EQ(board->at(call_row())->room, "101");
  EXPECT_EQ(board->at(call_row())->status, protocol::AlarmStatus::kRaised);

  ASSERT_TRUE(station.acknowledge(alarm_id)) << station.last_action_error().toStdString();
  ASSERT_TRUE(wait_until(
      [&] {
        return kiosk.call()->phase() == kiosk::CallSession::Phase::Acknowledged &&
               call_row() >= 0 &&
               board->at(call_row())->status == protocol::AlarmStatus::kAcknowledged;
      },
      10'000))
      << "kiosk phase " << static_cast<int>(kiosk.call()->phase());
  EXPECT_EQ(board->at(call_row())->by, "n01");
  wait_until([] { return false; }, 100);  // let the screen follow the state
  EXPECT_EQ(item_text(*kiosk.window(), "callHeadline").toStdString(), "A nurse is coming");
  EXPECT_EQ(kiosk.call()->headline().toStdString(), "A nurse is coming");
  EXPECT_EQ(engine.stats().rejected, 0u);
}

}  // namespace
}  // namespace anju::e2e

ANJU_E2E_TEST_MAIN()
