#include "models/menu_model.h"

#include "app/qt_text.h"
#include "text/phrasebook.h"

namespace anju::kiosk {

MenuModel::MenuModel(DayScheduleSource& source, WallClock& clock, LanguageState& language,
                     QObject* parent)
    : QAbstractListModel(parent), source_(source), clock_(clock), language_(language) {
  connect(&source_, &DayScheduleSource::changed, this, &MenuModel::reload);
  connect(&clock_, &WallClock::dayChanged, this, &MenuModel::reload);
  connect(&language_, &LanguageState::changed, this, [this] {
    if (!today_.empty()) emit dataChanged(index(0), index(rowCount() - 1));
  });
  reload();
}

void MenuModel::reload() {
  const QDate d = clock_.now().date();
  beginResetModel();
  today_ = source_.schedule().menu_on(std::chrono::year_month_day{
      std::chrono::year{d.year()}, std::chrono::month{static_cast<unsigned>(d.month())},
      std::chrono::day{static_cast<unsigned>(d.day())}});
  endResetModel();
  emit countChanged();
}

int MenuModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

QVariant MenuModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const MenuEntry& m = today_.at(static_cast<std::size_t>(index.row()));
  const Language lang = language_.language();
  switch (role) {
    case MealRole:
      return qs(phrase("meal_" + std::string(to_string(m.meal)), lang));
    case TimeRole:
      if (m.time_min < 0) return QString();
      return QStringLiteral("%1:%2")
          .arg(m.time_min / 60, 2, 10, QLatin1Char('0'))
          .arg(m.time_min % 60, 2, 10, QLatin1Char('0'));
    case Qt::DisplayRole:
    case DishesRole:
      return qs(m.dishes.in(lang));
    default:
      return {};
  }
}

QHash<int, QByteArray> MenuModel::roleNames() const {
  return {{MealRole, "meal"}, {TimeRole, "time"}, {DishesRole, "dishes"}};
}

}  // namespace anju::kiosk
