#include "console/device_board_model.h"

#include <algorithm>

#include "console/alarm_board_model.h"

namespace anju::console {

namespace {
QString qs(std::string_view s) {
  return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
}  // namespace

DeviceBoardModel::DeviceBoardModel(const Clock& clock, QObject* parent)
    : QAbstractListModel(parent), clock_(clock) {}

int DeviceBoardModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> DeviceBoardModel::roleNames() const {
  return {{NodeRole, "node"},
          {KindRole, "kind"},
          {RoomRole, "room"},
          {OnlineRole, "online"},
          {LastSeenTextRole, "lastSeen"},
          {VersionRole, "version"},
          {StatsRole, "stats"}};
}

QVariant DeviceBoardModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const auto& n = nodes_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
    case NodeRole:
      return qs(n.presence.node);
    case KindRole:
      return qs(protocol::to_string(n.presence.kind));
    case RoomRole:
      return qs(n.presence.room);
    case OnlineRole:
      return n.presence.state == protocol::PresenceState::kOnline;
    case LastSeenTextRole:
      return n.last_seen ? format_age(clock_.now_ms() - n.last_seen) : QString("-");
    case VersionRole:
      return qs(n.presence.version);
    case StatsRole: {
      QStringList parts;
      for (const auto& [name, value] : n.stats)
        parts << QString("%1 %2").arg(qs(name)).arg(value, 0, 'g', 4);
      return parts.join(QStringLiteral(" · "));
    }
  }
  return {};
}

int DeviceBoardModel::row_for(const std::string& node) {
  auto it =
      std::lower_bound(nodes_.begin(), nodes_.end(), node,
                       [](const Node& n, const std::string& id) { return n.presence.node < id; });
  const int row = static_cast<int>(it - nodes_.begin());
  if (it != nodes_.end() && it->presence.node == node) return row;
  beginInsertRows({}, row, row);
  Node fresh;
  fresh.presence.node = node;
  fresh.presence.state = protocol::PresenceState::kOffline;
  nodes_.insert(it, fresh);
  endInsertRows();
  return row;
}

void DeviceBoardModel::apply(const protocol::Presence& presence) {
  const int row = row_for(presence.node);
  auto& n = nodes_[static_cast<std::size_t>(row)];
  n.presence = presence;
  n.last_seen = std::max(n.last_seen, presence.ts);
  emit dataChanged(index(row), index(row));
  emit countsChanged();
}

void DeviceBoardModel::apply(const protocol::Heartbeat& heartbeat) {
  const int row = row_for(heartbeat.node);
  auto& n = nodes_[static_cast<std::size_t>(row)];
  n.last_seen = clock_.now_ms();
  n.stats = heartbeat.stats;
  emit dataChanged(index(row), index(row));
  emit countsChanged();
}

void DeviceBoardModel::refresh_ages() {
  if (!nodes_.empty()) emit dataChanged(index(0), index(count() - 1), {LastSeenTextRole});
}

int DeviceBoardModel::offline_count() const {
  return static_cast<int>(std::count_if(nodes_.begin(), nodes_.end(), [](const Node& n) {
    return n.presence.state != protocol::PresenceState::kOnline;
  }));
}

}  // namespace anju::console
