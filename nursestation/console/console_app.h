#pragma once
// Builds the console's objects, wires them and shows them: the bus, the staff accounts, the
// controller with its models, translations, the alarm speaker, and Main.qml. anju-nursestation's
// main only parses options and runs this (as anju-kiosk does with KioskApp). With --screenshot it
// shows sample data, saves the screen and quits the application; nothing leaves the process then.
#include <QObject>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTranslator>
#include <memory>
#include <optional>
#include <string>

#include "auth/user_store.h"
#include "bus/bus.h"
#include "cli/console_options.h"
#include "console/alarm_speaker.h"
#include "console/console_controller.h"

namespace anju::console {

class ConsoleApp : public QObject {
  Q_OBJECT

 public:
  // `bus` is ignored for a screenshot (sample data, no broker).
  ConsoleApp(ConsoleOptions options, std::optional<bus::BusConfig> bus, const Clock& clock,
             QObject* parent = nullptr);
  ~ConsoleApp() override;

  // Opens the staff accounts, connects (in the background), loads Main.qml and shows it; false,
  // with the reason in error(), if the console cannot run.
  bool start();
  const std::string& error() const { return error_; }
  ConsoleController* station() { return station_.get(); }
  QQuickWindow* window() const { return window_; }

 private:
  void load_language(const QString& lang);
  void save_screen_after(int ms, const std::string& file);

  ConsoleOptions options_;
  std::optional<bus::BusConfig> bus_config_;
  const Clock& clock_;
  std::string error_;
  std::unique_ptr<auth::UserStore> users_;
  std::unique_ptr<ConsoleController> station_;
  std::unique_ptr<AlarmSpeaker> speaker_;
  QTranslator translator_;
  QPointer<QQuickWindow> window_;
  // Last: destroyed first, before the objects its QML refers to.
  std::unique_ptr<QQmlApplicationEngine> engine_;
};

}  // namespace anju::console
