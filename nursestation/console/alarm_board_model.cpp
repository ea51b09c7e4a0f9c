#include "console/alarm_board_model.h"

#include <QStringList>
#include <algorithm>
#include <tuple>

#include "console/console_words.h"

namespace anju::console {

using protocol::AlarmState;
using protocol::AlarmStatus;
using protocol::Priority;

namespace {

int rank(Priority p) {
  return p == Priority::kHigh ? 0 : p == Priority::kMedium ? 1 : 2;
}

auto sort_key(const AlarmState& a) {
  return std::make_tuple(rank(a.priority), a.raised_ts, a.alarm);
}

QString qs(const std::string& s) {
  return QString::fromStdString(s);
}

}  // namespace

QString format_age(TimestampMs age_ms) {
  const auto s = std::max<TimestampMs>(0, age_ms / 1000);
  if (s < 3600) return QString("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
  return QString("%1:%2:%3")
      .arg(s / 3600)
      .arg((s / 60) % 60, 2, 10, QChar('0'))
      .arg(s % 60, 2, 10, QChar('0'));
}

AlarmBoardModel::AlarmBoardModel(const Clock& clock, QObject* parent)
    : QAbstractListModel(parent), clock_(clock) {}

int AlarmBoardModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

protocol::AlarmActions AlarmBoardModel::actions_of(const protocol::AlarmState& alarm) {
  if (alarm.actions) return *alarm.actions;
  return {.acknowledge = alarm.status == protocol::AlarmStatus::kRaised, .resolve = false};
}

int AlarmBoardModel::flash_half_period_ms(const protocol::AlarmState& alarm) {
  if (alarm.status != protocol::AlarmStatus::kRaised) return 0;
  switch (alarm.priority) {
    case protocol::Priority::kHigh:
      return 250;
    case protocol::Priority::kMedium:
      return 830;
    case protocol::Priority::kLow:
      return 0;
  }
  return 0;
}

QHash<int, QByteArray> AlarmBoardModel::roleNames() const {
  return {{AlarmIdRole, "alarmId"},
          {TypeRole, "type"},
          {PriorityRole, "priority"},
          {StatusRole, "status"},
          {RoomRole, "room"},
          {BedRole, "bed"},
          {RaisedMsRole, "raisedMs"},
          {AgeTextRole, "ageText"},
          {EscalationRole, "escalation"},
          {ByRole, "by"},
          {DetailRole, "detail"},
          {NoteRole, "note"},
          {ClipRole, "clip"},
          {SilencedRole, "silenced"},
          {NodeRole, "node"},
          {CanAcknowledgeRole, "canAcknowledge"},
          {CanResolveRole, "canResolve"},
          {FlashPeriodMsRole, "flashPeriodMs"},
          {WaitingRole, "waiting"},
          {TitleTextRole, "titleText"},
          {PriorityTextRole, "priorityText"},
          {StatusTextRole, "statusText"},
          {EscalationTextRole, "escalationText"},
          {NoteTextRole, "noteText"},
          {PagingTextRole, "pagingText"}};
}

QVariant AlarmBoardModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const AlarmState& a = alarms_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
    case AlarmIdRole:
      return qs(a.alarm);
    case TypeRole:
      return qs(a.type);
    case PriorityRole:
      return qs(std::string(protocol::to_string(a.priority)));
    case StatusRole:
      return qs(std::string(protocol::to_string(a.status)));
    case RoomRole:
      return qs(a.room);
    case BedRole:
      return qs(a.bed);
    case RaisedMsRole:
      return QVariant::fromValue<qint64>(a.raised_ts);
    case AgeTextRole:
      return format_age(clock_.now_ms() - a.raised_ts);
    case EscalationRole:
      return a.escalation;
    case ByRole:
      return qs(a.by);
    case DetailRole:
      return qs(a.detail);
    case NoteRole:
      return qs(a.note);
    case ClipRole:
      return qs(a.clip);
    case SilencedRole:
      return silenced_.contains(qs(a.alarm));
    case NodeRole:
      return qs(a.node);
    case CanAcknowledgeRole:
      return actions_of(a).acknowledge;
    case CanResolveRole:
      return actions_of(a).resolve;
    case FlashPeriodMsRole:
      return flash_half_period_ms(a);
    case WaitingRole:
      return a.status == AlarmStatus::kRaised;
    case TitleTextRole:
      return words::alarm_title(a.type, a.detail);
    case PriorityTextRole:
      return words::priority(protocol::to_string(a.priority));
    case StatusTextRole: {
      const QString status = words::status(protocol::to_string(a.status));
      return a.by.empty() ? status : status + QStringLiteral(" · ") + name_of(a.by);
    }
    case EscalationTextRole:
      return words::escalation(a.escalation);
    case NoteTextRole:
      return words::note(a.note);
    case PagingTextRole:
      return paging_text(a);
  }
  return {};
}

int AlarmBoardModel::find_row(const std::string& alarm_id) const {
  for (std::size_t i = 0; i < alarms_.size(); ++i)
    if (alarms_[i].alarm == alarm_id) return static_cast<int>(i);
  return -1;
}

int AlarmBoardModel::rowOf(const QString& alarm_id) const {
  return find_row(alarm_id.toStdString());
}

const AlarmState* AlarmBoardModel::at(int row) const {
  if (row < 0 || row >= count()) return nullptr;
  return &alarms_[static_cast<std::size_t>(row)];
}

int AlarmBoardModel::insert_position(const AlarmState& alarm) const {
  auto it = std::lower_bound(
      alarms_.begin(), alarms_.end(), alarm,
      [](const AlarmState& x, const AlarmState& y) { return sort_key(x) < sort_key(y); });
  return static_cast<int>(it - alarms_.begin());
}

void AlarmBoardModel::apply(const AlarmState& alarm) {
  const int row = find_row(alarm.alarm);
  if (!is_active(alarm.status)) {
    if (row >= 0) remove(qs(alarm.alarm));
    return;
  }
  if (row >= 0) {
    // Messages can arrive out of order after a reconnect: keep the newest state.
    if (alarms_[static_cast<std::size_t>(row)].ts > alarm.ts) return;
    if (sort_key(alarms_[static_cast<std::size_t>(row)]) == sort_key(alarm)) {
      alarms_[static_cast<std::size_t>(row)] = alarm;
      emit dataChanged(index(row), index(row));
      changed_counts();
      return;
    }
    remove(qs(alarm.alarm));
  }
  const int at_row = insert_position(alarm);
  beginInsertRows({}, at_row, at_row);
  alarms_.insert(alarms_.begin() + at_row, alarm);
  endInsertRows();
  if (row < 0 && alarm.status == AlarmStatus::kRaised)
    emit alarmRaised(qs(alarm.alarm), qs(std::string(protocol::to_string(alarm.priority))));
  changed_counts();
}

void AlarmBoardModel::remove(const QString& alarm_id) {
  const int row = find_row(alarm_id.toStdString());
  if (row < 0) return;
  beginRemoveRows({}, row, row);
  alarms_.erase(alarms_.begin() + row);
  endRemoveRows();
  silenced_.remove(alarm_id);
  changed_counts();
}

void AlarmBoardModel::refresh_ages() {
  if (alarms_.empty()) return;
  // Paging shows ages too; without pages, only the age column changes.
  const bool paged = std::any_of(alarms_.begin(), alarms_.end(),
                                 [](const AlarmState& a) { return !a.paged.empty(); });
  emit dataChanged(index(0), index(count() - 1),
                   paged ? QList<int>{AgeTextRole, PagingTextRole} : QList<int>{AgeTextRole});
}

void AlarmBoardModel::relabel() {
  if (!alarms_.empty())
    emit dataChanged(index(0), index(count() - 1),
                     {TitleTextRole, PriorityTextRole, StatusTextRole, EscalationTextRole,
                      NoteTextRole, PagingTextRole});
}

void AlarmBoardModel::set_names(std::map<std::string, QString> names) {
  names_ = std::move(names);
  if (!alarms_.empty())
    emit dataChanged(index(0), index(count() - 1), {PagingTextRole, StatusTextRole});
}

QString AlarmBoardModel::name_of(const std::string& staff_id) const {
  const auto name = names_.find(staff_id);
  return name != names_.end() ? name->second : qs(staff_id);
}

// "Zhang Wei no answer 1:00 · Chen Jing read 0:12": each paged nurse, the state of her phone and
// how long ago it changed, in the order they were paged.
QString AlarmBoardModel::paging_text(const AlarmState& a) const {
  QStringList parts;
  for (const auto& p : a.paged)
    parts << name_of(p.staff) + " " + words::page_state(p.state) + " " +
                 format_age(clock_.now_ms() - p.ts);
  return parts.join(QStringLiteral(" · "));
}

void AlarmBoardModel::silence(const QString& alarm_id) {
  const int row = find_row(alarm_id.toStdString());
  if (row < 0) return;
  silenced_.insert(alarm_id);
  emit dataChanged(index(row), index(row), {SilencedRole});
  changed_counts();
}

int AlarmBoardModel::count_of(Priority p) const {
  return static_cast<int>(std::count_if(alarms_.begin(), alarms_.end(),
                                        [p](const AlarmState& a) { return a.priority == p; }));
}

int AlarmBoardModel::escalated_count(int level) const {
  return static_cast<int>(std::count_if(alarms_.begin(), alarms_.end(), [&](const AlarmState& a) {
    return a.escalation >= level && a.status == AlarmStatus::kRaised;
  }));
}

QString AlarmBoardModel::sound_priority() const {
  // Sorted by priority, so the first unacknowledged, unsilenced alarm decides.
  for (const auto& a : alarms_)
    if (a.status == AlarmStatus::kRaised && !silenced_.contains(qs(a.alarm)))
      return qs(std::string(protocol::to_string(a.priority)));
  return {};
}

void AlarmBoardModel::changed_counts() {
  emit countsChanged();
  const QString sound = sound_priority();
  if (sound != last_sound_) {
    last_sound_ = sound;
    emit soundChanged();
  }
}

}  // namespace anju::console
