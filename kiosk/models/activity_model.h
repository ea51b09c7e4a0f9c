#pragma once
// Today's activities from the facility's schedule, for the bedside "Today" page (all of them) and
// the hallway (only what one can still join): time, title, place, and whether it is on now.
#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <vector>

#include "app/day_schedule_source.h"
#include "app/language_state.h"
#include "app/wall_clock.h"

namespace anju::kiosk {

class ActivityModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by the kiosk")
  Q_PROPERTY(int count READ count NOTIFY countChanged)

 public:
  enum Role { TimeRole = Qt::UserRole + 1, TitleRole, PlaceRole, NowRole, PastRole };
  Q_ENUM(Role)

  enum class Show { kAll, kNotOver };
  ActivityModel(DayScheduleSource& source, WallClock& clock, LanguageState& language,
                Show show = Show::kAll, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  int count() const { return static_cast<int>(today_.size()); }

 signals:
  void countChanged();

 private:
  void reload();         // the day or the file changed: new rows
  void refreshLabels();  // the minute or the language changed: same rows, new values

  DayScheduleSource& source_;
  WallClock& clock_;
  LanguageState& language_;
  Show show_;
  std::vector<Activity> today_;
};

}  // namespace anju::kiosk
