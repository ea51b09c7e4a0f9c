#pragma once
// The facility's day schedule file, loaded and reloaded when it changes. A file that cannot be
// read keeps the last good schedule on screen and reports the error (logged, and shown to staff
// and residents as "please tell the staff").
#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>

#include "app/watched_file.h"
#include "facility/day_schedule.h"

namespace anju::kiosk {

class DayScheduleSource : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by the kiosk")
  Q_PROPERTY(bool ok READ ok NOTIFY changed)
  Q_PROPERTY(QString error READ error NOTIFY changed)

 public:
  explicit DayScheduleSource(const QString& path, QObject* parent = nullptr);

  const DaySchedule& schedule() const { return schedule_; }
  bool ok() const { return error_.isEmpty(); }
  QString error() const { return error_; }
  void reload();

 signals:
  void changed();

 private:
  WatchedFile file_;
  DaySchedule schedule_;
  QString error_;
};

}  // namespace anju::kiosk
