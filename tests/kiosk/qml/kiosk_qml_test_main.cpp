// QML tests of the kiosk's screens (QtQuickTest). The real KioskApp provides the singletons, with
// no bus and no voice; KioskTest lets a test reset the call and the connection between cases.
#include <QtQml/qqmlextensionplugin.h>

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <memory>

#include "app/kiosk_app.h"

Q_IMPORT_QML_PLUGIN(Anju_KioskPlugin)

namespace {

class KioskTestControl : public QObject {
  Q_OBJECT

 public:
  explicit KioskTestControl(anju::kiosk::KioskApp& app) : app_(app) {}
  // Back to a quiet kiosk: no call, no requests, staff signed out, connected, language.
  Q_INVOKABLE void reset(const QString& language) {
    app_.staff()->signOut();
    app_.call()->staffCancel("qml-test");
    app_.call()->setConnected(true);
    app_.language()->setCode(language);
  }
  Q_INVOKABLE void setConnected(bool connected) { app_.call()->setConnected(connected); }
  // Station input, as the engine would send it.
  Q_INVOKABLE void stationSays(const QString& state, const QString& staff) {
    anju::protocol::RoomSummary s;
    s.id = "qml-test-" + std::to_string(++n_);
    s.ts = app_.call()->snapshot().last_action_ts + 1;
    s.room = "101";
    s.active = state == "none" ? 0 : 1;
    if (s.active) s.top = anju::protocol::Priority::kMedium;
    s.call = *anju::protocol::parse_call_state(state.toStdString());
    s.alarm = s.active ? "al-qml" : "";
    s.staff = staff.toStdString();
    app_.call()->controller().on_room_summary(s);
  }

 private:
  anju::kiosk::KioskApp& app_;
  int n_ = 0;
};

class Setup : public QObject {
  Q_OBJECT

 public slots:
  void applicationAvailable() {
    anju::kiosk::KioskOptions options;
    options.room = "101";
    options.voice = "off";
    options.language = anju::kiosk::Language::kEn;
    const std::string assets = ANJU_SOURCE_DIR "/assets/kiosk/";
    options.staff_file = assets + "kiosk-staff.conf";
    options.schedule_file = assets + "day-schedule.json";
    options.directory_file = assets + "directory.json";
    options.state_file = state_dir_.filePath("kiosk-101.call-state.json").toStdString();
    app_ = std::make_unique<anju::kiosk::KioskApp>(options, std::nullopt,
                                                   anju::SystemClock::instance());
    app_->registerQml();
    control_ = std::make_unique<KioskTestControl>(*app_);
    qmlRegisterSingletonInstance("KioskTest", 1, 0, "KioskTest", control_.get());
  }
  void qmlEngineAvailable(QQmlEngine* engine) { anju::kiosk::KioskApp::prepareEngine(*engine); }

 private:
  QTemporaryDir state_dir_;
  std::unique_ptr<anju::kiosk::KioskApp> app_;
  std::unique_ptr<KioskTestControl> control_;
};

}  // namespace

QUICK_TEST_MAIN_WITH_SETUP(kiosk_qml, Setup)

#include "kiosk_qml_test_main.moc"
