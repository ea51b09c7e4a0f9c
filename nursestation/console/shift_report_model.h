#pragma once
// The shift report as the engine publishes it (report/current and report/previous, computed from
// its journal, so every console shows the same figures): one row per alarm type with response
// times, and the shift's totals and rounds compliance as properties.
#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QVariantList>
#include <optional>

#include "protocol/messages.h"

namespace anju::console {

class ShiftReportModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("provided by the console")
  // Which report is shown: "current" (the shift so far) or "previous" (the last full shift).
  Q_PROPERTY(QString which READ which WRITE set_which NOTIFY reportChanged)
  Q_PROPERTY(bool available READ available NOTIFY reportChanged)
  Q_PROPERTY(QString shift READ shift NOTIFY reportChanged)
  Q_PROPERTY(qint64 fromMs READ from_ms NOTIFY reportChanged)
  Q_PROPERTY(qint64 toMs READ to_ms NOTIFY reportChanged)
  Q_PROPERTY(int alarms READ alarms NOTIFY reportChanged)
  Q_PROPERTY(int answered READ answered NOTIFY reportChanged)
  Q_PROPERTY(int escalated READ escalated NOTIFY reportChanged)
  Q_PROPERTY(double p50Seconds READ p50 NOTIFY reportChanged)
  Q_PROPERTY(double p90Seconds READ p90 NOTIFY reportChanged)
  Q_PROPERTY(double alarmsPerHour READ alarms_per_hour NOTIFY reportChanged)
  Q_PROPERTY(int roundsOnTime READ rounds_on_time NOTIFY reportChanged)
  Q_PROPERTY(int roundsMissed READ rounds_missed NOTIFY reportChanged)
  // 0..100; -1 when no round was due in the shift.
  Q_PROPERTY(int roundsCompliancePct READ rounds_compliance_pct NOTIFY reportChanged)
  Q_PROPERTY(int falls READ falls NOTIFY reportChanged)
  // Rooms that missed rounds, most missed first: [{room, missed, onTime}].
  Q_PROPERTY(QVariantList roomsMissingRounds READ rooms_missing_rounds NOTIFY reportChanged)

 public:
  enum Role {
    TypeRole = Qt::UserRole + 1,
    AlarmsRole,
    AnsweredRole,
    EscalatedRole,
    P50Role,  // seconds
    P90Role,
  };

  explicit ShiftReportModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  void apply(const protocol::ShiftReport& report);

  QString which() const { return which_; }
  void set_which(const QString& which);
  bool available() const { return shown() != nullptr; }
  QString shift() const;
  qint64 from_ms() const { return shown() ? shown()->from_ts : 0; }
  qint64 to_ms() const { return shown() ? shown()->to_ts : 0; }
  int alarms() const { return shown() ? shown()->all.alarms : 0; }
  int answered() const { return shown() ? shown()->all.answered : 0; }
  int escalated() const { return shown() ? shown()->all.escalated : 0; }
  double p50() const { return shown() ? shown()->all.p50_s : 0; }
  double p90() const { return shown() ? shown()->all.p90_s : 0; }
  double alarms_per_hour() const { return shown() ? shown()->alarms_per_hour : 0; }
  int rounds_on_time() const { return shown() ? shown()->rounds_on_time : 0; }
  int rounds_missed() const { return shown() ? shown()->rounds_missed : 0; }
  int rounds_compliance_pct() const;
  int falls() const { return shown() ? shown()->falls : 0; }
  QVariantList rooms_missing_rounds() const;

 signals:
  void reportChanged();

 private:
  const protocol::ShiftReport* shown() const;
  std::optional<protocol::ShiftReport> current_, previous_;
  QString which_ = "current";
};

}  // namespace anju::console
