#include "app/call_session.h"

#include <QDateTime>
#include <QLoggingCategory>

#include "protocol/codec.h"
#include "staff/staff_directory.h"
#include "text/call_wording.h"

Q_LOGGING_CATEGORY(lcCall, "anju.kiosk.call")

namespace anju::kiosk {

static_assert(static_cast<int>(CallSession::Phase::Present) ==
              static_cast<int>(CallPhase::kPresent));

CallSession::CallSession(KioskPlace place, node::EventSink& sink, const Clock& clock,
                         LanguageState& language, CallSnapshot restored, QObject* parent)
    : QObject(parent),
      language_(language),
      controller_(std::move(place), sink, clock, std::move(restored)) {
  controller_.add_listener([this](const CallChange& change) { on_change(change); });
  connect(&language_, &LanguageState::changed, this, [this] {
    if (announcer_) announcer_->set_language(language_.language());
    emit changed();  // the words, not the state
    emit requestsChanged();
  });
}

CallSession::~CallSession() = default;

void CallSession::setSpeaker(Speaker* speaker) {
  if (!speaker) {
    announcer_.reset();
    return;
  }
  announcer_ = std::make_unique<Announcer>(
      *speaker, language_.language(),
      [this](const std::string& id) { return displayName(id).toStdString(); });
}

void CallSession::setStateFile(const std::filesystem::path& path) {
  state_file_.emplace(path);
}

void CallSession::on_change(const CallChange& change) {
  const bool state_changed = change.before != change.after;
  if (state_file_ && state_changed) {
    if (auto saved = state_file_->save(change.after); !saved)
      qCWarning(lcCall) << "cannot save call state:" << saved.error().reason.c_str();
  }
  if (announcer_) announcer_->on_change(change);
  if (state_changed) emit changed();
  if (change.before.requests != change.after.requests) emit requestsChanged();
}

void CallSession::sayAgain() {
  if (announcer_) announcer_->repeat(snapshot());
}

void CallSession::requestService(const QString& kind) {
  const auto parsed = parse_service_kind(kind.toStdString());
  if (!parsed) {
    qCWarning(lcCall) << "unknown service request" << kind;
    return;
  }
  controller_.request_service(*parsed);
}

QString CallSession::displayName(const std::string& staff_id) const {
  if (staff_id.empty()) return {};
  return QString::fromStdString(staff_ ? staff_->display_name(staff_id) : staff_id);
}

QString CallSession::timeOfDay(TimestampMs ts) const {
  if (ts <= 0) return {};
  return QDateTime::fromMSecsSinceEpoch(ts).toString(QStringLiteral("HH:mm"));
}

QString CallSession::headline() const {
  const auto w =
      describe_call(snapshot(), language_.language(), displayName(snapshot().staff).toStdString());
  return QString::fromStdString(w.headline);
}

QString CallSession::detail() const {
  const auto w =
      describe_call(snapshot(), language_.language(), displayName(snapshot().staff).toStdString());
  return QString::fromStdString(w.detail);
}

QString CallSession::staffName() const {
  return displayName(snapshot().staff);
}

QString CallSession::calledAt() const {
  return timeOfDay(snapshot().placed_ts);
}

void CallSession::onBusMessage(const QString& topic, const QByteArray& payload, bool /*retained*/) {
  // Retained or live does not matter here: the controller compares the station's timestamps with
  // the last local action, which covers stale retained summaries and queued commands alike.
  if (payload.isEmpty()) return;  // a retained message being cleared
  auto decoded =
      protocol::decode(topic.toStdString(), std::string_view(payload.constData(), payload.size()));
  if (!decoded) {
    qCWarning(lcCall) << "rejected" << topic << ":" << decoded.error().reason.c_str();
    return;
  }
  const auto& message = decoded.value().message;
  if (const auto* summary = std::get_if<protocol::RoomSummary>(&message))
    controller_.on_room_summary(*summary);
  else if (const auto* command = std::get_if<protocol::Command>(&message))
    controller_.on_command(*command);
}

}  // namespace anju::kiosk
