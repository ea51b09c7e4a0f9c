// A call pressed while the broker is down: the kiosk says "connecting" at once, and the call
// reaches the station exactly once when the broker is back (real Mosquitto, real bus, outbox).
#include <gtest/gtest.h>

#include <mutex>
#include <set>

#include "app/call_session.h"
#include "kiosk/qt_test_main.h"
#include "protocol/codec.h"
#include "protocol/topics.h"
#include "qt/qt_bus.h"
#include "qt/qt_event_sender.h"
#include "support/test_broker.h"

namespace anju::kiosk {
namespace {

using protocol::NodeKind;
using protocol::TopicKind;

// What reached the station: every delivery of a kiosk event, and the distinct calls among them.
class StationListener {
 public:
  explicit StationListener(bus::BusConfig config) : bus_(std::move(config)) {
    bus_.subscribe(protocol::topic_filter(bus_.config().site, TopicKind::kEvent),
                   [this](const bus::Message& m) {
                     auto decoded = protocol::decode(m.topic, m.payload);
                     if (!decoded) return;
                     const auto* e = std::get_if<protocol::Event>(&decoded.value().message);
                     if (!e || e->type != protocol::EventType::kCall) return;
                     std::lock_guard lock(mutex_);
                     ++deliveries_;
                     call_ids_.insert(e->id);
                   },
                   {.qos = 1, .dedup_by_id = true});
    bus_.start();
  }
  std::size_t deliveries() const {
    std::lock_guard lock(mutex_);
    return deliveries_;
  }
  std::size_t distinct_calls() const {
    std::lock_guard lock(mutex_);
    return call_ids_.size();
  }
  bus::Bus& bus() { return bus_; }

 private:
  bus::Bus bus_;
  mutable std::mutex mutex_;
  std::size_t deliveries_ = 0;
  std::set<std::string> call_ids_;
};

TEST(KioskOfflineFlow, PressWhileTheBrokerIsDownIsDeliveredOnceWhenItReturns) {
  anju::test::TestBroker broker({{"engine-1", "engine", ""}, {"kiosk-101", "kiosk", "101"}});
  ASSERT_TRUE(broker.ok()) << broker.error();

  StationListener station(broker.bus_config("engine-1", NodeKind::kEngine));
  ASSERT_TRUE(station.bus().wait_connected(std::chrono::seconds(10)));

  qt::QtBus kiosk_bus(broker.bus_config("kiosk-101", NodeKind::kKiosk));
  auto sender = qt::QtEventSender::open(kiosk_bus);  // the kiosk's own sender
  ASSERT_TRUE(sender) << sender.error().reason;
  LanguageState language(Language::kEn);
  CallSession session({broker.site(), "kiosk-101", "101", ""}, **sender, SystemClock::instance(),
                      language);
  QObject::connect(&kiosk_bus, &qt::QtBus::connectedChanged, &session, &CallSession::setConnected);
  kiosk_bus.start();
  ASSERT_TRUE(test::wait_until([&] { return session.connected(); }, 10'000));

  broker.stop();
  ASSERT_TRUE(test::wait_until([&] { return !session.connected(); }, 20'000));

  session.call();
  EXPECT_TRUE(session.connecting());
  EXPECT_EQ(session.headline(), "Call placed – connecting");
  EXPECT_EQ(session.detail(), "Your call is saved. It is sent as soon as the connection is back.");
  QTest::qWait(500);
  EXPECT_EQ(station.deliveries(), 0u);

  ASSERT_TRUE(broker.restart()) << broker.error();
  ASSERT_TRUE(test::wait_until([&] { return session.connected(); }, 20'000)) << broker.log();
  EXPECT_FALSE(session.connecting());
  EXPECT_EQ(session.headline(), "Your call has been sent");
  ASSERT_TRUE(test::wait_until([&] { return station.deliveries() >= 1; }, 20'000)) << broker.log();
  ASSERT_TRUE(kiosk_bus.bus().wait_flushed(std::chrono::seconds(10)));
  QTest::qWait(1000);  // room for a duplicate to show up, if there were one
  EXPECT_EQ(station.deliveries(), 1u);
  EXPECT_EQ(station.distinct_calls(), 1u);
}

}  // namespace
}  // namespace anju::kiosk

ANJU_KIOSK_QT_TEST_MAIN()
