#pragma once
// The floor view: one tile per room with its most urgent state, from the engine's retained room
// summaries. Rooms the facility configured appear even before anything happened in them.
#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <map>
#include <vector>

#include "protocol/messages.h"

namespace anju::console {

class RoomFloorModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("provided by the console")
  Q_PROPERTY(int count READ count NOTIFY countChanged)

 public:
  enum Role {
    RoomRole = Qt::UserRole + 1,
    ActiveRole,
    TopRole,
    CallRole,
    StaffRole,
    AlarmIdRole,
    AssignedRole,      // the staff id of the nurse the room is assigned to; "" = nobody
    AssignedNameRole,  // that nurse's name (the id when the console does not know the name)
    StaffNameRole,     // the name of the staff member present
  };

  explicit RoomFloorModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  void set_rooms(const std::vector<std::string>& rooms);
  void apply(const protocol::RoomSummary& summary);
  // Staff id -> name, for the assigned nurse of each room.
  void set_names(std::map<std::string, QString> names);
  int count() const { return static_cast<int>(rooms_.size()); }
  const std::vector<protocol::RoomSummary>& summaries() const { return rooms_; }

 signals:
  void countChanged();

 private:
  int row_for(const std::string& room);  // inserts in room order if missing
  std::vector<protocol::RoomSummary> rooms_;
  QString name_of(const std::string& staff_id) const;
  std::map<std::string, QString> names_;
};

}  // namespace anju::console
