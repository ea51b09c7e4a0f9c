#pragma once
// Shared by the end-to-end tests: a Qt event loop that runs until a condition holds, and a
// QGuiApplication main on the offscreen platform (the console's and kiosk's objects need one).
#include <gtest/gtest.h>

#include <QGuiApplication>
#include <cstdlib>
#include <functional>

#include "support/qt_wait.h"

namespace anju::e2e {

using test::wait_until;  // support/qt_wait.h

}  // namespace anju::e2e

#define ANJU_E2E_TEST_MAIN()                   \
  int main(int argc, char** argv) {            \
    setenv("QT_QPA_PLATFORM", "offscreen", 0); \
    QGuiApplication app(argc, argv);           \
    ::testing::InitGoogleTest(&argc, argv);    \
    return RUN_ALL_TESTS();                    \
  }
