#pragma once
// For tests with Qt objects on the test's own thread: runs the event loop until a condition holds.
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <functional>

namespace anju::test {

// Runs the event loop until `done` is true or `timeout_ms` passed; returns `done`.
inline bool wait_until(const std::function<bool()>& done, int timeout_ms = 10'000) {
  QDeadlineTimer deadline(timeout_ms);
  while (!done()) {
    if (deadline.hasExpired()) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(5);
  }
  return true;
}

}  // namespace anju::test
