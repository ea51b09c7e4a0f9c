#pragma once
// Builds the kiosk's objects, wires them, and shows them: the one place that knows them all.
// QML sees this object as the singleton `Kiosk` (plus `Tr`, `TrOther` and `Theme`); none of the
// classes it wires knows about QML singletons. Without a bus config (screenshots, QML tests)
// nothing leaves the process.
#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QString>
#include <memory>
#include <optional>

#include "app/call_session.h"
#include "app/day_schedule_source.h"
#include "app/language_state.h"
#include "app/qt_text.h"
#include "app/texts.h"
#include "app/wall_clock.h"
#include "bus/bus.h"
#include "cli/kiosk_options.h"
#include "models/activity_model.h"
#include "models/directory_model.h"
#include "models/menu_model.h"
#include "models/service_request_model.h"
#include "node/event_sink.h"
#include "staff/staff_session.h"
#include "theme/theme.h"

namespace anju::qt {
class QtBus;
}

namespace anju::kiosk {

class QtSpeaker;

class KioskApp : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by main")
  Q_PROPERTY(QString mode READ mode CONSTANT)
  Q_PROPERTY(QString room READ room CONSTANT)
  Q_PROPERTY(QString initialScreen READ initialScreen CONSTANT)
  Q_PROPERTY(int offlineNoticeMs READ offlineNoticeMs CONSTANT)
  Q_PROPERTY(anju::kiosk::LanguageState* language READ language CONSTANT)
  Q_PROPERTY(anju::kiosk::CallSession* call READ call CONSTANT)
  Q_PROPERTY(anju::kiosk::StaffSession* staff READ staff CONSTANT)
  Q_PROPERTY(anju::kiosk::WallClock* clock READ clock CONSTANT)
  Q_PROPERTY(anju::kiosk::ServiceRequestModel* services READ services CONSTANT)
  Q_PROPERTY(anju::kiosk::ActivityModel* activities READ activities CONSTANT)
  Q_PROPERTY(anju::kiosk::ActivityModel* upcoming READ upcoming CONSTANT)
  Q_PROPERTY(anju::kiosk::MenuModel* menu READ menu CONSTANT)
  Q_PROPERTY(anju::kiosk::DirectoryModel* directory READ directory CONSTANT)
  Q_PROPERTY(anju::kiosk::DayScheduleSource* schedule READ schedule CONSTANT)

 public:
  KioskApp(KioskOptions options, std::optional<bus::BusConfig> bus, const Clock& clock,
           QObject* parent = nullptr);
  ~KioskApp() override;

  // Registers the QML singletons; once per process, before any QML is loaded.
  void registerQml();
  // Import path and image providers an engine needs for the kiosk's QML (QML tests use it too).
  static void prepareEngine(QQmlEngine& engine);
  // Connects to the broker (in the background), loads Main.qml and shows the window. With
  // --screenshot, renders the sample, saves it and quits the application instead.
  // False, saying why, if the kiosk cannot run (its event sender could not open its pending table).
  bool start();

  QString mode() const { return qs(to_string(options_.mode)); }
  QString room() const { return QString::fromStdString(options_.room); }
  QString initialScreen() const;
  // How long the broker must be unreachable before the offline banner shows.
  int offlineNoticeMs() const { return options_.screenshot ? 0 : 3000; }
  LanguageState* language() { return &language_; }
  CallSession* call() { return call_; }
  StaffSession* staff() { return staff_session_; }
  WallClock* clock() { return wall_clock_; }
  ServiceRequestModel* services() { return services_; }
  ActivityModel* activities() { return activities_; }
  ActivityModel* upcoming() { return upcoming_; }
  MenuModel* menu() { return menu_; }
  DirectoryModel* directory() { return directory_; }
  DayScheduleSource* schedule() { return schedule_; }
  Theme* theme() { return &theme_; }
  QQuickWindow* window() const { return window_; }
  qt::QtBus* bus() const { return bus_.get(); }

 signals:
  void firstFrameShown();

 private:
  void on_first_frame();
  QString facility_file(const std::filesystem::path& configured, const char* sample) const;

  KioskOptions options_;
  const Clock& clock_;
  LanguageState language_;
  Theme theme_;
  std::unique_ptr<qt::QtBus> bus_;
  std::unique_ptr<node::EventSink> sink_;
  QString startup_error_;  // after bus_: destroyed before it
  std::shared_ptr<StaffDirectory> staff_directory_;
  CallSession* call_ = nullptr;
  StaffSession* staff_session_ = nullptr;
  QtSpeaker* speaker_ = nullptr;
  WallClock* wall_clock_ = nullptr;
  DayScheduleSource* schedule_ = nullptr;
  ActivityModel* activities_ = nullptr;
  ActivityModel* upcoming_ = nullptr;
  MenuModel* menu_ = nullptr;
  DirectoryModel* directory_ = nullptr;
  ServiceRequestModel* services_ = nullptr;
  Texts* tr_ = nullptr;
  Texts* tr_other_ = nullptr;
  QPointer<QQuickWindow> window_;
  bool first_frame_seen_ = false;
  // Last: destroyed first, before the objects its QML refers to.
  std::unique_ptr<QQmlApplicationEngine> engine_;
};

}  // namespace anju::kiosk
