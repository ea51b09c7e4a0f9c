#include "models/activity_model.h"

#include "app/qt_text.h"

namespace anju::kiosk {
namespace {

QString hhmm(int minutes) {
  return QStringLiteral("%1:%2")
      .arg(minutes / 60, 2, 10, QLatin1Char('0'))
      .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::chrono::year_month_day civil(const QDate& d) {
  return std::chrono::year_month_day{std::chrono::year{d.year()},
                                     std::chrono::month{static_cast<unsigned>(d.month())},
                                     std::chrono::day{static_cast<unsigned>(d.day())}};
}

}  // namespace

ActivityModel::ActivityModel(DayScheduleSource& source, WallClock& clock, LanguageState& language,
                             Show show, QObject* parent)
    : QAbstractListModel(parent), source_(source), clock_(clock), language_(language), show_(show) {
  connect(&source_, &DayScheduleSource::changed, this, &ActivityModel::reload);
  connect(&clock_, &WallClock::dayChanged, this, &ActivityModel::reload);
  connect(&clock_, &WallClock::minuteChanged, this, &ActivityModel::refreshLabels);
  connect(&language_, &LanguageState::changed, this, &ActivityModel::refreshLabels);
  reload();
}

void ActivityModel::reload() {
  beginResetModel();
  today_ = source_.schedule().activities_on(civil(clock_.now().date()));
  if (show_ == Show::kNotOver) {
    const int now = clock_.minuteOfDay();
    std::erase_if(today_, [now](const Activity& a) { return a.effective_end_min() <= now; });
  }
  endResetModel();
  emit countChanged();
}

void ActivityModel::refreshLabels() {
  if (show_ == Show::kNotOver && !today_.empty() &&
      today_.front().effective_end_min() <= clock_.minuteOfDay()) {
    reload();  // something just ended: it leaves the list
    return;
  }
  if (!today_.empty()) emit dataChanged(index(0), index(rowCount() - 1));
  emit countChanged();
}

int ActivityModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const Activity& a = today_.at(static_cast<std::size_t>(index.row()));
  const Language lang = language_.language();
  const int now = clock_.minuteOfDay();
  switch (role) {
    case TimeRole:
      return a.end_min >= 0 ? hhmm(a.start_min) + QStringLiteral("–") + hhmm(a.end_min)
                            : hhmm(a.start_min);
    case Qt::DisplayRole:
    case TitleRole:
      return qs(a.title.in(lang));
    case PlaceRole:
      return qs(a.place.in(lang));
    case NowRole:
      return a.start_min <= now && now < a.effective_end_min();
    case PastRole:
      return a.effective_end_min() <= now;
    default:
      return {};
  }
}

QHash<int, QByteArray> ActivityModel::roleNames() const {
  return {{TimeRole, "time"},
          {TitleRole, "title"},
          {PlaceRole, "place"},
          {NowRole, "isNow"},
          {PastRole, "isPast"}};
}

}  // namespace anju::kiosk
