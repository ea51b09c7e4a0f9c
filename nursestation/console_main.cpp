// anju-nursestation: the nurse station console. Wires the bus, the user store and the controller,
// and hands them to the QML view. --screenshot renders a screen with sample data and exits.
#include <QFont>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>
#include <algorithm>
#include <iostream>

#include "cli/console_options.h"
#include "console/alarm_speaker.h"
#include "console/console_controller.h"
#include "console/sample_facility.h"
#include "node/node_options.h"

Q_IMPORT_QML_PLUGIN(Anju_ConsolePlugin)

namespace {

using anju::console::ConsoleOptions;

bool has_flag(int argc, char** argv, const char* flag) {
  for (int i = 1; i < argc; ++i)
    if (std::string(argv[i]) == flag) return true;
  return false;
}

int add_user(const ConsoleOptions& o) {
  auto role = anju::auth::parse_role(o.role);
  if (!role) {
    std::cerr << "anju-nursestation: unknown role " << o.role << "\n";
    return 2;
  }
  std::string password;
  std::getline(std::cin, password);
  auto store = anju::auth::UserStore::open(o.users);
  if (!store) {
    std::cerr << "anju-nursestation: " << store.error().reason << "\n";
    return 1;
  }
  auto r = store.value()->put({o.add_user, o.name.empty() ? o.add_user : o.name, *role}, password);
  if (!r) {
    std::cerr << "anju-nursestation: " << r.error().reason << "\n";
    return 1;
  }
  std::cout << "anju-nursestation: user " << o.add_user << " saved in " << o.users << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace anju;
  if (has_flag(argc, argv, "--help") || has_flag(argc, argv, "-h")) {
    std::cout << console::console_usage() << node::node_options_usage();
    return 0;
  }
  // A screenshot and --add-user never touch the broker: they need no broker options.
  const bool offline = has_flag(argc, argv, "--screenshot") || has_flag(argc, argv, "--add-user");
  auto parsed = node::parse_node_options(argc, argv, "console-1", protocol::NodeKind::kConsole);
  if (!parsed && !offline) {
    std::cerr << "anju-nursestation: " << parsed.error().reason << "\n"
              << "(anju-nursestation --help lists the options)\n";
    return 2;
  }
  std::vector<std::string> rest;
  if (parsed)
    rest = parsed->rest;
  else
    rest.assign(argv + 1, argv + argc);
  auto options = console::parse_console_options(rest);
  if (!options) {
    std::cerr << "anju-nursestation: " << options.error().reason << "\n"
              << "(anju-nursestation --help lists the options)\n";
    return 2;
  }
  const ConsoleOptions& o = options.value();
  if (!o.add_user.empty()) return add_user(o);

  QGuiApplication app(argc, argv);
  app.setApplicationName("anju-nursestation");
  QGuiApplication::setFont(QFont("Noto Sans CJK SC"));

  std::unique_ptr<auth::UserStore> users;
  if (o.screenshot.empty()) {
    auto store = auth::UserStore::open(o.users);
    if (!store) {
      std::cerr << "anju-nursestation: " << store.error().reason << "\n";
      return 1;
    }
    users = std::move(store).value();
  }
  std::unique_ptr<qt::QtBus> bus;
  if (o.screenshot.empty()) {
    bus = std::make_unique<qt::QtBus>(parsed->bus);
  }
  const std::string site = parsed ? parsed->bus.site : "demo";
  const std::string node_id = parsed ? parsed->bus.node : "console-1";
  console::ConsoleController station(SystemClock::instance(), site, node_id, std::move(bus),
                                     users.get());
  std::vector<std::string> rooms;
  for (int r = o.first_room; r <= o.last_room; ++r) rooms.push_back(std::to_string(r));
  station.rooms()->set_rooms(rooms);
  for (const auto& [clip_node, url] : o.clip_servers)
    station.clips()->set_server(QString::fromStdString(clip_node),
                                QUrl(QString::fromStdString(url)));
  if (!o.clip_servers.empty() && !station.clips()->set_ca_file(QString::fromStdString(o.ca))) {
    std::cerr << "anju-nursestation: --ca: cannot read the site CA certificate " << o.ca << "\n";
    return 2;
  }

  QQmlApplicationEngine engine;
  QTranslator translator;
  station.set_retranslate([&](const QString& lang) {
    QCoreApplication::removeTranslator(&translator);
    if (lang == "zh" && translator.load(":/i18n/console_zh_CN.qm"))
      QCoreApplication::installTranslator(&translator);
    engine.retranslate();
  });
  if (o.lang == "zh" && translator.load(":/i18n/console_zh_CN.qm"))
    QCoreApplication::installTranslator(&translator);
  station.set_language(QString::fromStdString(o.lang));

  std::unique_ptr<console::AlarmSpeaker> speaker;
  if (!o.mute && o.screenshot.empty())
    speaker = std::make_unique<console::AlarmSpeaker>(station.alarms());

  if (!o.screenshot.empty()) {
    for (const auto& [topic, payload] :
         console::sample_facility_messages(SystemClock::instance().now_ms()))
      station.handle_message(topic, payload);
    if (o.screen != "signin") station.sign_in_as({"n03", "Li Na", auth::Role::kChargeNurse});
  }

  engine.setInitialProperties({{"station", QVariant::fromValue(&station)}});
  engine.load(QUrl("qrc:/Anju/Console/Main.qml"));
  if (engine.rootObjects().isEmpty()) return 1;
  auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
  if (!o.live_screenshot.empty() && window) {
    window->resize(o.width, o.height);
    window->setProperty("page", console::page_of(o.screen));
    QTimer::singleShot(static_cast<int>(o.after_s * 1000), [&] {
      const bool saved = window->grabWindow().save(QString::fromStdString(o.live_screenshot));
      std::cerr << "anju-nursestation: live screenshot " << (saved ? "" : "NOT ") << "written to "
                << o.live_screenshot << "\n";
      QCoreApplication::exit(saved ? 0 : 1);
    });
  }
  if (!o.screenshot.empty() && window) {
    window->resize(o.width, o.height);
    const int page = console::page_of(o.screen);
    window->setProperty("page", page);
    if (o.screen == "signin") QMetaObject::invokeMethod(window, "openSignIn");
    QTimer::singleShot(700, [&] {
      const bool saved = window->grabWindow().save(QString::fromStdString(o.screenshot));
      std::cerr << (saved ? "anju-nursestation: screenshot " : "anju-nursestation: cannot write ")
                << o.screenshot << "\n";
      QCoreApplication::exit(saved ? 0 : 1);
    });
  }
  return app.exec();
}
