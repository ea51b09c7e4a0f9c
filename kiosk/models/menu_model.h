#pragma once
// Today's menu from the facility's schedule: one row per meal.
#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <vector>

#include "app/day_schedule_source.h"
#include "app/language_state.h"
#include "app/wall_clock.h"

namespace anju::kiosk {

class MenuModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by the kiosk")
  Q_PROPERTY(int count READ count NOTIFY countChanged)

 public:
  enum Role { MealRole = Qt::UserRole + 1, TimeRole, DishesRole };
  Q_ENUM(Role)

  MenuModel(DayScheduleSource& source, WallClock& clock, LanguageState& language,
            QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  int count() const { return static_cast<int>(today_.size()); }

 signals:
  void countChanged();

 private:
  void reload();
  DayScheduleSource& source_;
  WallClock& clock_;
  LanguageState& language_;
  std::vector<MenuEntry> today_;
};

}  // namespace anju::kiosk
