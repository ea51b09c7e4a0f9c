#include "console/shift_report_model.h"

#include <algorithm>
#include <cmath>

namespace anju::console {

ShiftReportModel::ShiftReportModel(QObject* parent) : QAbstractListModel(parent) {}

const protocol::ShiftReport* ShiftReportModel::shown() const {
  const auto& r = which_ == "previous" ? previous_ : current_;
  return r ? &*r : nullptr;
}

int ShiftReportModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || !shown() ? 0 : static_cast<int>(shown()->by_type.size());
}

QHash<int, QByteArray> ShiftReportModel::roleNames() const {
  return {{TypeRole, "type"},           {AlarmsRole, "alarms"}, {AnsweredRole, "answered"},
          {EscalatedRole, "escalated"}, {P50Role, "p50"},       {P90Role, "p90"}};
}

QVariant ShiftReportModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const auto& [type, f] = shown()->by_type[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
    case TypeRole:
      return QString::fromStdString(type);
    case AlarmsRole:
      return f.alarms;
    case AnsweredRole:
      return f.answered;
    case EscalatedRole:
      return f.escalated;
    case P50Role:
      return f.p50_s;
    case P90Role:
      return f.p90_s;
  }
  return {};
}

void ShiftReportModel::apply(const protocol::ShiftReport& report) {
  auto& slot = report.report == "previous" ? previous_ : current_;
  if (report.report != "previous" && report.report != "current") return;
  if (slot && slot->ts > report.ts) return;  // an older retained copy
  const bool visible = (report.report == "previous") == (which_ == "previous");
  if (visible) beginResetModel();
  slot = report;
  if (visible) {
    endResetModel();
    emit reportChanged();
  }
}

void ShiftReportModel::set_which(const QString& which) {
  const QString w = which == "previous" ? "previous" : "current";
  if (w == which_) return;
  beginResetModel();
  which_ = w;
  endResetModel();
  emit reportChanged();
}

QString ShiftReportModel::shift() const {
  return shown() ? QString::fromStdString(shown()->shift) : QString();
}

QVariantList ShiftReportModel::rooms_missing_rounds() const {
  if (!shown()) return {};
  auto rooms = shown()->rounds_missed_by_room;
  std::stable_sort(rooms.begin(), rooms.end(),
                   [](const auto& a, const auto& b) { return a.second.second > b.second.second; });
  QVariantList out;
  for (const auto& [room, counts] : rooms) {
    out.append(QVariantMap{{"room", QString::fromStdString(room)},
                           {"onTime", counts.first},
                           {"missed", counts.second}});
  }
  return out;
}

int ShiftReportModel::rounds_compliance_pct() const {
  const int total = rounds_on_time() + rounds_missed();
  if (total == 0) return -1;
  return static_cast<int>(std::lround(100.0 * rounds_on_time() / total));
}

}  // namespace anju::console
