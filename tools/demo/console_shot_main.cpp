// anju-demo-console: the nurse station console for the headless demo. The real console (controller,
// models, QML) on the bus, signed in as a demo nurse, optionally acknowledging the calls of one
// kiosk the way a nurse would, and saving the screen to a PNG after S seconds; it runs on until
// stopped. (anju-nursestation --live-screenshot cannot sign in: a console takes passwords only on
// screen.)
#include <QFont>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>
#include <cstdio>
#include <iostream>

#include "console/console_controller.h"
#include "node/node_options.h"
#include "node/stop_signal.h"

Q_IMPORT_QML_PLUGIN(Anju_ConsolePlugin)

namespace {

const char* kUsage =
    "usage: anju-demo-console --users FILE --user ID --shot FILE.png --after S [options]\n"
    "  (the password is read from standard input)\n"
    "  --rooms A-B          rooms on the floor view\n"
    "  --lang zh|en         language (default en)\n"
    "  --size WxH           window size (default 1920x1080)\n"
    "  --ack-node NODE      acknowledge calls raised by NODE, 2 s after they appear\n";

struct Options {
  std::string users, user, shot, lang = "en", ack_node;
  double after_s = 30;
  int width = 1920, height = 1080, first_room = 0, last_room = -1;
};

bool parse(const std::vector<std::string>& rest, Options& o) {
  for (std::size_t i = 0; i + 1 < rest.size(); i += 2) {
    const auto& a = rest[i];
    const auto& v = rest[i + 1];
    if (a == "--users")
      o.users = v;
    else if (a == "--user")
      o.user = v;
    else if (a == "--shot")
      o.shot = v;
    else if (a == "--after")
      o.after_s = std::atof(v.c_str());
    else if (a == "--lang")
      o.lang = v;
    else if (a == "--ack-node")
      o.ack_node = v;
    else if (a == "--size") {
      if (std::sscanf(v.c_str(), "%dx%d", &o.width, &o.height) != 2) return false;
    } else if (a == "--rooms") {
      if (std::sscanf(v.c_str(), "%d-%d", &o.first_room, &o.last_room) != 2) return false;
    } else
      return false;
  }
  return rest.size() % 2 == 0 && !o.users.empty() && !o.user.empty() && !o.shot.empty() &&
         (o.lang == "zh" || o.lang == "en");
}

}  // namespace

int main(int argc, char** argv) {
  using namespace anju;
  auto parsed = node::parse_node_options(argc, argv, "console-1", protocol::NodeKind::kConsole);
  Options o;
  if (!parsed || !parse(parsed->rest, o)) {
    if (!parsed) std::cerr << "anju-demo-console: " << parsed.error().reason << "\n";
    std::cerr << kUsage << node::node_options_usage();
    return 2;
  }
  std::string password;
  std::getline(std::cin, password);

  QGuiApplication app(argc, argv);
  app.setApplicationName("anju-demo-console");
  QGuiApplication::setFont(QFont("Noto Sans CJK SC"));
  node::install_stop_signals();

  auto users = auth::UserStore::open(o.users);
  if (!users) {
    std::cerr << "anju-demo-console: " << users.error().reason << "\n";
    return 1;
  }
  console::ConsoleController station(SystemClock::instance(), parsed->bus.site, parsed->bus.node,
                                     std::make_unique<qt::QtBus>(parsed->bus), users.value().get());
  std::vector<std::string> rooms;
  for (int r = o.first_room; r <= o.last_room; ++r) rooms.push_back(std::to_string(r));
  station.rooms()->set_rooms(rooms);
  if (!station.signIn(QString::fromStdString(o.user), QString::fromStdString(password))) {
    std::cerr << "anju-demo-console: cannot sign in as " << o.user << ": "
              << station.sign_in_error().toStdString() << "\n";
    return 1;
  }

  QQmlApplicationEngine engine;
  QTranslator translator;
  if (o.lang == "zh" && translator.load(":/i18n/console_zh_CN.qm"))
    QCoreApplication::installTranslator(&translator);
  station.set_language(QString::fromStdString(o.lang));
  engine.setInitialProperties({{"station", QVariant::fromValue(&station)}});
  engine.load(QUrl("qrc:/Anju/Console/Main.qml"));
  if (engine.rootObjects().isEmpty()) return 1;
  auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
  if (!window) return 1;
  window->resize(o.width, o.height);

  // A nurse answers the demo kiosk's call: acknowledge what it raised, once, a moment later.
  QSet<QString> answered;
  if (!o.ack_node.empty()) {
    auto* model = station.alarms();
    QObject::connect(model, &console::AlarmBoardModel::alarmRaised, &station,
                     [&, model](const QString& id, const QString&) {
                       const int row = model->rowOf(id);
                       const auto* alarm = row >= 0 ? model->at(row) : nullptr;
                       if (!alarm || alarm->node != o.ack_node || answered.contains(id)) return;
                       answered.insert(id);
                       QTimer::singleShot(2000, &station, [&station, id] {
                         std::cerr << "anju-demo-console: acknowledging " << id.toStdString()
                                   << (station.acknowledge(id) ? "" : " failed") << "\n";
                       });
                     });
  }

  QTimer::singleShot(static_cast<int>(o.after_s * 1000), &app, [&] {
    const bool saved = window->grabWindow().save(QString::fromStdString(o.shot));
    std::cerr << "anju-demo-console: " << (saved ? "screenshot written to " : "cannot write ")
              << o.shot << "\n";
    if (!saved) QCoreApplication::exit(1);  // else keep running until stopped
  });
  QTimer stop_watch;
  QObject::connect(&stop_watch, &QTimer::timeout, &app, [] {
    if (node::stop_requested()) QCoreApplication::exit(0);
  });
  stop_watch.start(200);
  return app.exec();
}
