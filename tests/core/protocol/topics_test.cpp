// Topic names: building, parsing, and refusing anything that is not anju/v1/<site>/<kind>/<leaf>.
#include "protocol/topics.h"

#include <gtest/gtest.h>

#include "samples.h"

namespace anju::protocol {
namespace {

constexpr TopicKind kAllKinds[] = {TopicKind::kPresence, TopicKind::kHeartbeat, TopicKind::kEvent,
                                   TopicKind::kAlarm,    TopicKind::kRoom,      TopicKind::kCmd,
                                   TopicKind::kIncident};

TEST(Topics, BuildsTheDocumentedLayout) {
  EXPECT_EQ(topic("demo", TopicKind::kEvent, "kiosk-214"), "anju/v1/demo/event/kiosk-214");
  EXPECT_EQ(topic(Topic{"site-2", TopicKind::kAlarm, "al-1"}), "anju/v1/site-2/alarm/al-1");
  EXPECT_EQ(topic("demo", TopicKind::kCmd, "gw.1"), "anju/v1/demo/cmd/gw.1");
}

TEST(Topics, FilterSubscribesToOneKindAtOneOrAllSites) {
  EXPECT_EQ(topic_filter("demo", TopicKind::kPresence), "anju/v1/demo/presence/+");
  EXPECT_EQ(topic_filter("+", TopicKind::kEvent), "anju/v1/+/event/+");
}

TEST(Topics, EveryKindRoundTripsThroughParse) {
  for (auto kind : kAllKinds) {
    const Topic t{"demo", kind, "leaf_1.x-Y"};
    const auto parsed = parse_topic(topic(t));
    ASSERT_TRUE(parsed.ok()) << topic(t) << ": " << parsed.error().reason;
    EXPECT_EQ(parsed.value(), t);
  }
}

TEST(Topics, KindNamesAreTheTopicLevels) {
  EXPECT_EQ(to_string(TopicKind::kPresence), "presence");
  EXPECT_EQ(to_string(TopicKind::kHeartbeat), "heartbeat");
  EXPECT_EQ(to_string(TopicKind::kEvent), "event");
  EXPECT_EQ(to_string(TopicKind::kAlarm), "alarm");
  EXPECT_EQ(to_string(TopicKind::kRoom), "room");
  EXPECT_EQ(to_string(TopicKind::kCmd), "cmd");
  EXPECT_EQ(to_string(TopicKind::kIncident), "incident");
}

TEST(Topics, LongestValidTopicParses) {
  const std::string id64(64, 'a');
  EXPECT_TRUE(parse_topic(topic(id64, TopicKind::kHeartbeat, id64)).ok());
}

void expect_bad_topic(const std::string& text, const std::string& reason_part) {
  const auto parsed = parse_topic(text);
  ASSERT_FALSE(parsed.ok()) << text;
  EXPECT_EQ(parsed.error().code, ErrorCode::kBadTopic) << text;
  EXPECT_NE(parsed.error().reason.find(reason_part), std::string::npos)
      << text << ": " << parsed.error().reason;
}

TEST(Topics, RejectsWildcards) {
  expect_bad_topic("anju/v1/+/event/kiosk-1", "site");
  expect_bad_topic("anju/v1/demo/event/+", "leaf");
  expect_bad_topic("anju/v1/demo/event/#", "leaf");
  expect_bad_topic("anju/v1/demo/+/kiosk-1", "kind");
  expect_bad_topic("anju/v1/#", "site");
}

TEST(Topics, RejectsEmptyLevels) {
  expect_bad_topic("anju/v1//event/kiosk-1", "site");
  expect_bad_topic("anju/v1/demo//kiosk-1", "kind");
  expect_bad_topic("anju/v1/demo/event/", "leaf");
  expect_bad_topic("anju/v1/demo/event", "expected");
  expect_bad_topic("anju/v1/demo", "expected");
  expect_bad_topic("", "anju/v1/");
}

TEST(Topics, RejectsWrongPrefix) {
  expect_bad_topic("anju/v2/demo/event/kiosk-1", "anju/v1/");
  expect_bad_topic("/anju/v1/demo/event/kiosk-1", "anju/v1/");
  expect_bad_topic("Anju/v1/demo/event/kiosk-1", "anju/v1/");
  expect_bad_topic("other/v1/demo/event/kiosk-1", "anju/v1/");
}

TEST(Topics, RejectsUnknownKindAndExtraLevels) {
  expect_bad_topic("anju/v1/demo/events/kiosk-1", "kind");
  expect_bad_topic("anju/v1/demo/Event/kiosk-1", "kind");
  expect_bad_topic("anju/v1/demo/event/kiosk-1/extra", "levels");
  expect_bad_topic("anju/v1/demo/event/kiosk-1/", "levels");
}

TEST(Topics, RejectsTooLongIdsAndTopics) {
  expect_bad_topic("anju/v1/demo/event/" + std::string(65, 'a'), "leaf");
  expect_bad_topic("anju/v1/" + std::string(65, 's') + "/event/a", "site");
  expect_bad_topic("anju/v1/demo/event/" + std::string(10'000, 'a'), "longer than");
}

TEST(Topics, RejectsCharactersOutsideTheIdAlphabet) {
  expect_bad_topic("anju/v1/demo/event/kiosk 1", "leaf");
  expect_bad_topic("anju/v1/demo/event/ki\xC3\xB6sk", "leaf");
  expect_bad_topic(std::string("anju/v1/demo/event/k\0x", 22), "leaf");
}

TEST(ValidId, AcceptsTheAlphabetAndLengthsOneToSixtyFour) {
  EXPECT_TRUE(is_valid_id("a"));
  EXPECT_TRUE(is_valid_id("AZaz09_.-"));
  EXPECT_TRUE(is_valid_id(std::string(64, 'x')));
  EXPECT_FALSE(is_valid_id(""));
  EXPECT_FALSE(is_valid_id(std::string(65, 'x')));
  for (const char* bad : {"a/b", "a+b", "a#b", "a b", "a:b", "é", "a\tb"}) {
    EXPECT_FALSE(is_valid_id(bad)) << bad;
  }
}

}  // namespace
}  // namespace anju::protocol
