#include "app/wall_clock.h"

#include <QLocale>

#include "app/qt_text.h"
#include "text/phrasebook.h"

namespace anju::kiosk {

WallClock::WallClock(const Clock& clock, LanguageState& language, QObject* parent)
    : QObject(parent), clock_(clock), language_(language) {
  timer_.setInterval(1000);
  connect(&timer_, &QTimer::timeout, this, &WallClock::poll);
  connect(&language_, &LanguageState::changed, this, &WallClock::minuteChanged);
  timer_.start();
  poll();
}

void WallClock::poll() {
  const QDateTime t = now();
  const qint64 minute = t.toSecsSinceEpoch() / 60;
  if (minute == last_minute_) return;
  last_minute_ = minute;
  emit minuteChanged();
  if (t.date() != last_day_) {
    const bool first = !last_day_.isValid();
    last_day_ = t.date();
    if (!first) emit dayChanged();
  }
}

int WallClock::minuteOfDay() const {
  const QTime t = now().time();
  return t.hour() * 60 + t.minute();
}

QString WallClock::time() const {
  return now().toString(QStringLiteral("HH:mm"));
}

QString WallClock::date() const {
  const QDate d = now().date();
  if (language_.language() == Language::kZh)
    return QLocale(QLocale::Chinese, QLocale::China)
        .toString(d, QStringLiteral("yyyy年M月d日 dddd"));
  return QLocale(QLocale::English, QLocale::UnitedKingdom)
      .toString(d, QStringLiteral("dddd d MMMM yyyy"));
}

QString WallClock::partOfDay() const {
  const int hour = now().time().hour();
  const char* key = hour < 5    ? "part_night"
                    : hour < 11 ? "part_morning"
                    : hour < 13 ? "part_noon"
                    : hour < 18 ? "part_afternoon"
                    : hour < 22 ? "part_evening"
                                : "part_night";
  return qs(phrase(key, language_.language()));
}

}  // namespace anju::kiosk
