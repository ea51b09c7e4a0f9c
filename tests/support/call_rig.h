#pragma once
// A calling node and a watching console on a TestBroker, as the engine and fault tests drive
// them. The caller sends as every node does (node::ReliableEventSender: pending until the engine's
// receipt, sent again when none comes); the console collects every alarm state. Header-only:
// tests that use it link anju_node.
//
//   test::CallRig rig(broker, broker.bus_config("gw-1", NodeKind::kGateway),
//                     test::resend_every(1s, 100ms));
//   ASSERT_TRUE(rig.start());
//   rig.calls().send(...);  rig.alarms.wait_for(...);
#include <gtest/gtest.h>

#include <chrono>
#include <memory>

#include "bus/bus.h"
#include "node/reliable_event_sender.h"
#include "protocol/codec.h"
#include "protocol/topics.h"
#include "support/bus_inbox.h"
#include "support/test_broker.h"

namespace anju::test {

// Resend timing for tests: sooner than a node's defaults, so a lost receipt is retried in time.
inline node::ReliableEventSenderOptions resend_every(std::chrono::milliseconds after,
                                                     std::chrono::milliseconds check,
                                                     std::size_t max_per_check = 200) {
  node::ReliableEventSenderOptions o;
  o.resend_after = after;
  o.check_every = check;
  o.max_resends_per_check = max_per_check;
  return o;
}

struct CallRig {
  CallRig(const TestBroker& broker, const bus::BusConfig& caller_config,
          node::ReliableEventSenderOptions resend, const std::string& console_node = "console-1")
      : console(broker.bus_config(console_node, protocol::NodeKind::kConsole)),
        caller(caller_config) {
    subscribe_into(console, protocol::topic_filter(broker.site(), protocol::TopicKind::kAlarm),
                   alarms, protocol::decode_alarm_state);
    auto opened = node::ReliableEventSender::open(caller, resend);
    if (opened)
      sender = std::move(opened).value();
    else
      ADD_FAILURE() << "the caller's event sender did not open: " << opened.error().reason;
  }

  // Starts both and waits until they are connected; false (with a failure saying which) if not.
  bool start(std::chrono::seconds timeout = std::chrono::seconds(10)) {
    if (!sender) return false;
    console.start();
    caller.start();
    if (!caller.wait_connected(timeout)) {
      ADD_FAILURE() << "the caller did not connect";
      return false;
    }
    if (!console.wait_connected(timeout)) {
      ADD_FAILURE() << "the console did not connect";
      return false;
    }
    return true;
  }

  node::ReliableEventSender& calls() { return *sender; }

  bus::Bus console;
  Inbox<protocol::AlarmState> alarms;
  bus::Bus caller;
  std::unique_ptr<node::ReliableEventSender> sender;
};

}  // namespace anju::test
