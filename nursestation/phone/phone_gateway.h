#pragma once
// anju-phoned's core: nurses' phones in, the station's bus out. Each phone page signs in over its
// WebSocket with a staff account (core/auth) and gets the alarms as cards for her, hers first
// (PhoneBoard), kept current from the engine's retained alarm and room states. Her answers become
// events in her name on the gateway's own event topic: alert_status (delivered, read, accepted,
// declined), alarm_ack (taking an alarm nobody paged her for) and staff_present ("I'm here"), each
// kept until the engine's receipt. Whether her phone is reachable goes to the engine as
// phone_status, so paging skips a phone that is gone.
#include <QObject>
#include <QTimer>
#include <filesystem>
#include <map>
#include <memory>

#include "auth/session_file.h"
#include "auth/sign_in_throttle.h"
#include "auth/token_store.h"
#include "auth/user_store.h"
#include "phone/phone_board.h"
#include "phone/phone_messages.h"
#include "phone/phone_presence.h"
#include "phone/phone_server.h"
#include "qt/qt_bus.h"
#include "qt/qt_event_sender.h"

class QWebSocket;

namespace anju::phone {

struct PhoneGatewayOptions {
  std::string site;
  std::string node = "phones-1";
  PhoneServerOptions server;
  TimestampMs token_ttl_ms = 12 * 3'600'000LL;  // a shift: a reload does not ask for the password
  // Where the tokens outlive a restart of the gateway (auth/session_file.h); empty: memory only.
  std::filesystem::path sessions_file;
  int ping_every_ms = 10'000;
  TimestampMs silence_ms = PhonePresence::kDefaultSilenceMs;
  TimestampMs grace_ms = PhonePresence::kDefaultGraceMs;
};

class PhoneGateway : public QObject {
  Q_OBJECT

 public:
  PhoneGateway(PhoneGatewayOptions options, std::unique_ptr<qt::QtBus> bus, auth::UserStore& users,
               const Clock& clock, QObject* parent = nullptr);
  ~PhoneGateway() override;

  // Listens for phones and connects to the broker (in the background); false with the reason.
  bool start(QString* error);
  quint16 port() const { return server_.port(); }
  std::size_t signed_in() const;
  const PhoneBoard& board() const { return board_; }
  bool online(const std::string& staff) const { return presence_.online(staff); }

 private:
  struct Session {
    QWebSocket* socket = nullptr;
    int id = 0;
    std::string staff, name;  // empty until signed in
    std::string token;
  };

  void on_opened(QWebSocket* socket);
  void on_text(int id, const QString& text);
  void on_bus_message(const QString& topic, const QByteArray& payload);
  void on_bus_connected(bool connected);
  void tick();
  void sign_in(Session& s, const auth::User& user, const std::string& token);
  void act(Session& s, const ClientMessage& m);
  void push_alarm(const std::string& alarm);          // to every signed-in phone
  void push_rooms_of(const std::string& room_nurse);  // her rooms list
  void send(const Session& s, const std::string& text);
  void announce(const std::string& staff, bool online);  // phone_status
  bool publish(protocol::Event e, Session& s, const std::string& alarm);

  PhoneGatewayOptions options_;
  std::unique_ptr<qt::QtBus> bus_;
  std::unique_ptr<qt::QtEventSender> sender_;
  auth::UserStore& users_;
  const Clock& clock_;
  auth::TokenStore tokens_;
  std::unique_ptr<auth::SessionFile> sessions_file_;
  auth::SignInThrottle throttle_;
  PhoneBoard board_;
  PhonePresence presence_;
  PhoneServer server_;
  std::map<int, Session> sessions_;
  std::map<std::string, std::string> names_;  // staff id -> name, for "taken by" on the cards
  int next_id_ = 1;
  QTimer ticker_;
  TimestampMs last_ping_ = 0;
};

}  // namespace anju::phone
