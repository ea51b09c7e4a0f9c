#include "monitor/message_printer.h"

#include <gtest/gtest.h>

#include "protocol/codec.h"

namespace anju::devices {
namespace {

TEST(MessagePrinter, DescribesAValidEvent) {
  protocol::Event e;
  e.id = "sim-1";
  e.ts = 1'700'000'000'000;
  e.seq = 1;
  e.node = "sim";
  e.type = protocol::EventType::kServiceRequest;
  e.room = "101";
  e.detail = "water";
  const auto line = describe_message("anju/v1/demo/event/sim", protocol::encode(e));
  EXPECT_NE(line.find("EVENT"), std::string::npos) << line;
  EXPECT_NE(line.find("service_request"), std::string::npos) << line;
  EXPECT_NE(line.find("room=101"), std::string::npos) << line;
  EXPECT_NE(line.find("detail=water"), std::string::npos) << line;
}

TEST(MessagePrinter, CountsTheEventsAReceiptConfirms) {
  protocol::Command c;
  c.id = "engine-1";
  c.ts = 1'700'000'000'000;
  c.node = "sim";
  c.cmd = protocol::CommandType::kReceipt;
  c.events = {"sim-a-1", "sim-a-2"};
  const auto line = describe_message("anju/v1/demo/cmd/sim", protocol::encode(c));
  EXPECT_NE(line.find("CMD      sim receipt events=2"), std::string::npos) << line;
}

TEST(MessagePrinter, RejectsWithTheReason) {
  const auto line = describe_message("anju/v1/demo/event/sim", R"({"v":1,"id":"x"})");
  EXPECT_TRUE(line.starts_with("REJECT")) << line;
  EXPECT_NE(line.find("missing_field"), std::string::npos) << line;
}

TEST(MessagePrinter, RejectsAnUnknownTopic) {
  const auto line = describe_message("somewhere/else", "{}");
  EXPECT_TRUE(line.starts_with("REJECT")) << line;
  EXPECT_NE(line.find("bad_topic"), std::string::npos) << line;
}

}  // namespace
}  // namespace anju::devices
