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

#include "console/alarm_speaker.h"
#include "console/console_controller.h"
#include "console/sample_facility.h"
#include "node/node_options.h"

Q_IMPORT_QML_PLUGIN(Anju_ConsolePlugin)

namespace {

const char* kUsage =
    "usage: anju-nursestation [options]\n"
    "  --users FILE          staff accounts (SQLite; default console-users.db)\n"
    "  --rooms A-B           rooms on the floor view, e.g. 101-124\n"
    "  --lang zh|en          start language (default zh)\n"
    "  --mute                no alarm sounds (screens still flash)\n"
    "  --screenshot FILE     render a screen with sample data to PNG and exit\n"
    "  --screen board|floor|devices|rounds|report|review|signin   which screen (default board)\n"
    "  --size WxH            window size for --screenshot (default 1920x1080)\n"
    "  --live-screenshot FILE --after S   connect as usual, render after S seconds, exit\n"
    "  --clip-server NODE=URL  clip server of a vision node, e.g. vision-1=https://10.0.0.5:18443\n"
    "                        (repeatable; incidents of other nodes show no clip)\n"
    "  --ca FILE             the site CA (ca.crt) the clip servers' certificates must chain to\n"
    "  --add-user ID --name NAME --role nurse|charge_nurse|manager   add a user; password on "
    "stdin\n";

struct ConsoleOptions {
  std::string users = "console-users.db";
  std::string lang = "zh";
  std::string screenshot, screen = "board", add_user, name, role = "nurse";
  std::string live_screenshot;
  double after_s = 5;
  int width = 1920, height = 1080;
  int first_room = 0, last_room = -1;
  bool mute = false;
  std::vector<std::pair<std::string, std::string>> clip_servers;  // node, base URL
  std::string ca;
};

bool parse(const std::vector<std::string>& rest, ConsoleOptions& o) {
  for (std::size_t i = 0; i < rest.size(); ++i) {
    const auto& a = rest[i];
    const bool v = i + 1 < rest.size();
    if (a == "--mute")
      o.mute = true;
    else if (a == "--users" && v)
      o.users = rest[++i];
    else if (a == "--lang" && v)
      o.lang = rest[++i];
    else if (a == "--screenshot" && v)
      o.screenshot = rest[++i];
    else if (a == "--live-screenshot" && v)
      o.live_screenshot = rest[++i];
    else if (a == "--after" && v)
      o.after_s = std::atof(rest[++i].c_str());
    else if (a == "--screen" && v)
      o.screen = rest[++i];
    else if (a == "--add-user" && v)
      o.add_user = rest[++i];
    else if (a == "--name" && v)
      o.name = rest[++i];
    else if (a == "--role" && v)
      o.role = rest[++i];
    else if (a == "--ca" && v)
      o.ca = rest[++i];
    else if (a == "--clip-server" && v) {
      const std::string spec = rest[++i];
      const auto eq = spec.find('=');
      if (eq == std::string::npos || eq == 0 || spec.compare(eq + 1, 8, "https://") != 0)
        return false;
      o.clip_servers.emplace_back(spec.substr(0, eq), spec.substr(eq + 1));
    } else if (a == "--size" && v) {
      if (std::sscanf(rest[++i].c_str(), "%dx%d", &o.width, &o.height) != 2) return false;
    } else if (a == "--rooms" && v) {
      if (std::sscanf(rest[++i].c_str(), "%d-%d", &o.first_room, &o.last_room) != 2) return false;
    } else
      return false;
  }
  return o.lang == "zh" || o.lang == "en";
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

// Pages of Main.qml, in order.
int page_of(const std::string& screen) {
  static const std::vector<std::string> pages = {"board",  "floor",  "devices",
                                                 "rounds", "report", "review"};
  const auto it = std::find(pages.begin(), pages.end(), screen);
  return it == pages.end() ? 0 : static_cast<int>(it - pages.begin());
}

}  // namespace

int main(int argc, char** argv) {
  using namespace anju;
  auto parsed = node::parse_node_options(argc, argv, "console-1", protocol::NodeKind::kConsole);
  ConsoleOptions o;
  const bool screenshot_only = [&] {
    for (int i = 1; i < argc; ++i)
      if (std::string(argv[i]) == "--screenshot" || std::string(argv[i]) == "--add-user")
        return true;
    return false;
  }();
  std::vector<std::string> rest;
  if (parsed)
    rest = parsed->rest;
  else if (screenshot_only)
    rest.assign(argv + 1, argv + argc);  // no broker needed
  if ((!parsed && !screenshot_only) || !parse(rest, o)) {
    if (!parsed && !screenshot_only)
      std::cerr << "anju-nursestation: " << parsed.error().reason << "\n";
    std::cerr << kUsage << node::node_options_usage();
    return 2;
  }
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
    std::cerr << "anju-nursestation: --clip-server needs --ca with the site CA certificate ("
              << (o.ca.empty() ? "none given" : "cannot read " + o.ca) << ")\n";
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
    window->setProperty("page", page_of(o.screen));
    QTimer::singleShot(static_cast<int>(o.after_s * 1000), [&] {
      const bool saved = window->grabWindow().save(QString::fromStdString(o.live_screenshot));
      std::cerr << "anju-nursestation: live screenshot " << (saved ? "" : "NOT ") << "written to "
                << o.live_screenshot << "\n";
      QCoreApplication::exit(saved ? 0 : 1);
    });
  }
  if (!o.screenshot.empty() && window) {
    window->resize(o.width, o.height);
    const int page = page_of(o.screen);
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
