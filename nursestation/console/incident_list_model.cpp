#include "console/incident_list_model.h"

#include <algorithm>
#include <set>

namespace anju::console {

namespace {

bool newer_first(const protocol::Incident& a, const protocol::Incident& b) {
  if (a.raised_ts != b.raised_ts) return a.raised_ts > b.raised_ts;
  return a.incident > b.incident;
}

}  // namespace

IncidentListModel::IncidentListModel(QObject* parent) : QAbstractListModel(parent) {}

int IncidentListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> IncidentListModel::roleNames() const {
  return {{IncidentIdRole, "incidentId"},
          {RoomRole, "room"},
          {TypeRole, "type"},
          {CameraRole, "camera"},
          {NodeRole, "node"},
          {ClipRole, "clip"},
          {PriorityRole, "priority"},
          {RaisedMsRole, "raisedMs"},
          {AcknowledgedMsRole, "acknowledgedMs"},
          {PresentMsRole, "presentMs"},
          {ClosedMsRole, "closedMs"},
          {ByRole, "by"},
          {OutcomeRole, "outcome"},
          {NotesRole, "notes"},
          {RootCauseRole, "rootCause"},
          {ReviewedByRole, "reviewedBy"},
          {ReviewedMsRole, "reviewedMs"},
          {ResponseSecondsRole, "responseSeconds"}};
}

QVariant IncidentListModel::role_of(const protocol::Incident& i, int role) const {
  auto s = [](const std::string& v) { return QString::fromStdString(v); };
  switch (role) {
    case Qt::DisplayRole:
    case IncidentIdRole:
      return s(i.incident);
    case RoomRole:
      return s(i.room);
    case TypeRole:
      return s(i.type);
    case CameraRole:
      return s(i.camera);
    case NodeRole:
      return s(i.node);
    case ClipRole:
      return s(i.clip);
    case PriorityRole:
      return i.priority ? QString::fromUtf8(protocol::to_string(*i.priority).data()) : QString();
    case RaisedMsRole:
      return static_cast<qint64>(i.raised_ts);
    case AcknowledgedMsRole:
      return static_cast<qint64>(i.acknowledged_ts);
    case PresentMsRole:
      return static_cast<qint64>(i.present_ts);
    case ClosedMsRole:
      return static_cast<qint64>(i.closed_ts);
    case ByRole:
      return s(i.by);
    case OutcomeRole:
      return s(i.outcome);
    case NotesRole:
      return s(i.notes);
    case RootCauseRole:
      return s(i.root_cause);
    case ReviewedByRole:
      return s(i.reviewed_by);
    case ReviewedMsRole:
      return static_cast<qint64>(i.reviewed_ts);
    case ResponseSecondsRole:
      return i.present_ts > 0 && i.raised_ts > 0
                 ? static_cast<double>(i.present_ts - i.raised_ts) / 1000.0
                 : -1.0;
  }
  return {};
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  return role_of(all_[shown_[static_cast<std::size_t>(index.row())]], role);
}

QVariantMap IncidentListModel::get(const QString& id) const {
  QVariantMap out;
  const auto* i = find(id);
  if (!i) return out;
  const auto names = roleNames();
  for (auto it = names.begin(); it != names.end(); ++it)
    out.insert(QString::fromUtf8(it.value()), role_of(*i, it.key()));
  return out;
}

const protocol::Incident* IncidentListModel::find(const QString& id) const {
  const std::string key = id.toStdString();
  for (const auto& i : all_)
    if (i.incident == key) return &i;
  return nullptr;
}

int IncidentListModel::rowOf(const QString& id) const {
  const std::string key = id.toStdString();
  for (std::size_t r = 0; r < shown_.size(); ++r)
    if (all_[shown_[r]].incident == key) return static_cast<int>(r);
  return -1;
}

QString IncidentListModel::idAt(int row) const {
  if (row < 0 || row >= count()) return {};
  return QString::fromStdString(all_[shown_[static_cast<std::size_t>(row)]].incident);
}

bool IncidentListModel::passes(const protocol::Incident& i) const {
  if (!type_.isEmpty() && i.type != type_.toStdString()) return false;
  if (!room_.isEmpty() && i.room != room_.toStdString()) return false;
  if (outcome_ == "unreviewed") {
    if (!i.outcome.empty()) return false;
  } else if (!outcome_.isEmpty() && i.outcome != outcome_.toStdString()) {
    return false;
  }
  if (from_ > 0 && i.raised_ts < from_) return false;
  if (to_ > 0 && i.raised_ts >= to_) return false;
  return true;
}

std::vector<std::size_t> IncidentListModel::filtered() const {
  std::vector<std::size_t> out;
  for (std::size_t k = 0; k < all_.size(); ++k)
    if (passes(all_[k])) out.push_back(k);
  return out;
}

void IncidentListModel::refilter(const QString& changed_id) {
  auto next = filtered();
  const bool same_rows = next.size() == shown_.size() &&
                         std::equal(next.begin(), next.end(), shown_.begin(),
                                    [](std::size_t a, std::size_t b) { return a == b; });
  if (same_rows) {
    const int row = changed_id.isEmpty() ? -1 : rowOf(changed_id);
    if (row >= 0) emit dataChanged(index(row), index(row));
  } else {
    beginResetModel();
    shown_ = std::move(next);
    endResetModel();
  }
  ++revision_;
  emit countsChanged();
}

void IncidentListModel::apply(const protocol::Incident& incident) {
  if (incident.incident.empty()) return;
  auto it = std::find_if(all_.begin(), all_.end(),
                         [&](const auto& i) { return i.incident == incident.incident; });
  if (it != all_.end()) {
    if (it->ts > incident.ts) return;  // an older retained copy
    if (it->raised_ts == incident.raised_ts) {
      // Same place in the order: a review or a clip time arrived.
      *it = incident;
      refilter(QString::fromStdString(incident.incident));
      return;
    }
    all_.erase(it);
  }
  // Indices into all_ change on insert; reset the rows (rare: a new incident).
  beginResetModel();
  all_.insert(std::upper_bound(all_.begin(), all_.end(), incident, newer_first), incident);
  shown_ = filtered();
  endResetModel();
  ++revision_;
  emit countsChanged();
}

void IncidentListModel::remove(const QString& id) {
  const std::string key = id.toStdString();
  auto it =
      std::find_if(all_.begin(), all_.end(), [&](const auto& i) { return i.incident == key; });
  if (it == all_.end()) return;
  beginResetModel();
  all_.erase(it);
  shown_ = filtered();
  endResetModel();
  ++revision_;
  emit countsChanged();
}

void IncidentListModel::set_type_filter(const QString& v) {
  if (v == type_) return;
  type_ = v;
  refilter();
  emit filtersChanged();
}

void IncidentListModel::set_room_filter(const QString& v) {
  if (v == room_) return;
  room_ = v;
  refilter();
  emit filtersChanged();
}

void IncidentListModel::set_outcome_filter(const QString& v) {
  if (v == outcome_) return;
  outcome_ = v;
  refilter();
  emit filtersChanged();
}

void IncidentListModel::set_from_ms(qint64 v) {
  if (v == from_) return;
  from_ = v;
  refilter();
  emit filtersChanged();
}

void IncidentListModel::set_to_ms(qint64 v) {
  if (v == to_) return;
  to_ = v;
  refilter();
  emit filtersChanged();
}

void IncidentListModel::clearFilters() {
  type_.clear();
  room_.clear();
  outcome_.clear();
  from_ = to_ = 0;
  refilter();
  emit filtersChanged();
}

int IncidentListModel::unreviewed_count() const {
  return static_cast<int>(
      std::count_if(all_.begin(), all_.end(), [](const auto& i) { return i.outcome.empty(); }));
}

QStringList IncidentListModel::types() const {
  std::set<std::string> seen;
  for (const auto& i : all_) seen.insert(i.type);
  QStringList out;
  for (const auto& t : seen) out << QString::fromStdString(t);
  return out;
}

QStringList IncidentListModel::rooms() const {
  std::set<std::string> seen;
  for (const auto& i : all_) seen.insert(i.room);
  QStringList out;
  for (const auto& r : seen) out << QString::fromStdString(r);
  return out;
}

}  // namespace anju::console
