#pragma once
// The console's real QML, offscreen, on a controller fed with the sample facility: what the view
// tests drive like a nurse would, by tapping the real buttons. QML warnings are collected, so a
// test can prove a page shows without one.
#include <gtest/gtest.h>

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <string>
#include <vector>

#include "console/console_controller.h"
#include "console/sample_facility.h"

namespace anju::console::test {

class ConsoleViewFixture : public ::testing::Test {
 protected:
  explicit ConsoleViewFixture(TimestampMs now = 1'700'000'000'000, int page = 0)
      : clock(now), page_(page) {}

  void SetUp() override {
    for (const auto& [topic, payload] : sample_facility_messages(clock.now_ms()))
      station.handle_message(topic, payload);
    QObject::connect(&engine, &QQmlEngine::warnings, [this](const QList<QQmlError>& list) {
      for (const auto& e : list) warnings.push_back(e.toString().toStdString());
    });
    engine.setInitialProperties({{"station", QVariant::fromValue(&station)}});
    engine.load(QUrl("qrc:/Anju/Console/Main.qml"));
    ASSERT_FALSE(engine.rootObjects().isEmpty());
    window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    ASSERT_NE(window, nullptr);
    window->resize(1920, 1080);
    window->setProperty("page", page_);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
  }

  // Delegates are visual children, not QObject children: walk the item tree.
  static QQuickItem* find_item(QQuickItem* root, const QString& name) {
    if (root->objectName() == name) return root;
    for (auto* child : root->childItems())
      if (auto* found = find_item(child, name)) return found;
    return nullptr;
  }
  QQuickItem* item(const QString& name) { return find_item(window->contentItem(), name); }
  void tap(QQuickItem* target) {
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
  }

  ManualClock clock;
  ConsoleController station{clock, "demo", "console-1", nullptr, nullptr};
  QQmlApplicationEngine engine;
  QQuickWindow* window = nullptr;
  std::vector<std::string> warnings;  // QML errors and warnings (a missing name, a bad binding)

 private:
  int page_;
};

}  // namespace anju::console::test
