#include "app/kiosk_app.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

#include "app/icon_provider.h"
#include "app/pendant_input.h"
#include "app/sample_state.h"
#include "app/screenshot.h"
#include "protocol/topics.h"
#include "qt/qt_bus.h"
#include "qt/qt_event_sender.h"
#include "speech/qt_speaker.h"

Q_LOGGING_CATEGORY(lcKiosk, "anju.kiosk")

namespace anju::kiosk {
namespace {

constexpr auto kMainQml = "qrc:/Anju/Kiosk/qml/Main.qml";  // Qt 6.4: no loadFromModule
constexpr auto kChime = "qrc:/kiosk/sounds/chime.wav";

std::shared_ptr<StaffDirectory> load_staff(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    qCWarning(lcKiosk) << "no staff file" << path << "- staff mode cannot sign anyone in";
    return std::make_shared<StaffDirectory>();
  }
  auto parsed = StaffDirectory::parse(file.readAll().toStdString());
  if (!parsed) {
    qCWarning(lcKiosk) << "staff file" << path << "not used:" << parsed.error().reason.c_str();
    return std::make_shared<StaffDirectory>();
  }
  return std::make_shared<StaffDirectory>(std::move(parsed).value());
}

CallSnapshot restore_call(const std::filesystem::path& path) {
  auto loaded = CallStateFile(path).load();
  if (!loaded) {
    qCWarning(lcKiosk) << "call state not restored:" << loaded.error().reason.c_str();
    return {};
  }
  if (!loaded.value()) return {};
  qCInfo(lcKiosk) << "restored call state" << to_string(loaded.value()->phase).data() << "from"
                  << path.c_str();
  return *loaded.value();
}

}  // namespace

KioskApp::KioskApp(KioskOptions options, std::optional<bus::BusConfig> bus_config,
                   const Clock& clock, QObject* parent)
    : QObject(parent),
      options_(std::move(options)),
      clock_(clock),
      language_(options_.language),
      theme_(options_.high_contrast) {
  const bool sample = options_.screenshot.has_value();
  KioskPlace place;
  place.room = options_.room;
  place.bed = options_.bed;
  place.node = bus_config ? bus_config->node : "kiosk-" + options_.room;
  place.site = bus_config ? bus_config->site : "demo";

  std::unique_ptr<qt::QtEventSender> sender;
  if (bus_config && !sample) {
    bus_ = std::make_unique<qt::QtBus>(*bus_config);
    // Every event stays pending (next to the outbox) until the engine's receipt names it.
    auto opened = qt::QtEventSender::open(*bus_);
    if (opened) {
      sender = std::move(opened).value();
    } else {
      startup_error_ = QString::fromStdString(opened.error().reason);
    }
  }
  qt::QtEventSender* confirmations = sender.get();
  if (sender) {
    sink_ = std::move(sender);
  } else {
    // Screenshots and QML tests (or a kiosk that will refuse to start): nothing leaves the
    // process, and what it would send is stamped and checked all the same.
    auto local = node::open_local_sender(place.site, place.node, clock_);
    if (!local) qFatal("anju-kiosk: cannot send events: %s", local.error().reason.c_str());
    sink_ = std::move(local).value().sender;
  }
  staff_directory_ =
      load_staff(facility_file(options_.staff_file, ":/kiosk/samples/kiosk-staff.conf"));

  call_ = new CallSession(place, *sink_, clock_, language_,
                          sample ? CallSnapshot{} : restore_call(options_.state_file), this);
  if (!sample) call_->setStateFile(options_.state_file);
  call_->setStaffDirectory(staff_directory_.get());
  if (options_.voice != "off" && !sample) {
    speaker_ = new QtSpeaker(QString::fromStdString(options_.voice),
                             QUrl(QString::fromLatin1(kChime)), this);
    call_->setSpeaker(speaker_);
  }
  staff_session_ = new StaffSession(*call_, staff_directory_, clock_, language_, this);
  wall_clock_ = new WallClock(clock_, language_, this);
  schedule_ = new DayScheduleSource(
      facility_file(options_.schedule_file, ":/kiosk/samples/day-schedule.json"), this);
  activities_ =
      new ActivityModel(*schedule_, *wall_clock_, language_, ActivityModel::Show::kAll, this);
  upcoming_ =
      new ActivityModel(*schedule_, *wall_clock_, language_, ActivityModel::Show::kNotOver, this);
  menu_ = new MenuModel(*schedule_, *wall_clock_, language_, this);
  directory_ = new DirectoryModel(
      facility_file(options_.directory_file, ":/kiosk/samples/directory.json"), language_, this);
  services_ = new ServiceRequestModel(*call_, language_, this);
  tr_ = new Texts(language_, Texts::Which::kCurrent, this);
  tr_other_ = new Texts(language_, Texts::Which::kOther, this);

  if (confirmations) {
    connect(confirmations, &qt::QtEventSender::confirmed, call_, &CallSession::onConfirmed);
  }
  if (bus_) {
    connect(bus_.get(), &qt::QtBus::messageReceived, call_, &CallSession::onBusMessage);
    connect(bus_.get(), &qt::QtBus::connectedChanged, call_, &CallSession::setConnected);
    const bus::SubscribeOptions once{.qos = 1, .dedup_by_id = true};
    bus_->subscribe(
        QString::fromStdString(protocol::topic(place.site, protocol::TopicKind::kRoom, place.room)),
        once);
    bus_->subscribe(
        QString::fromStdString(protocol::topic(place.site, protocol::TopicKind::kCmd, place.node)),
        once);
  }
}

KioskApp::~KioskApp() {
  engine_.reset();  // QML goes before the objects it binds to
  if (bus_) bus_->stop();
}

QString KioskApp::facility_file(const std::filesystem::path& configured, const char* sample) const {
  // A screenshot shows the samples unless the files exist (so it works on a developer machine).
  const QString path = QString::fromStdString(configured.string());
  if (options_.screenshot && !QFile::exists(path)) return QString::fromLatin1(sample);
  return path;
}

QString KioskApp::initialScreen() const {
  return options_.screenshot ? QString::fromStdString(options_.screenshot->screen)
                             : QStringLiteral("home");
}

void KioskApp::prepareEngine(QQmlEngine& engine) {
  // Qt 6.4 does not look for modules in the resources' root by default: without this the module's
  // qmldir (and with it the plugin that registers the C++ types) is never found.
  engine.addImportPath(QStringLiteral("qrc:/"));
  engine.addImageProvider(QStringLiteral("icon"), new IconProvider);
}

void KioskApp::registerQml() {
  qmlRegisterSingletonInstance("Anju.Kiosk", 1, 0, "Kiosk", this);
  qmlRegisterSingletonInstance("Anju.Kiosk", 1, 0, "Tr", static_cast<QObject*>(tr_));
  qmlRegisterSingletonInstance("Anju.Kiosk", 1, 0, "TrOther", static_cast<QObject*>(tr_other_));
  qmlRegisterSingletonInstance("Anju.Kiosk", 1, 0, "Theme", &theme_);
}

bool KioskApp::start() {
  if (!startup_error_.isEmpty()) {
    // A kiosk that cannot keep its calls until the station has them must not pretend it can.
    qCCritical(lcKiosk) << "cannot start: event sender:" << startup_error_;
    return false;
  }
  if (bus_) bus_->start();  // connects in the background while the QML loads
  if (!options_.pendant.empty() && !options_.screenshot) {
    // The pendant calls exactly as the screen's call button does (a second press while a call
    // is open is the same call: the engine keeps one alarm per room and bed).
    auto* pendant = new PendantInput(QString::fromStdString(options_.pendant.string()),
                                     std::chrono::seconds(2), this);
    connect(pendant, &PendantInput::pressed, call_, [this] {
      qCInfo(lcKiosk) << "call pendant pressed";
      call_->call();
    });
  }
  if (options_.screenshot)
    apply_sample(options_.screenshot->sample, options_, *call_, *staff_session_,
                 options_.screenshot->screen);

  engine_ = std::make_unique<QQmlApplicationEngine>();
  prepareEngine(*engine_);
  engine_->load(QUrl(QString::fromLatin1(kMainQml)));
  if (engine_->rootObjects().isEmpty()) {
    qCCritical(lcKiosk) << "cannot load" << kMainQml;
    return false;
  }
  window_ = qobject_cast<QQuickWindow*>(engine_->rootObjects().constFirst());
  if (!window_) {
    qCCritical(lcKiosk) << "Main.qml is not a window";
    return false;
  }
  connect(window_, &QQuickWindow::frameSwapped, this, &KioskApp::on_first_frame);
  if (options_.window_size) {
    window_->resize(options_.window_size->width, options_.window_size->height);
    window_->show();
  } else {
    window_->showFullScreen();
  }
  if (options_.screenshot) {
    auto* shot =
        new Screenshot(*window_, QString::fromStdString(options_.screenshot->file.string()), this);
    shot->setReady([this] { return sample_ready(options_.screenshot->screen, *staff_session_); });
    connect(shot, &Screenshot::done, qApp, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
  }
  return true;
}

void KioskApp::on_first_frame() {
  if (first_frame_seen_) return;
  first_frame_seen_ = true;
  disconnect(window_, &QQuickWindow::frameSwapped, this, &KioskApp::on_first_frame);
  if (options_.report_first_frame) {
    std::printf("first-frame\n");
    std::fflush(stdout);
  }
  // Slow, optional parts start only once the resident sees the screen.
  if (speaker_) QTimer::singleShot(0, speaker_, &QtSpeaker::prepare);
  emit firstFrameShown();
}

}  // namespace anju::kiosk
