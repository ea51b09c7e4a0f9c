#pragma once
// main() for kiosk tests that need a Qt application object (signals, timers, the offscreen GUI).
#include <gtest/gtest.h>

#include <QGuiApplication>
#include <cstdlib>

#define ANJU_KIOSK_QT_TEST_MAIN()                                      \
  int main(int argc, char** argv) {                                    \
    setenv("QT_QPA_PLATFORM", "offscreen", 0);                         \
    QGuiApplication app(argc, argv);                                   \
    ::testing::InitGoogleTest(&argc, argv);                            \
    return RUN_ALL_TESTS();                                            \
  }
