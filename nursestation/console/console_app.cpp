#include "console/console_app.h"

#include <QCoreApplication>
#include <QTimer>
#include <iostream>

#include "console/sample_facility.h"
#include "qt/qt_bus.h"

namespace anju::console {

ConsoleApp::ConsoleApp(ConsoleOptions options, std::optional<bus::BusConfig> bus,
                       const Clock& clock, QObject* parent)
    : QObject(parent), options_(std::move(options)), bus_config_(std::move(bus)), clock_(clock) {}

ConsoleApp::~ConsoleApp() = default;

void ConsoleApp::load_language(const QString& lang) {
  QCoreApplication::removeTranslator(&translator_);
  if (lang == "zh" && translator_.load(":/i18n/console_zh_CN.qm"))
    QCoreApplication::installTranslator(&translator_);
  // Qt 6.4's retranslate() re-evaluates every binding, so the Words.* calls in QML follow; the
  // alarm board's words are model roles and are re-rendered here.
  if (engine_) engine_->retranslate();
  if (station_) station_->alarms()->relabel();
}

bool ConsoleApp::start() {
  const bool sample = !options_.screenshot.empty();
  std::unique_ptr<qt::QtBus> bus;
  if (!sample) {
    auto store = auth::UserStore::open(options_.users);
    if (!store) {
      error_ = store.error().reason;
      return false;
    }
    users_ = std::move(store).value();
    if (!bus_config_) {
      error_ = "no broker configured";
      return false;
    }
    bus = std::make_unique<qt::QtBus>(*bus_config_);
  }
  const std::string site = bus_config_ ? bus_config_->site : "demo";
  const std::string node = bus_config_ ? bus_config_->node : "console-1";
  station_ = std::make_unique<ConsoleController>(clock_, site, node, std::move(bus), users_.get());
  std::vector<std::string> rooms;
  for (int r = options_.first_room; r <= options_.last_room; ++r)
    rooms.push_back(std::to_string(r));
  station_->rooms()->set_rooms(rooms);
  for (const auto& [clip_node, url] : options_.clip_servers)
    station_->clips()->set_server(QString::fromStdString(clip_node),
                                  QUrl(QString::fromStdString(url)));
  if (!options_.clip_servers.empty() &&
      !station_->clips()->set_ca_file(QString::fromStdString(options_.ca))) {
    error_ = "--ca: cannot read the site CA certificate " + options_.ca;
    return false;
  }

  engine_ = std::make_unique<QQmlApplicationEngine>();
  station_->set_retranslate([this](const QString& lang) { load_language(lang); });
  load_language(QString::fromStdString(options_.lang));
  station_->set_language(QString::fromStdString(options_.lang));
  if (!options_.mute && !sample) speaker_ = std::make_unique<AlarmSpeaker>(station_->alarms());
  if (sample) {
    for (const auto& [topic, payload] : sample_facility_messages(clock_.now_ms()))
      station_->handle_message(topic, payload);
    station_->set_staff(sample_staff());
    if (options_.screen != "signin")
      station_->sign_in_as({"n03", "Li Na", auth::Role::kChargeNurse});
  }

  engine_->setInitialProperties({{"station", QVariant::fromValue(station_.get())}});
  engine_->load(QUrl("qrc:/Anju/Console/Main.qml"));
  if (engine_->rootObjects().isEmpty()) {
    error_ = "cannot load Main.qml";
    return false;
  }
  window_ = qobject_cast<QQuickWindow*>(engine_->rootObjects().constFirst());
  if (!window_) {
    error_ = "Main.qml is not a window";
    return false;
  }
  if (sample || !options_.live_screenshot.empty()) {
    window_->resize(options_.width, options_.height);
    window_->setProperty("page", page_of(options_.screen));
  }
  if (sample) {
    if (options_.screen == "signin") QMetaObject::invokeMethod(window_, "openSignIn");
    save_screen_after(700, options_.screenshot);
  } else if (!options_.live_screenshot.empty()) {
    save_screen_after(static_cast<int>(options_.after_s * 1000), options_.live_screenshot);
  }
  return true;
}

void ConsoleApp::save_screen_after(int ms, const std::string& file) {
  QTimer::singleShot(ms, this, [this, file] {
    const bool saved = window_ && window_->grabWindow().save(QString::fromStdString(file));
    std::cerr << "anju-nursestation: " << (saved ? "screenshot written to " : "cannot write ")
              << file << "\n";
    QCoreApplication::exit(saved ? 0 : 1);
  });
}

}  // namespace anju::console
