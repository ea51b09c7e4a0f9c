#include "console/room_floor_model.h"

#include <algorithm>

namespace anju::console {

namespace {

// "101" < "102" < "1010"; non-numeric ids after numeric ones, alphabetically.
bool room_less(const std::string& a, const std::string& b) {
  const bool na = !a.empty() && a.find_first_not_of("0123456789") == std::string::npos;
  const bool nb = !b.empty() && b.find_first_not_of("0123456789") == std::string::npos;
  if (na != nb) return na;
  if (na && a.size() != b.size()) return a.size() < b.size();
  return a < b;
}

QString qs(std::string_view s) {
  return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

}  // namespace

RoomFloorModel::RoomFloorModel(QObject* parent) : QAbstractListModel(parent) {}

int RoomFloorModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> RoomFloorModel::roleNames() const {
  return {{RoomRole, "room"},          {ActiveRole, "active"},
          {TopRole, "topPriority"},    {CallRole, "call"},
          {StaffRole, "staff"},        {AlarmIdRole, "alarmId"},
          {AssignedRole, "assigned"},  {AssignedNameRole, "assignedName"},
          {StaffNameRole, "staffName"}};
}

QVariant RoomFloorModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const auto& r = rooms_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
    case RoomRole:
      return qs(r.room);
    case ActiveRole:
      return r.active;
    case TopRole:
      return r.top ? qs(protocol::to_string(*r.top)) : QString();
    case CallRole:
      return qs(protocol::to_string(r.call));
    case StaffRole:
      return qs(r.staff);
    case AlarmIdRole:
      return qs(r.alarm);
    case AssignedRole:
      return qs(r.assigned);
    case AssignedNameRole:
      return name_of(r.assigned);
    case StaffNameRole:
      return name_of(r.staff);
  }
  return {};
}

int RoomFloorModel::row_for(const std::string& room) {
  auto it = std::lower_bound(
      rooms_.begin(), rooms_.end(), room,
      [](const protocol::RoomSummary& s, const std::string& r) { return room_less(s.room, r); });
  const int row = static_cast<int>(it - rooms_.begin());
  if (it != rooms_.end() && it->room == room) return row;
  beginInsertRows({}, row, row);
  protocol::RoomSummary fresh;
  fresh.room = room;
  rooms_.insert(it, fresh);
  endInsertRows();
  emit countChanged();
  return row;
}

QString RoomFloorModel::name_of(const std::string& staff_id) const {
  const auto name = names_.find(staff_id);
  return name != names_.end() ? name->second : qs(staff_id);
}

void RoomFloorModel::set_names(std::map<std::string, QString> names) {
  names_ = std::move(names);
  if (!rooms_.empty())
    emit dataChanged(index(0), index(count() - 1), {AssignedNameRole, StaffNameRole});
}

void RoomFloorModel::set_rooms(const std::vector<std::string>& rooms) {
  for (const auto& room : rooms) row_for(room);
}

void RoomFloorModel::apply(const protocol::RoomSummary& summary) {
  const int row = row_for(summary.room);
  auto& current = rooms_[static_cast<std::size_t>(row)];
  if (current.ts > summary.ts) return;  // an older summary arriving late
  current = summary;
  emit dataChanged(index(row), index(row));
}

}  // namespace anju::console
