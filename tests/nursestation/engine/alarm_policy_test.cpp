#include "engine/alarm_policy.h"

#include <gtest/gtest.h>

namespace anju::engine {
namespace {

TEST(AlarmPolicy, DefaultsFollowTheDesignTable) {
  const auto p = AlarmPolicy::defaults();
  EXPECT_EQ(p.rule("emergency")->priority, protocol::Priority::kHigh);
  EXPECT_EQ(p.rule("fall")->priority, protocol::Priority::kHigh);
  EXPECT_EQ(p.rule("fall")->escalate_after_s, 60);
  EXPECT_EQ(p.rule("call")->priority, protocol::Priority::kMedium);
  EXPECT_EQ(p.rule("call")->escalate_after_s, 180);
  EXPECT_EQ(p.rule("node_offline")->priority, protocol::Priority::kMedium);
  EXPECT_EQ(p.rule("service_request")->priority, protocol::Priority::kLow);
  EXPECT_EQ(p.rule("bathroom_call")->close, CloseRule::kAtSource);
  EXPECT_EQ(p.rule("door"), nullptr);
}

TEST(AlarmPolicy, AFacilityFileOverridesSomeRules) {
  auto p = AlarmPolicy::from_json(R"({"call": {"escalate_after_s": 90, "escalate_all_after_s": 200,
                                               "page_accept_s": 45},
                                      "bed_exit": {"priority": "high"}})");
  ASSERT_TRUE(p) << p.error().reason;
  EXPECT_EQ(p->rule("call")->escalate_after_s, 90);
  EXPECT_EQ(p->rule("call")->priority, protocol::Priority::kMedium);
  EXPECT_EQ(p->rule("bed_exit")->priority, protocol::Priority::kHigh);
  EXPECT_EQ(p->rule("fall")->escalate_after_s, 60);
  EXPECT_EQ(p->rule("call")->page_accept_s, 45);
  EXPECT_EQ(p->rule("fall")->page_accept_s, 0) << "by priority unless the file says";
}

TEST(AlarmPolicy, BadFilesSayWhatIsWrong) {
  struct Case {
    const char* json;
    ErrorCode code;
    const char* mentions;
  };
  for (const auto& c :
       {Case{"{", ErrorCode::kMalformed, "JSON"}, Case{"[]", ErrorCode::kNotAnObject, "object"},
        Case{R"({"call": 3})", ErrorCode::kWrongType, "call"},
        Case{R"({"call": {"priority": "urgent"}})", ErrorCode::kInvalidValue, "priority"},
        Case{R"({"call": {"escalate_after_s": -1}})", ErrorCode::kInvalidValue, "escalate_after_s"},
        Case{R"({"call": {"escalate_after_s": 500, "escalate_all_after_s": 100}})",
             ErrorCode::kInvalidValue, "escalate_all_after_s"},
        Case{R"({"call": {"close": "desk"}})", ErrorCode::kInvalidValue, "close"},
        Case{R"({"call": {"page_accept_s": 0}})", ErrorCode::kInvalidValue, "page_accept_s"},
        Case{R"({"call": {"page_accept_s": "soon"}})", ErrorCode::kInvalidValue,
             "page_accept_s"}}) {
    auto p = AlarmPolicy::from_json(c.json);
    ASSERT_FALSE(p) << c.json;
    EXPECT_EQ(p.error().code, c.code) << c.json;
    EXPECT_NE(p.error().reason.find(c.mentions), std::string::npos) << p.error().reason;
  }
}

TEST(AlarmPolicy, AMissingFileIsAnIoError) {
  auto p = AlarmPolicy::load("/nonexistent/policy.json");
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().code, ErrorCode::kIo);
}

}  // namespace
}  // namespace anju::engine
