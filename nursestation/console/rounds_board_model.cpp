#include "console/rounds_board_model.h"

#include <algorithm>
#include <cmath>

namespace anju::console {

namespace {

int urgency(const protocol::RoomSummary& r) {
  switch (r.round.value_or(protocol::RoundState::kOk)) {
    case protocol::RoundState::kOverdue:
      return 0;
    case protocol::RoundState::kDue:
      return 1;
    case protocol::RoundState::kOk:
      return 2;
  }
  return 3;
}

bool board_less(const protocol::RoomSummary& a, const protocol::RoomSummary& b) {
  if (urgency(a) != urgency(b)) return urgency(a) < urgency(b);
  if (a.round_due_ts != b.round_due_ts) return a.round_due_ts < b.round_due_ts;
  return a.room < b.room;
}

QString qs(std::string_view s) {
  return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

}  // namespace

RoundsBoardModel::RoundsBoardModel(const Clock& clock, QObject* parent)
    : QAbstractListModel(parent), clock_(clock) {}

int RoundsBoardModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> RoundsBoardModel::roleNames() const {
  return {{RoomRole, "room"},     {StateRole, "roundState"},
          {DueMsRole, "dueMs"},   {MinutesLeftRole, "minutesLeft"},
          {LastMsRole, "lastMs"}, {LastStaffRole, "lastStaff"}};
}

QVariant RoundsBoardModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const auto& r = rooms_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
    case RoomRole:
      return qs(r.room);
    case StateRole:
      return qs(protocol::to_string(r.round.value_or(protocol::RoundState::kOk)));
    case DueMsRole:
      return QVariant::fromValue<qint64>(r.round_due_ts);
    case MinutesLeftRole: {
      const double minutes = static_cast<double>(r.round_due_ts - clock_.now_ms()) / 60'000.0;
      return static_cast<int>(minutes < 0 ? -std::ceil(-minutes) : std::floor(minutes));
    }
    case LastMsRole:
      return QVariant::fromValue<qint64>(r.round_last_ts);
    case LastStaffRole:
      return qs(r.round_last_staff);
  }
  return {};
}

const protocol::RoomSummary* RoundsBoardModel::at(int row) const {
  return row >= 0 && row < count() ? &rooms_[static_cast<std::size_t>(row)] : nullptr;
}

int RoundsBoardModel::count_of(protocol::RoundState s) const {
  return static_cast<int>(
      std::count_if(rooms_.begin(), rooms_.end(), [s](const auto& r) { return r.round == s; }));
}

void RoundsBoardModel::remove_row(int row) {
  beginRemoveRows({}, row, row);
  rooms_.erase(rooms_.begin() + row);
  endRemoveRows();
}

void RoundsBoardModel::insert_sorted(protocol::RoomSummary summary) {
  const auto it = std::lower_bound(rooms_.begin(), rooms_.end(), summary, board_less);
  const int row = static_cast<int>(it - rooms_.begin());
  beginInsertRows({}, row, row);
  rooms_.insert(it, std::move(summary));
  endInsertRows();
}

void RoundsBoardModel::apply(const protocol::RoomSummary& summary) {
  auto it = std::find_if(rooms_.begin(), rooms_.end(),
                         [&](const auto& r) { return r.room == summary.room; });
  if (it != rooms_.end()) {
    if (it->ts > summary.ts) return;  // an older retained copy after a newer live one
    remove_row(static_cast<int>(it - rooms_.begin()));
  }
  if (summary.round) insert_sorted(summary);
  emit countsChanged();
}

void RoundsBoardModel::refresh_minutes() {
  if (rooms_.empty()) return;
  emit dataChanged(index(0), index(count() - 1), {MinutesLeftRole});
}

}  // namespace anju::console
