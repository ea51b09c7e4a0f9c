#include "qt/qt_bus.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QThread>

#include "support/test_broker.h"

namespace anju::qt {
namespace {

TEST(QtBus, DeliversMessagesAndConnectionChangesOnTheOwningThread) {
  test::TestBroker broker({{"console-1", "console", ""}, {"kiosk-101", "kiosk", "101"}}, "demo");
  ASSERT_TRUE(broker.ok()) << broker.error();
  QtBus console(broker.bus_config("console-1", protocol::NodeKind::kConsole));
  QtBus kiosk(broker.bus_config("kiosk-101", protocol::NodeKind::kKiosk));

  QThread* delivered_on = nullptr;
  QObject::connect(&console, &QtBus::messageReceived,
                   [&] { delivered_on = QThread::currentThread(); });
  QSignalSpy connected(&console, &QtBus::connectedChanged);
  QSignalSpy received(&console, &QtBus::messageReceived);
  console.subscribe("anju/v1/demo/event/+");
  console.start();
  kiosk.start();
  ASSERT_TRUE(connected.wait(5000));
  EXPECT_TRUE(console.connected());
  ASSERT_TRUE(kiosk.bus().wait_connected(std::chrono::seconds(5)));

  kiosk.publish("anju/v1/demo/event/kiosk-101", R"({"hello":"world"})");
  ASSERT_TRUE(received.wait(5000));
  EXPECT_EQ(received.first().at(0).toString(), "anju/v1/demo/event/kiosk-101");
  EXPECT_EQ(received.first().at(1).toByteArray(), R"({"hello":"world"})");
  EXPECT_EQ(delivered_on, QThread::currentThread());

  broker.stop();
  QSignalSpy lost(&console, &QtBus::connectedChanged);
  ASSERT_TRUE(lost.wait(10000));
  EXPECT_FALSE(console.connected());
}

}  // namespace
}  // namespace anju::qt

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
