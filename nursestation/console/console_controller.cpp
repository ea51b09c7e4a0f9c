#include "console/console_controller.h"

#include "protocol/codec.h"

namespace anju::console {

using protocol::EventType;

ConsoleController::ConsoleController(const Clock& clock, std::string site, std::string node,
                                     std::unique_ptr<qt::QtBus> bus, auth::UserStore* users,
                                     engine::AlarmPolicy policy, QObject* parent)
    : QObject(parent),
      clock_(clock),
      site_(std::move(site)),
      node_(std::move(node)),
      bus_(std::move(bus)),
      users_(users),
      policy_(std::move(policy)),
      ids_(node_),
      alarms_(clock),
      devices_(clock),
      rounds_(clock) {
  connect(&alarms_, &AlarmBoardModel::countsChanged, this,
          &ConsoleController::escalatedToMeChanged);
  connect(this, &ConsoleController::userChanged, this, &ConsoleController::escalatedToMeChanged);
  if (bus_) {
    connect(bus_.get(), &qt::QtBus::messageReceived, this,
            [this](const QString& topic, const QByteArray& payload, bool) {
              handle_message(topic, payload);
            });
    connect(bus_.get(), &qt::QtBus::connectedChanged, this, &ConsoleController::connectedChanged);
    for (auto kind :
         {protocol::TopicKind::kAlarm, protocol::TopicKind::kRoom, protocol::TopicKind::kPresence,
          protocol::TopicKind::kHeartbeat, protocol::TopicKind::kReport}) {
      bus_->subscribe(QString::fromStdString(protocol::topic_filter(site_, kind)));
    }
    bus_->start();
  }
  ticker_.setInterval(1000);
  connect(&ticker_, &QTimer::timeout, this, [this] {
    alarms_.refresh_ages();
    devices_.refresh_ages();
    rounds_.refresh_minutes();
    emit clockTick();
  });
  ticker_.start();
}

ConsoleController::~ConsoleController() {
  if (bus_) bus_->stop();
}

void ConsoleController::handle_message(const QString& topic, const QByteArray& payload) {
  const std::string t = topic.toStdString();
  if (payload.isEmpty()) {
    // The engine cleared a closed alarm's retained state.
    auto parsed = protocol::parse_topic(t);
    if (parsed && parsed->kind == protocol::TopicKind::kAlarm)
      alarms_.remove(QString::fromStdString(parsed->leaf));
    return;
  }
  auto decoded = protocol::decode(
      t, std::string_view(payload.constData(), static_cast<std::size_t>(payload.size())));
  if (!decoded) {
    qWarning("console: rejected %s: %s", qPrintable(topic), decoded.error().reason.c_str());
    return;
  }
  std::visit(
      [this](const auto& m) {
        using T = std::decay_t<decltype(m)>;
        if constexpr (std::is_same_v<T, protocol::AlarmState>) alarms_.apply(m);
        if constexpr (std::is_same_v<T, protocol::RoomSummary>) {
          rooms_.apply(m);
          rounds_.apply(m);
        }
        if constexpr (std::is_same_v<T, protocol::ShiftReport>) report_.apply(m);
        if constexpr (std::is_same_v<T, protocol::Presence>) devices_.apply(m);
        if constexpr (std::is_same_v<T, protocol::Heartbeat>) devices_.apply(m);
      },
      decoded.value().message);
}

bool ConsoleController::signIn(const QString& user, const QString& password) {
  if (!users_) return false;
  auto verified = users_->verify(user.trimmed().toStdString(), password.toStdString());
  if (!verified) {
    sign_in_error_ = tr("Unknown user or wrong password");
    emit signInErrorChanged();
    return false;
  }
  sign_in_error_.clear();
  emit signInErrorChanged();
  sign_in_as(verified.value());
  return true;
}

void ConsoleController::sign_in_as(const auth::User& user) {
  user_ = user;
  emit userChanged();
}

void ConsoleController::signOut() {
  user_.reset();
  emit userChanged();
}

int ConsoleController::escalated_to_me() const {
  const bool leads = user_ && user_->role != auth::Role::kNurse;
  return alarms_.escalated_count(leads ? 1 : 2);
}

QString ConsoleController::user_role() const {
  return user_ ? QString::fromUtf8(auth::to_string(user_->role).data()) : QString();
}

void ConsoleController::set_language(const QString& language) {
  if (language == language_) return;
  language_ = language;
  if (retranslate_) retranslate_(language_);
  emit languageChanged();
}

bool ConsoleController::canResolve(const QString& type) const {
  const auto* rule = policy_.rule(type.toStdString());
  return rule && rule->close == engine::CloseRule::kAnywhere;
}

void ConsoleController::fail(const QString& why) {
  last_action_error_ = why;
  emit lastActionErrorChanged();
}

bool ConsoleController::act(EventType type, const QString& alarm_id) {
  if (!user_) {
    fail(tr("Sign in first"));
    emit signInRequired();
    return false;
  }
  const auto* alarm = alarms_.at(alarms_.rowOf(alarm_id));
  if (!alarm) {
    fail(tr("This alarm is no longer active"));
    return false;
  }
  protocol::Event e;
  e.id = ids_.next();
  e.seq = ids_.last_seq();
  e.ts = clock_.now_ms();
  e.node = node_;
  e.type = type;
  e.room = alarm->room;
  e.alarm = alarm->alarm;
  e.staff = user_->id;
  if (bus_)
    bus_->publish(
        QString::fromStdString(protocol::topic(site_, protocol::TopicKind::kEvent, node_)),
        QByteArray::fromStdString(protocol::encode(e)));
  sent_.push_back(std::move(e));
  if (!last_action_error_.isEmpty()) fail({});
  return true;
}

bool ConsoleController::acknowledge(const QString& alarm_id) {
  return act(EventType::kAlarmAck, alarm_id);
}

bool ConsoleController::resolve(const QString& alarm_id) {
  const auto* alarm = alarms_.at(alarms_.rowOf(alarm_id));
  if (alarm && !canResolve(QString::fromStdString(alarm->type))) {
    fail(tr("Calls are cancelled at the bedside"));
    return false;
  }
  return act(EventType::kAlarmResolve, alarm_id);
}

}  // namespace anju::console
