#pragma once
// The devices board: every node the station has heard of, online or not, and when it was last
// heard. A node going silent also raises a "node offline" alarm in the engine; this is the
// overview.
#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <vector>

#include "common/clock.h"
#include "protocol/messages.h"

namespace anju::console {

class DeviceBoardModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("provided by the console")
  Q_PROPERTY(int count READ count NOTIFY countsChanged)
  Q_PROPERTY(int offlineCount READ offline_count NOTIFY countsChanged)

 public:
  enum Role {
    NodeRole = Qt::UserRole + 1,
    KindRole,
    RoomRole,
    OnlineRole,
    LastSeenTextRole,
    VersionRole,
    StatsRole
  };

  explicit DeviceBoardModel(const Clock& clock, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  void apply(const protocol::Presence& presence);
  void apply(const protocol::Heartbeat& heartbeat);
  void refresh_ages();
  int count() const { return static_cast<int>(nodes_.size()); }
  int offline_count() const;

 signals:
  void countsChanged();

 private:
  struct Node {
    protocol::Presence presence;
    TimestampMs last_seen = 0;
    std::vector<std::pair<std::string, double>> stats;
  };
  int row_for(const std::string& node);

  const Clock& clock_;
  std::vector<Node> nodes_;  // sorted by node id
};

}  // namespace anju::console
