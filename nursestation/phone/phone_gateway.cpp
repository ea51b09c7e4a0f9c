#include "phone/phone_gateway.h"

#include <QWebSocket>

#include "protocol/codec.h"
#include "protocol/topics.h"

namespace anju::phone {

using protocol::EventType;

PhoneGateway::PhoneGateway(PhoneGatewayOptions options, std::unique_ptr<qt::QtBus> bus,
                           auth::UserStore& users, const Clock& clock, QObject* parent)
    : QObject(parent),
      options_(std::move(options)),
      bus_(std::move(bus)),
      users_(users),
      clock_(clock),
      tokens_(clock, options_.token_ttl_ms),
      throttle_(clock),
      presence_(clock, options_.silence_ms, options_.grace_ms) {
  connect(&server_, &PhoneServer::opened, this, &PhoneGateway::on_opened);
  connect(bus_.get(), &qt::QtBus::messageReceived, this,
          [this](const QString& topic, const QByteArray& payload, bool) {
            on_bus_message(topic, payload);
          });
  connect(bus_.get(), &qt::QtBus::connectedChanged, this, &PhoneGateway::on_bus_connected);
  ticker_.setInterval(1000);
  connect(&ticker_, &QTimer::timeout, this, &PhoneGateway::tick);
}

PhoneGateway::~PhoneGateway() {
  for (auto& [id, s] : sessions_) s.socket->disconnect(this);
  sender_.reset();  // before its bus
  bus_->stop();
}

bool PhoneGateway::start(QString* error) {
  auto sender = qt::QtEventSender::open(*bus_, {}, clock_);
  if (!sender) {
    *error = QString::fromStdString(sender.error().reason);
    return false;
  }
  sender_ = std::move(sender).value();
  if (!options_.sessions_file.empty()) {
    auto file = auth::SessionFile::open(options_.sessions_file, clock_);
    if (!file) {
      *error = QString::fromStdString("sessions file " + options_.sessions_file.string() + ": " +
                                      file.error().reason);
      return false;
    }
    sessions_file_ = std::move(file).value();
  }
  if (auto listed = users_.list()) {
    for (const auto& u : listed.value()) names_[u.id] = u.name;
  } else {
    *error = QString::fromStdString(listed.error().reason);
    return false;
  }
  if (!server_.listen(options_.server, error)) return false;
  for (auto kind : {protocol::TopicKind::kAlarm, protocol::TopicKind::kRoom})
    bus_->subscribe(QString::fromStdString(protocol::topic_filter(options_.site, kind)));
  bus_->start();
  ticker_.start();
  return true;
}

std::size_t PhoneGateway::signed_in() const {
  std::size_t n = 0;
  for (const auto& [id, s] : sessions_) n += !s.staff.empty();
  return n;
}

void PhoneGateway::on_opened(QWebSocket* socket) {
  const int id = next_id_++;
  sessions_[id] = Session{socket, id, {}, {}, {}};
  connect(socket, &QWebSocket::textMessageReceived, this,
          [this, id](const QString& text) { on_text(id, text); });
  connect(socket, &QWebSocket::pong, this, [this, id] { presence_.heard(id); });
  connect(socket, &QWebSocket::disconnected, this, [this, id] {
    presence_.closed(id);
    sessions_.erase(id);
  });
  send(sessions_[id], encode_station(bus_->connected(), clock_.now_ms()));
}

void PhoneGateway::send(const Session& s, const std::string& text) {
  s.socket->sendTextMessage(QString::fromStdString(text));
}

void PhoneGateway::on_text(int id, const QString& text) {
  auto it = sessions_.find(id);
  if (it == sessions_.end()) return;
  Session& s = it->second;
  presence_.heard(id);
  auto parsed = parse_client_message(text.toStdString());
  if (!parsed) {
    send(s, encode_error(parsed.error().reason));
    return;
  }
  const ClientMessage& m = parsed.value();
  using Op = ClientMessage::Op;
  if (m.op == Op::kPing) {
    send(s, encode_pong(clock_.now_ms()));
  } else if (m.op == Op::kSignIn) {
    const std::string address = s.socket->peerAddress().toString().toStdString();
    if (!throttle_.allowed(address)) {
      send(s, encode_refused("too many attempts: wait a minute"));
      return;
    }
    auto user = users_.verify(m.user, m.password);
    if (!user) {
      throttle_.failed(address);
      send(s, encode_refused("unknown user or wrong password"));
      return;
    }
    throttle_.succeeded(address);
    auto token = tokens_.issue(user.value().id, user.value().role);
    if (!token) {
      send(s, encode_refused("the station cannot sign more phones in"));
      return;
    }
    if (sessions_file_) {
      const auth::Session kept{user.value().id, user.value().role,
                               clock_.now_ms() + options_.token_ttl_ms};
      if (auto saved = sessions_file_->save(*token, kept); !saved)
        qWarning("anju-phoned: session of %s not kept across a restart: %s",
                 user.value().id.c_str(), saved.error().reason.c_str());
    }
    sign_in(s, user.value(), *token);
  } else if (m.op == Op::kResume) {
    auto session = tokens_.check(m.token);
    if (!session && sessions_file_)
      session = sessions_file_->find(m.token);  // issued before a restart
    if (!session) {
      send(s, encode_refused("signed out: sign in again"));
      return;
    }
    const auto name = names_.find(session->user);
    sign_in(s, {session->user, name == names_.end() ? session->user : name->second, session->role},
            m.token);
  } else if (s.staff.empty()) {
    send(s, encode_refused("sign in first"));
  } else if (m.op == Op::kSignOut) {
    tokens_.revoke(s.token);
    if (sessions_file_) sessions_file_->remove(s.token);
    s.token.clear();
    presence_.closed(id);
    s.staff.clear();
    s.name.clear();
  } else {
    act(s, m);
  }
}

void PhoneGateway::sign_in(Session& s, const auth::User& user, const std::string& token) {
  s.staff = user.id;
  s.name = user.name;
  s.token = token;
  for (const auto& change : presence_.signed_in(s.id, s.staff)) announce(change.staff, true);
  Welcome w;
  w.user = user.id;
  w.name = user.name;
  w.role = std::string(auth::to_string(user.role));
  w.token = token;
  w.now = clock_.now_ms();
  w.rooms = board_.rooms_of(user.id);
  w.names = names_;
  send(s, encode_welcome(w));
  for (const auto& card : board_.cards(s.staff)) send(s, encode_card(card));
}

// An answer from her phone, as the engine takes it: a page she holds is answered (accepting it
// acknowledges the alarm in her name); an alarm nobody paged her for is acknowledged if she takes
// it; "I'm here" is her presence at the bedside.
void PhoneGateway::act(Session& s, const ClientMessage& m) {
  const auto card = board_.card(m.alarm, s.staff);
  if (!card) {
    send(s, encode_error("alarm " + m.alarm + " is not active"));
    return;
  }
  protocol::Event e;
  e.staff = s.staff;
  e.alarm = m.alarm;
  if (m.op == ClientMessage::Op::kHere) {
    e.type = EventType::kStaffPresent;
    e.room = card->room;
    e.alarm.clear();
  } else if (!card->page.empty() && card->page != "timed_out" && card->page != "unreachable") {
    e.type = EventType::kAlertStatus;
    e.detail = m.state;
  } else if (m.state == "accepted" && card->can_accept) {
    e.type = EventType::kAlarmAck;  // she takes it from the floor list
  } else if (m.state == "delivered" || m.state == "read") {
    return;  // not paged to her: nothing to report
  } else {
    send(s, encode_error("alarm " + m.alarm + " cannot be " + m.state + " now"));
    return;
  }
  publish(std::move(e), s, m.alarm);
}

bool PhoneGateway::publish(protocol::Event e, Session& s, const std::string& alarm) {
  const std::string what = std::string(protocol::to_string(e.type));
  if (auto id = sender_->publish(std::move(e)); !id) {
    send(s, encode_error("not sent: " + id.error().reason));
    return false;
  }
  send(s, encode_sent(what, alarm));
  return true;
}

void PhoneGateway::announce(const std::string& staff, bool online) {
  protocol::Event e;
  e.type = EventType::kPhoneStatus;
  e.staff = staff;
  e.detail = online ? "online" : "offline";
  if (auto id = sender_->publish(std::move(e)); !id)
    qWarning("anju-phoned: phone_status for %s not sent: %s", staff.c_str(),
             id.error().reason.c_str());
}

void PhoneGateway::on_bus_message(const QString& topic, const QByteArray& payload) {
  const std::string t = topic.toStdString();
  if (payload.isEmpty()) {  // a closed alarm's retained state was deleted
    auto parsed = protocol::parse_topic(t);
    if (parsed && parsed->kind == protocol::TopicKind::kAlarm && board_.remove(parsed->leaf))
      push_alarm(parsed->leaf);
    return;
  }
  auto decoded = protocol::decode(
      t, std::string_view(payload.constData(), static_cast<std::size_t>(payload.size())));
  if (!decoded) {
    qWarning("anju-phoned: rejected %s: %s", qPrintable(topic), decoded.error().reason.c_str());
    return;
  }
  if (const auto* a = std::get_if<protocol::AlarmState>(&decoded.value().message)) {
    if (board_.apply(*a)) push_alarm(a->alarm);
  } else if (const auto* r = std::get_if<protocol::RoomSummary>(&decoded.value().message)) {
    const auto changed = board_.apply(*r);
    if (!changed) return;
    for (const auto& alarm : board_.alarms_in(r->room)) push_alarm(alarm);
    push_rooms_of(changed->before);
    push_rooms_of(changed->after);
  }
}

void PhoneGateway::push_alarm(const std::string& alarm) {
  for (const auto& [id, s] : sessions_) {
    if (s.staff.empty()) continue;
    const auto card = board_.card(alarm, s.staff);
    send(s, card ? encode_card(*card) : encode_gone(alarm));
  }
}

void PhoneGateway::push_rooms_of(const std::string& nurse) {
  if (nurse.empty()) return;
  const std::string text = encode_rooms(board_.rooms_of(nurse));
  for (const auto& [id, s] : sessions_)
    if (s.staff == nurse) send(s, text);
}

void PhoneGateway::on_bus_connected(bool connected) {
  const std::string text = encode_station(connected, clock_.now_ms());
  for (const auto& [id, s] : sessions_) send(s, text);
  // A station that restarted, or lost the gateway for a while, hears who is reachable again.
  if (connected)
    for (const auto& staff : presence_.online_staff()) announce(staff, true);
}

void PhoneGateway::tick() {
  const auto t = presence_.tick();
  for (int id : t.silent) {
    const auto it = sessions_.find(id);
    if (it != sessions_.end()) it->second.socket->abort();  // its phone stopped answering
  }
  for (const auto& change : t.changes) announce(change.staff, change.online);
  if (clock_.now_ms() - last_ping_ >= options_.ping_every_ms) {
    last_ping_ = clock_.now_ms();
    for (const auto& [id, s] : sessions_) s.socket->ping();
  }
}

}  // namespace anju::phone
