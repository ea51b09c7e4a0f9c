// anju-kiosk: the resident kiosk (bedside, bathroom or hallway). Parses the options, builds the
// KioskApp and runs it; everything else lives in anju_kiosk_lib.
#include <QtQml/qqmlextensionplugin.h>
#include <termios.h>
#include <unistd.h>

#include <QFont>
#include <QGuiApplication>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "app/kiosk_app.h"
#include "node/node_options.h"
#include "staff/pin_hash.h"

Q_IMPORT_QML_PLUGIN(Anju_KioskPlugin)

namespace {

std::atomic<bool> g_stop{false};
// The first signal asks the event loop to quit (the bus drains its outbox); a second one, if the
// loop is stuck, ends the process at once.
void on_signal(int signal) {
  if (g_stop.exchange(true)) std::_Exit(128 + signal);
}

bool has_flag(int argc, char** argv, const char* flag) {
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], flag) == 0) return true;
  return false;
}

// anju-kiosk --hash-pin: reads a code without echoing it, prints the line for the staff file.
int print_pin_hash() {
  const bool tty = isatty(STDIN_FILENO);
  termios saved{};
  if (tty) {
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::cerr << "PIN or badge code: " << std::flush;
  }
  std::string code;
  std::getline(std::cin, code);
  if (tty) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << "\n";
  }
  if (code.size() < 4) {
    std::cerr << "anju-kiosk: a code needs at least 4 characters\n";
    return 2;
  }
  std::cout << anju::kiosk::hash_pin(code) << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace anju;
  // A screenshot and --hash-pin never touch the broker; spare them the broker options.
  if (has_flag(argc, argv, "--screenshot") || has_flag(argc, argv, "--hash-pin"))
    setenv("ANJU_URI", "tcp://127.0.0.1:1", 1);

  // Paths that draw nothing run before the GUI application, which needs a display.
  if (has_flag(argc, argv, "--help") || has_flag(argc, argv, "-h")) {
    std::cout << kiosk::kiosk_usage() << node::node_options_usage();
    return 0;
  }
  if (has_flag(argc, argv, "--hash-pin")) return print_pin_hash();

  QGuiApplication app(argc, argv);  // before parsing: it removes Qt's own options (-platform ...)
  QGuiApplication::setApplicationName(QStringLiteral("anju-kiosk"));
  QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC")));

  auto node = node::parse_node_options(argc, argv, kiosk::default_node_id(argc, argv),
                                       protocol::NodeKind::kKiosk);
  if (!node) {
    std::cerr << "anju-kiosk: " << node.error().reason << "\n"
              << kiosk::kiosk_usage() << node::node_options_usage();
    return 2;
  }
  const char* config_dir = std::getenv("ANJU_KIOSK_CONFIG");
  auto options = kiosk::parse_kiosk_options(node->rest, node->bus,
                                            config_dir && *config_dir ? config_dir : "/etc/anju");
  if (!options) {
    std::cerr << "anju-kiosk: " << options.error().reason << "\n" << kiosk::kiosk_usage();
    return 2;
  }

  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  QTimer stop_watch;
  QObject::connect(&stop_watch, &QTimer::timeout, &app, [] {
    if (g_stop) QCoreApplication::quit();
  });
  stop_watch.start(200);

  kiosk::KioskApp kiosk(options.value(), node->bus, SystemClock::instance());
  kiosk.registerQml();
  if (!kiosk.start()) return 1;
  return app.exec();
}
