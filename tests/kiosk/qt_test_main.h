#pragma once
// main() for kiosk tests that need a Qt application object (signals, timers, the offscreen GUI).
#include <gtest/gtest.h>

#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QTest>
#include <cstdlib>
#include <functional>
#include <ostream>

// GoogleTest prints QStrings as text in failure messages.
inline void PrintTo(const QString& s, std::ostream* os) {
  *os << '"' << s.toStdString() << '"';
}

namespace anju::kiosk::test {

// Runs the event loop until `done` is true or `timeout_ms` passed; returns `done`. (QTRY_* macros
// report to QTest, not GoogleTest, so a timeout there would pass silently.)
inline bool wait_until(const std::function<bool()>& done, int timeout_ms = 5000) {
  QDeadlineTimer deadline(timeout_ms);
  while (!done()) {
    if (deadline.hasExpired()) return false;
    QTest::qWait(10);
  }
  return true;
}

}  // namespace anju::kiosk::test

#define ANJU_KIOSK_QT_TEST_MAIN()              \
  int main(int argc, char** argv) {            \
    setenv("QT_QPA_PLATFORM", "offscreen", 0); \
    QGuiApplication app(argc, argv);           \
    ::testing::InitGoogleTest(&argc, argv);    \
    return RUN_ALL_TESTS();                    \
  }
