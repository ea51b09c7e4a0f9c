#include "console/console_controller.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>
#include <map>

#include "console/incident_report.h"
#include "protocol/codec.h"
#include "staffing/shift_plan.h"

namespace anju::console {

using protocol::EventType;

ConsoleController::ConsoleController(const Clock& clock, std::string site, std::string node,
                                     std::unique_ptr<qt::QtBus> bus, auth::UserStore* users,
                                     QObject* parent)
    : QObject(parent),
      clock_(clock),
      site_(std::move(site)),
      node_(std::move(node)),
      bus_(std::move(bus)),
      users_(users),
      alarms_(clock),
      devices_(clock),
      rounds_(clock),
      clips_(clock) {
  connect(&alarms_, &AlarmBoardModel::countsChanged, this,
          &ConsoleController::escalatedToMeChanged);
  connect(this, &ConsoleController::userChanged, this, &ConsoleController::escalatedToMeChanged);
  open_sender();
  load_staff();
  if (bus_) {
    connect(bus_.get(), &qt::QtBus::messageReceived, this,
            [this](const QString& topic, const QByteArray& payload, bool) {
              handle_message(topic, payload);
            });
    connect(bus_.get(), &qt::QtBus::connectedChanged, this, &ConsoleController::connectedChanged);
    for (auto kind : {protocol::TopicKind::kAlarm, protocol::TopicKind::kRoom,
                      protocol::TopicKind::kPresence, protocol::TopicKind::kHeartbeat,
                      protocol::TopicKind::kReport, protocol::TopicKind::kIncident}) {
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

void ConsoleController::open_sender() {
  if (bus_) {
    auto opened = qt::QtEventSender::open(*bus_, {}, clock_);
    if (opened) {
      bus_sender_ = std::move(opened).value();
      sink_ = bus_sender_.get();
    } else {
      sender_error_ = QString::fromStdString(opened.error().reason);
    }
  } else {
    auto opened = node::open_local_sender(site_, node_, clock_);
    if (opened) {
      auto local = std::move(opened).value();
      local_channel_ = std::move(local.channel);
      local_sender_ = std::move(local.sender);
      sink_ = local_sender_.get();
    } else {
      sender_error_ = QString::fromStdString(opened.error().reason);
    }
  }
  if (!sink_) qCritical("anju-nursestation: cannot send events: %s", qPrintable(sender_error_));
}

std::vector<protocol::Event> ConsoleController::sent() const {
  std::vector<protocol::Event> out;
  if (!local_channel_) return out;
  for (const auto& [topic, payload] : local_channel_->published()) {
    if (auto e = protocol::decode_event(payload)) out.push_back(std::move(e).value());
  }
  return out;
}

std::size_t ConsoleController::pending_events() const {
  if (bus_sender_) return bus_sender_->sender().pending();
  return local_sender_ ? local_sender_->pending() : 0;
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
    if (parsed && parsed->kind == protocol::TopicKind::kIncident)
      incidents_.remove(QString::fromStdString(parsed->leaf));
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
        if constexpr (std::is_same_v<T, protocol::Incident>) incidents_.apply(m);
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
  load_staff();  // accounts added since the start
  // The clip servers check the same users file: the password is kept in memory for this
  // session only (see clip_client.h) and dropped on sign-out.
  // Nurses may not see clips: their password is not kept at all.
  if (can_review())
    clips_.set_credentials(QString::fromStdString(verified.value().id), password, user_role());
  else
    clips_.forget();
  return true;
}

void ConsoleController::sign_in_as(const auth::User& user) {
  user_ = user;
  emit userChanged();
}

void ConsoleController::signOut() {
  clips_.forget();
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
  e.type = type;
  e.room = alarm->room;
  e.alarm = alarm->alarm;
  e.staff = user_->id;
  return send(std::move(e));
}

bool ConsoleController::send(protocol::Event e) {
  if (!sink_) {
    fail(tr("Cannot send: %1").arg(sender_error_));
    return false;
  }
  if (auto id = sink_->publish(std::move(e)); !id) {
    fail(tr("Not sent: %1").arg(QString::fromStdString(id.error().reason)));
    return false;
  }
  if (!last_action_error_.isEmpty()) fail({});
  return true;
}

bool ConsoleController::acknowledge(const QString& alarm_id) {
  return act(EventType::kAlarmAck, alarm_id);
}

bool ConsoleController::resolve(const QString& alarm_id) {
  const auto* alarm = alarms_.at(alarms_.rowOf(alarm_id));
  if (alarm && !AlarmBoardModel::actions_of(*alarm).resolve) {
    // The engine's policy, as published with the alarm: calls end at the bedside.
    fail(tr("Calls are cancelled at the bedside"));
    return false;
  }
  return act(EventType::kAlarmResolve, alarm_id);
}

bool ConsoleController::can_review() const {
  return user_ && (user_->role == auth::Role::kManager || user_->role == auth::Role::kChargeNurse);
}

void ConsoleController::load_staff() {
  if (!users_) return;
  auto listed = users_->list();
  if (listed) set_staff(listed.value());
}

void ConsoleController::set_staff(const std::vector<auth::User>& users) {
  staff_.clear();
  std::map<std::string, QString> names;
  for (const auto& u : users) {
    names[u.id] = QString::fromStdString(u.name);
    if (u.role == auth::Role::kNurse || u.role == auth::Role::kChargeNurse) staff_.push_back(u);
  }
  alarms_.set_names(names);
  rooms_.set_names(std::move(names));
  emit staffChanged();
}

QVariantList ConsoleController::staff() const {
  QVariantList out;
  for (const auto& u : staff_)
    out.push_back(QVariantMap{{"id", QString::fromStdString(u.id)},
                              {"name", QString::fromStdString(u.name)}});
  return out;
}

bool ConsoleController::assign(const QString& room, const QString& staff_id) {
  if (!user_) {
    fail(tr("Sign in first"));
    emit signInRequired();
    return false;
  }
  if (!can_assign()) {
    fail(tr("Only a manager or a charge nurse may assign rooms"));
    return false;
  }
  const std::string nurse = staff_id.toStdString();
  if (!nurse.empty() && std::none_of(staff_.begin(), staff_.end(),
                                     [&](const auth::User& u) { return u.id == nurse; })) {
    fail(tr("%1 is not a nurse of this facility").arg(staff_id));
    return false;
  }
  protocol::Event e;
  e.type = EventType::kAssign;
  e.room = room.toStdString();
  e.staff = user_->id;
  e.assignee = nurse;
  return send(std::move(e));
}

int ConsoleController::fillRooms() {
  if (!user_) {
    fail(tr("Sign in first"));
    emit signInRequired();
    return 0;
  }
  if (!can_assign()) {
    fail(tr("Only a manager or a charge nurse may assign rooms"));
    return 0;
  }
  const auto& rooms = rooms_.summaries();
  const auto plan = staffing::fill_unassigned_rooms(rooms);
  if (plan.empty()) {
    const bool all_given =
        std::all_of(rooms.begin(), rooms.end(), [](const auto& r) { return !r.assigned.empty(); });
    fail(all_given ? tr("Every room has a nurse")
                   : tr("Give each nurse on duty one room first; the other rooms are then shared "
                        "among them"));
    return 0;
  }
  int given = 0;
  for (const auto& g : plan)
    given += assign(QString::fromStdString(g.room), QString::fromStdString(g.nurse)) ? 1 : 0;
  return given;
}

bool ConsoleController::review(const QString& incident_id, const QString& outcome,
                               const QString& notes, const QString& root_cause) {
  if (!user_) {
    fail(tr("Sign in first"));
    emit signInRequired();
    return false;
  }
  if (!can_review()) {
    fail(tr("Only a manager or a charge nurse may review incidents"));
    return false;
  }
  const auto* incident = incidents_.find(incident_id);
  if (!incident) {
    fail(tr("This incident is not known to this console"));
    return false;
  }
  if (!protocol::is_incident_outcome(outcome.toStdString())) {
    fail(tr("Choose what happened before saving"));
    return false;
  }
  protocol::Event e;
  e.type = EventType::kIncidentReview;
  e.room = incident->room;
  e.alarm = incident->incident;
  e.staff = user_->id;
  e.outcome = outcome.toStdString();
  e.detail = notes.trimmed().toStdString();
  e.root_cause = root_cause.trimmed().toStdString();
  return send(std::move(e));
}

QString ConsoleController::exportReport(const QString& incident_id, const QString& folder,
                                        const QByteArray& thumbnail) {
  if (!can_review()) {
    fail(tr("Only a manager or a charge nurse may export incidents"));
    return {};
  }
  const auto* incident = incidents_.find(incident_id);
  if (!incident) {
    fail(tr("This incident is not known to this console"));
    return {};
  }
  const QDir dir(folder);
  if (folder.isEmpty() || !dir.exists()) {
    fail(tr("Choose a folder that exists and can be written"));
    return {};
  }
  IncidentReportInput in;
  in.incident = *incident;
  in.thumbnail_jpeg = thumbnail;
  // Else the loaded clip's, if it is this incident's (the privacy-filtered frame).
  if (in.thumbnail_jpeg.isEmpty() && clips_.clip() == QString::fromStdString(incident->clip))
    in.thumbnail_jpeg = clips_.thumbnail();
  in.site = QString::fromStdString(site_);
  in.generated_by = QString::fromStdString(user_->id);
  in.generated_ms = clock_.now_ms();
  QString name = QString::fromStdString(incident->incident);
  name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
  const QString path = dir.filePath("incident-" + name + ".html");
  QSaveFile out(path);
  if (!out.open(QIODevice::WriteOnly) || out.write(incident_report_html(in).toUtf8()) < 0 ||
      !out.commit()) {
    fail(tr("Cannot write %1").arg(path));
    return {};
  }
  if (!last_action_error_.isEmpty()) fail({});
  return path;
}

bool ConsoleController::exportIncident(const QString& incident_id, const QString& folder) {
  report_path_.clear();
  emit reportPathChanged();
  if (!can_review()) {
    fail(tr("Only a manager or a charge nurse may export incidents"));
    return false;
  }
  const auto* incident = incidents_.find(incident_id);
  if (!incident) {
    fail(tr("This incident is not known to this console"));
    return false;
  }
  auto write_report = [this, incident_id, folder](const QByteArray& thumbnail) {
    report_path_ = exportReport(incident_id, folder, thumbnail);
    emit reportPathChanged();
  };
  const auto ref = parse_clip_ref(QString::fromStdString(incident->clip));
  if (!ref.ok || !clips_.has_server(ref.node)) {
    write_report({});
    return !report_path_.isEmpty();
  }
  clips_.export_with_thumbnail(QString::fromStdString(incident->clip), folder, write_report);
  return true;
}

}  // namespace anju::console
