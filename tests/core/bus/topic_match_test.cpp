#include "bus/topic_match.h"

#include <gtest/gtest.h>

namespace anju::bus {
namespace {

TEST(TopicMatch, ExactAndSingleLevelWildcard) {
  EXPECT_TRUE(topic_matches("anju/v1/a/event/k1", "anju/v1/a/event/k1"));
  EXPECT_FALSE(topic_matches("anju/v1/a/event/k1", "anju/v1/a/event/k2"));
  EXPECT_TRUE(topic_matches("anju/v1/a/event/+", "anju/v1/a/event/k2"));
  EXPECT_TRUE(topic_matches("anju/v1/+/event/+", "anju/v1/b/event/k2"));
  EXPECT_FALSE(topic_matches("anju/v1/a/event/+", "anju/v1/a/event"));
  EXPECT_FALSE(topic_matches("anju/v1/a/event/+", "anju/v1/a/event/k/x"));
  EXPECT_TRUE(topic_matches("a/+", "a/"));  // an empty level is a level
}

TEST(TopicMatch, MultiLevelWildcard) {
  EXPECT_TRUE(topic_matches("anju/v1/a/#", "anju/v1/a/event/k1"));
  EXPECT_TRUE(topic_matches("anju/v1/a/#", "anju/v1/a"));  // '#' includes the parent
  EXPECT_FALSE(topic_matches("anju/v1/a/#", "anju/v1/b/event"));
  EXPECT_TRUE(topic_matches("#", "anything/at/all"));
}

TEST(TopicMatch, WildcardsDoNotMatchDollarTopics) {
  EXPECT_FALSE(topic_matches("#", "$SYS/broker/uptime"));
  EXPECT_FALSE(topic_matches("+/broker/uptime", "$SYS/broker/uptime"));
  EXPECT_TRUE(topic_matches("$SYS/#", "$SYS/broker/uptime"));
}

TEST(TopicMatch, ValidFilters) {
  EXPECT_TRUE(is_valid_filter("anju/v1/+/event/#"));
  EXPECT_TRUE(is_valid_filter("#"));
  EXPECT_FALSE(is_valid_filter(""));
  EXPECT_FALSE(is_valid_filter("a/#/b"));
  EXPECT_FALSE(is_valid_filter("a/b#"));
  EXPECT_FALSE(is_valid_filter("a/b+/c"));
}

TEST(TopicMatch, ValidPublishTopics) {
  EXPECT_TRUE(is_valid_publish_topic("anju/v1/a/event/k1"));
  EXPECT_FALSE(is_valid_publish_topic(""));
  EXPECT_FALSE(is_valid_publish_topic("anju/v1/a/event/+"));
  EXPECT_FALSE(is_valid_publish_topic("anju/#"));
}

}  // namespace
}  // namespace anju::bus
