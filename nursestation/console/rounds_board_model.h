#pragma once
// The rounds board: every room on a round schedule, the late ones first (overdue, then due, then
// by when the next round is due), with the last bedside check-in. Fed with the engine's retained
// room summaries, which carry the round state (the engine decides due and overdue).
#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <vector>

#include "common/clock.h"
#include "protocol/messages.h"

namespace anju::console {

class RoundsBoardModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("provided by the console")
  Q_PROPERTY(int count READ count NOTIFY countsChanged)
  Q_PROPERTY(int overdueCount READ overdue_count NOTIFY countsChanged)
  Q_PROPERTY(int dueCount READ due_count NOTIFY countsChanged)

 public:
  enum Role {
    RoomRole = Qt::UserRole + 1,
    StateRole,        // "ok" | "due" | "overdue"
    DueMsRole,        // when the next round is due
    MinutesLeftRole,  // minutes until due; negative = late by that much
    LastMsRole,       // last check-in, 0 = none yet
    LastStaffRole,
  };

  explicit RoundsBoardModel(const Clock& clock, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  // Rooms without a round (no schedule) are not on the board.
  void apply(const protocol::RoomSummary& summary);
  // Minutes left change with time; call once a second.
  void refresh_minutes();

  int count() const { return static_cast<int>(rooms_.size()); }
  int overdue_count() const { return count_of(protocol::RoundState::kOverdue); }
  int due_count() const { return count_of(protocol::RoundState::kDue); }
  const protocol::RoomSummary* at(int row) const;

 signals:
  void countsChanged();

 private:
  int count_of(protocol::RoundState s) const;
  void remove_row(int row);
  void insert_sorted(protocol::RoomSummary summary);

  const Clock& clock_;
  std::vector<protocol::RoomSummary> rooms_;  // sorted: overdue, due, ok; then due time, room
};

}  // namespace anju::console
