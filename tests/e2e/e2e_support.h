#pragma once
// Shared by the end-to-end tests: a Qt event loop that runs until a condition holds, and a
// QGuiApplication main on the offscreen platform (the console's and kiosk's objects need one).
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QThread>
#include <cstdlib>
#include <functional>

namespace anju::e2e {

// Runs the event loop until `done` is true or `timeout_ms` passed; returns `done`.
inline bool wait_until(const std::function<bool()>& done, int timeout_ms) {
  QDeadlineTimer deadline(timeout_ms);
  while (!done()) {
    if (deadline.hasExpired()) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(5);
  }
  return true;
}

}  // namespace anju::e2e

#define ANJU_E2E_TEST_MAIN()                   \
  int main(int argc, char** argv) {            \
    setenv("QT_QPA_PLATFORM", "offscreen", 0); \
    QGuiApplication app(argc, argv);           \
    ::testing::InitGoogleTest(&argc, argv);    \
    return RUN_ALL_TESTS();                    \
  }
