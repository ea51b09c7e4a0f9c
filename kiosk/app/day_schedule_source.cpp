#include "app/day_schedule_source.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSchedule, "anju.kiosk.schedule")

namespace anju::kiosk {

DayScheduleSource::DayScheduleSource(const QString& path, QObject* parent)
    : QObject(parent), file_(path) {
  connect(&file_, &WatchedFile::changed, this, &DayScheduleSource::reload);
  reload();
}

void DayScheduleSource::reload() {
  if (file_.path().isEmpty()) {
    error_ = QStringLiteral("no schedule file configured");
    emit changed();
    return;
  }
  // QFile, not std::ifstream: the screenshot renderer reads the sample from the resources.
  QFile file(file_.path());
  auto loaded = file.open(QIODevice::ReadOnly)
                    ? DaySchedule::parse(file.readAll().toStdString())
                    : Result<DaySchedule>(Error{ErrorCode::kIo, "cannot read"});
  if (loaded) {
    schedule_ = std::move(loaded).value();
    error_.clear();
  } else {
    error_ = file_.path() + QStringLiteral(": ") + QString::fromStdString(loaded.error().reason);
    qCWarning(lcSchedule) << "schedule not loaded:" << error_;
  }
  emit changed();
}

}  // namespace anju::kiosk
