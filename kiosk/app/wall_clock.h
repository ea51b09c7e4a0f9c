#pragma once
// Date and time in words for residents: large time, the full date with weekday, and the part of
// the day ("Morning", "下午") — orientation matters to people with dementia. Updated every second
// from the injected clock (a fixed clock makes screenshots reproducible).
#include <QtQml/qqmlregistration.h>

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include "app/language_state.h"
#include "common/clock.h"

namespace anju::kiosk {

class WallClock : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by the kiosk")
  Q_PROPERTY(QString time READ time NOTIFY minuteChanged)
  Q_PROPERTY(QString date READ date NOTIFY minuteChanged)
  Q_PROPERTY(QString partOfDay READ partOfDay NOTIFY minuteChanged)

 public:
  WallClock(const Clock& clock, LanguageState& language, QObject* parent = nullptr);

  QString time() const;
  QString date() const;
  QString partOfDay() const;
  QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(clock_.now_ms()); }
  int minuteOfDay() const;

  // Checks the clock now (tests; the timer does it every second).
  void poll();

 signals:
  void minuteChanged();
  void dayChanged();

 private:
  const Clock& clock_;
  LanguageState& language_;
  QTimer timer_;
  qint64 last_minute_ = -1;
  QDate last_day_;
};

}  // namespace anju::kiosk
