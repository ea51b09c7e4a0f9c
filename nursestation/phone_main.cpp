// anju-phoned: the nurses' phone gateway. Serves the phone page over HTTPS and its WebSocket, signs
// nurses in with the console's staff accounts and speaks MQTT to the station for them.
#include <QCoreApplication>
#include <QTimer>
#include <iostream>

#include "auth/user_store.h"
#include "node/node_options.h"
#include "node/stop_signal.h"
#include "phone/phone_gateway.h"

int main(int argc, char** argv) {
  using namespace anju;
  std::string users_file = "console-users.db", cert, key, listen = "0.0.0.0",
              sessions = "phone-sessions.db";
  int port = 18444;
  cli::OptionParser own("usage: anju-phoned [options]   the nurses' phone page and its gateway");
  own.value("--users", "FILE",
            "staff accounts (the console's users file; default console-users.db)", users_file)
      .value("--cert", "PEM", "TLS certificate for the page (tools/anju-clipd-cert --name phoned)",
             cert)
      .value("--key", "PEM", "its private key", key)
      .value(
          "--sessions", "FILE",
          "signed-in phones, kept across a restart (default phone-sessions.db; token hashes only)",
          sessions)
      .value("--listen", "ADDRESS", "address to listen on (default 0.0.0.0)", listen)
      .integer("--port", "N", "HTTPS port of the page (default 18444; 0 = any free port)", port, 0,
               65535);
  auto command = node::parse_command_line("anju-phoned", argc, argv, own, "phones-1",
                                          protocol::NodeKind::kGateway);
  if (command.exit_code) return *command.exit_code;
  if (cert.empty() || key.empty()) {
    std::cerr << "anju-phoned: --cert and --key are required (phones only open HTTPS pages)\n";
    return 2;
  }
  const QHostAddress address(QString::fromStdString(listen));
  if (address.isNull()) {
    std::cerr << "anju-phoned: --listen '" << listen << "' is not an IP address\n";
    return 2;
  }

  QCoreApplication app(argc, argv);
  auto users = auth::UserStore::open(users_file);
  if (!users) {
    std::cerr << "anju-phoned: " << users.error().reason << "\n";
    return 1;
  }
  phone::PhoneGatewayOptions options;
  const bus::BusConfig& bus = command.node.bus;
  options.site = bus.site;
  options.node = bus.node;
  options.server.address = address;
  options.server.port = static_cast<quint16>(port);
  options.sessions_file = sessions;
  options.server.cert_file = QString::fromStdString(cert);
  options.server.key_file = QString::fromStdString(key);
  phone::PhoneGateway gateway(options, std::make_unique<qt::QtBus>(bus), *users.value(),
                              SystemClock::instance());
  QString error;
  if (!gateway.start(&error)) {
    std::cerr << "anju-phoned: " << error.toStdString() << "\n";
    return 1;
  }
  std::cout << "anju-phoned: phones open https://" << listen << ":" << gateway.port() << "/"
            << std::endl;

  node::install_stop_signals();
  QTimer stop_watch;
  QObject::connect(&stop_watch, &QTimer::timeout, &app, [] {
    if (node::stop_requested()) QCoreApplication::quit();
  });
  stop_watch.start(200);
  return app.exec();
}
