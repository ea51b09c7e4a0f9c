#include "phone/phone_messages.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace anju::phone {
namespace {

using Op = ClientMessage::Op;

TEST(PhoneMessages, ReadsEachOpThePageSends) {
  auto m = parse_client_message(R"({"op":"sign_in","user":"n01","password":"secret pw"})");
  ASSERT_TRUE(m) << m.error().reason;
  EXPECT_EQ(m.value().op, Op::kSignIn);
  EXPECT_EQ(m.value().user, "n01");
  EXPECT_EQ(m.value().password, "secret pw");
  m = parse_client_message(R"({"op":"answer","alarm":"al-101-3","state":"declined"})");
  ASSERT_TRUE(m) << m.error().reason;
  EXPECT_EQ(m.value().op, Op::kAnswer);
  EXPECT_EQ(m.value().state, "declined");
  m = parse_client_message(R"({"op":"here","alarm":"al-101-3"})");
  ASSERT_TRUE(m);
  EXPECT_EQ(m.value().op, Op::kHere);
  EXPECT_EQ(parse_client_message(R"({"op":"ping"})").value().op, Op::kPing);
  EXPECT_EQ(parse_client_message(R"({"op":"resume","token":"ab12"})").value().token, "ab12");
}

TEST(PhoneMessages, RefusesWhatIsNotAMessageAndSaysWhy) {
  const auto reason = [](std::string_view text) {
    auto m = parse_client_message(text);
    return m ? std::string("accepted") : m.error().reason;
  };
  EXPECT_EQ(reason("not json"), "not a JSON object");
  EXPECT_EQ(reason("[1]"), "not a JSON object");
  EXPECT_EQ(reason(R"({"op":"fly"})"), "unknown op 'fly'");
  EXPECT_EQ(reason(R"({"user":"n01"})"), "missing 'op'");
  EXPECT_EQ(reason(R"({"op":"sign_in","user":"n01"})"), "missing 'password'");
  EXPECT_EQ(reason(R"({"op":"sign_in","user":"../x","password":"p"})"), "'user' is not an id");
  EXPECT_EQ(reason(R"({"op":"answer","alarm":"a1","state":"maybe"})"),
            "'state' must be delivered, read, accepted or declined");
  EXPECT_EQ(reason(R"({"op":"here","alarm":5})"), "'alarm' must be a string");
  EXPECT_EQ(reason(std::string(5000, ' ')), "message over 4096 bytes");
}

TEST(PhoneMessages, ACardCarriesWhatThePageShowsAndNothingEmpty) {
  PhoneCard c;
  c.alarm = "al-101-3";
  c.type = "service_request";
  c.detail = "water";
  c.priority = protocol::Priority::kLow;
  c.room = "101";
  c.raised_ts = 1000;
  c.mine = true;
  c.page = "sent";
  c.page_deadline = 181'000;
  c.can_accept = c.can_decline = c.can_here = true;
  const auto j = nlohmann::json::parse(encode_card(c));
  EXPECT_EQ(j["op"], "alarm");
  const auto& a = j["alarm"];
  EXPECT_EQ(a["alarm"], "al-101-3");
  EXPECT_EQ(a["priority"], "low");
  EXPECT_EQ(a["status"], "raised");
  EXPECT_EQ(a["detail"], "water");
  EXPECT_EQ(a["page"], "sent");
  EXPECT_EQ(a["page_deadline_ts"], 181'000);
  EXPECT_EQ(a["mine"], true);
  EXPECT_FALSE(a.contains("bed"));
  EXPECT_FALSE(a.contains("by"));
  const auto w = nlohmann::json::parse(
      encode_welcome({"n01", "Li Na", "nurse", "tok", 5, {"101"}, {{"n01", "Li Na"}}}));
  EXPECT_EQ(w["names"]["n01"], "Li Na");
  EXPECT_EQ(w["rooms"][0], "101");
}

}  // namespace
}  // namespace anju::phone
