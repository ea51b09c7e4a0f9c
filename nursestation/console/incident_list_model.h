#pragma once
// Incidents for review (the engine's retained incident/<id> messages: every alarm that has a
// clip), newest first, with the filters the review page offers. Filtering is done here, not in
// QML, so it is tested and stays fast with months of incidents.
#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantMap>
#include <vector>

#include "protocol/messages.h"

namespace anju::console {

class IncidentListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("provided by the console")
  // Filters; empty = any. outcome also takes "unreviewed". Dates: raised_ts within
  // [fromMs, toMs); 0 = open ended.
  Q_PROPERTY(QString typeFilter READ type_filter WRITE set_type_filter NOTIFY filtersChanged)
  Q_PROPERTY(QString roomFilter READ room_filter WRITE set_room_filter NOTIFY filtersChanged)
  Q_PROPERTY(
      QString outcomeFilter READ outcome_filter WRITE set_outcome_filter NOTIFY filtersChanged)
  Q_PROPERTY(qint64 fromMs READ from_ms WRITE set_from_ms NOTIFY filtersChanged)
  Q_PROPERTY(qint64 toMs READ to_ms WRITE set_to_ms NOTIFY filtersChanged)
  Q_PROPERTY(int count READ count NOTIFY countsChanged)  // rows after the filters
  Q_PROPERTY(int total READ total NOTIFY countsChanged)
  Q_PROPERTY(int unreviewedCount READ unreviewed_count NOTIFY countsChanged)
  // Types and rooms present, sorted, for the filter choices.
  Q_PROPERTY(QStringList types READ types NOTIFY countsChanged)
  Q_PROPERTY(QStringList rooms READ rooms NOTIFY countsChanged)
  // Bumped on every change, so a QML binding on get(id) re-reads.
  Q_PROPERTY(int revision READ revision NOTIFY countsChanged)

 public:
  enum Role {
    IncidentIdRole = Qt::UserRole + 1,
    RoomRole,
    TypeRole,
    CameraRole,
    NodeRole,
    ClipRole,
    PriorityRole,
    RaisedMsRole,
    AcknowledgedMsRole,
    PresentMsRole,
    ClosedMsRole,
    ByRole,
    OutcomeRole,  // "" = not reviewed
    NotesRole,
    RootCauseRole,
    ReviewedByRole,
    ReviewedMsRole,
    ResponseSecondsRole,  // raised -> staff present; -1 = nobody recorded as present
  };

  explicit IncidentListModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  // A newer copy replaces the incident; an older retained copy (ts lower) is ignored.
  void apply(const protocol::Incident& incident);
  void remove(const QString& id);

  // Every role of one incident by id (empty map if unknown), for the detail pane.
  Q_INVOKABLE QVariantMap get(const QString& id) const;
  Q_INVOKABLE int rowOf(const QString& id) const;
  Q_INVOKABLE QString idAt(int row) const;
  Q_INVOKABLE void clearFilters();
  const protocol::Incident* find(const QString& id) const;

  QString type_filter() const { return type_; }
  void set_type_filter(const QString& v);
  QString room_filter() const { return room_; }
  void set_room_filter(const QString& v);
  QString outcome_filter() const { return outcome_; }
  void set_outcome_filter(const QString& v);
  qint64 from_ms() const { return from_; }
  void set_from_ms(qint64 v);
  qint64 to_ms() const { return to_; }
  void set_to_ms(qint64 v);
  int count() const { return static_cast<int>(shown_.size()); }
  int total() const { return static_cast<int>(all_.size()); }
  int unreviewed_count() const;
  QStringList types() const;
  QStringList rooms() const;
  int revision() const { return revision_; }

 signals:
  void filtersChanged();
  void countsChanged();

 private:
  bool passes(const protocol::Incident& i) const;
  std::vector<std::size_t> filtered() const;
  // Recomputes the rows; a reset only when the set or order of rows changed.
  void refilter(const QString& changed_id = {});
  QVariant role_of(const protocol::Incident& i, int role) const;

  std::vector<protocol::Incident> all_;  // newest first (raised_ts, then id)
  std::vector<std::size_t> shown_;       // indices into all_
  QString type_, room_, outcome_;
  qint64 from_ = 0, to_ = 0;
  int revision_ = 0;
};

}  // namespace anju::console
