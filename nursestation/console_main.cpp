// anju-nursestation: the nurse station console. Parses the options and runs ConsoleApp (which
// wires the bus, the staff accounts, the controller and the QML); --add-user edits the accounts.
#include <QFont>
#include <QGuiApplication>
#include <QtQml/QQmlExtensionPlugin>
#include <iostream>
#include <optional>

#include "auth/user_store.h"
#include "cli/console_options.h"
#include "console/console_app.h"
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
  console::ConsoleApp console(o, parsed ? std::optional(parsed->bus) : std::nullopt,
                              SystemClock::instance());
  if (!console.start()) {
    std::cerr << "anju-nursestation: " << console.error() << "\n";
    return 1;
  }
  return app.exec();
}
