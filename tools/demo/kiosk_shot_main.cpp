// anju-demo-kiosk: a live resident kiosk for the headless demo. The real kiosk (KioskApp: call
// session, QML, bus) with any anju-kiosk option, which can press its own call button after T
// seconds (a resident's call) and saves its screen to a PNG after S seconds; it runs on until
// stopped. (anju-kiosk --screenshot renders sample states without a broker; this shows the live
// one.)
#include <QtQml/qqmlextensionplugin.h>

#include <QFont>
#include <QGuiApplication>
#include <QTimer>
#include <cstdlib>
#include <iostream>

#include "app/kiosk_app.h"
#include "node/node_options.h"
#include "node/stop_signal.h"

Q_IMPORT_QML_PLUGIN(Anju_KioskPlugin)

namespace {

const char* kUsage =
    "usage: anju-demo-kiosk --room R --shot FILE.png --after S [--call-after T] [anju-kiosk "
    "options]\n"
    "  --shot FILE     where to save the screen\n"
    "  --after S       when (seconds after start); runs on until stopped (exit 1 if it cannot "
    "save)\n"
    "  --call-after T  press the call button T seconds after start\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace anju;
  QGuiApplication app(argc, argv);
  QGuiApplication::setApplicationName(QStringLiteral("anju-demo-kiosk"));
  QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC")));

  auto node = node::parse_node_options(argc, argv, kiosk::default_node_id(argc, argv),
                                       protocol::NodeKind::kKiosk);
  if (!node) {
    std::cerr << "anju-demo-kiosk: " << node.error().reason << "\n" << kUsage;
    return 2;
  }
  std::string shot;
  double after_s = 30, call_after_s = -1;
  std::vector<std::string> kiosk_args;
  const auto& rest = node->rest;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    const bool has_value = i + 1 < rest.size();
    if (rest[i] == "--shot" && has_value)
      shot = rest[++i];
    else if (rest[i] == "--after" && has_value)
      after_s = std::atof(rest[++i].c_str());
    else if (rest[i] == "--call-after" && has_value)
      call_after_s = std::atof(rest[++i].c_str());
    else
      kiosk_args.push_back(rest[i]);
  }
  const char* config_dir = std::getenv("ANJU_KIOSK_CONFIG");
  auto options = kiosk::parse_kiosk_options(kiosk_args, node->bus,
                                            config_dir && *config_dir ? config_dir : "/etc/anju");
  if (shot.empty() || !options) {
    if (!options) std::cerr << "anju-demo-kiosk: " << options.error().reason << "\n";
    std::cerr << kUsage << kiosk::kiosk_usage();
    return 2;
  }
  node::install_stop_signals();

  kiosk::KioskApp kiosk(options.value(), node->bus, SystemClock::instance());
  kiosk.registerQml();
  if (!kiosk.start()) return 1;

  if (call_after_s >= 0) {
    QTimer::singleShot(static_cast<int>(call_after_s * 1000), &app, [&] {
      std::cerr << "anju-demo-kiosk: " << node->bus.node << " calls a nurse\n";
      kiosk.call()->call();
    });
  }
  QTimer::singleShot(static_cast<int>(after_s * 1000), &app, [&] {
    QQuickWindow* window = kiosk.window();
    const bool saved = window && window->grabWindow().save(QString::fromStdString(shot));
    std::cerr << "anju-demo-kiosk: " << (saved ? "screenshot written to " : "cannot write ") << shot
              << "\n";
    if (!saved) QCoreApplication::exit(1);  // else keep running until stopped
  });
  QTimer stop_watch;
  QObject::connect(&stop_watch, &QTimer::timeout, &app, [] {
    if (node::stop_requested()) QCoreApplication::exit(0);
  });
  stop_watch.start(200);
  return app.exec();
}
