#include "bus/dedup_window.h"

#include <gtest/gtest.h>

namespace anju::bus {
namespace {

TEST(DedupWindow, SecondSightingIsADuplicate) {
  DedupWindow w(10);
  EXPECT_TRUE(w.insert("a"));
  EXPECT_TRUE(w.insert("b"));
  EXPECT_FALSE(w.insert("a"));
  EXPECT_TRUE(w.contains("b"));
  EXPECT_EQ(w.size(), 2u);
}

TEST(DedupWindow, ForgetsTheOldestIdBeyondCapacity) {
  DedupWindow w(3);
  for (const char* id : {"a", "b", "c", "d"}) EXPECT_TRUE(w.insert(id));
  EXPECT_EQ(w.size(), 3u);
  EXPECT_FALSE(w.contains("a"));
  EXPECT_TRUE(w.contains("b"));
  EXPECT_FALSE(w.insert("d"));
  EXPECT_TRUE(w.insert("a"));  // forgotten, so new again
}

TEST(DedupWindow, StaysBoundedOverManyIds) {
  DedupWindow w(1000);
  for (int i = 0; i < 50'000; ++i) {
    ASSERT_TRUE(w.insert("node-boot-" + std::to_string(i)));
  }
  EXPECT_EQ(w.size(), 1000u);
  EXPECT_TRUE(w.contains("node-boot-49999"));
  EXPECT_FALSE(w.contains("node-boot-48999"));
  EXPECT_TRUE(w.contains("node-boot-49000"));
}

TEST(DedupWindow, IdsLongerThanTheSmallStringBufferSurviveEviction) {
  DedupWindow w(2);
  const std::string long_id(200, 'x');
  EXPECT_TRUE(w.insert(long_id + "1"));
  EXPECT_TRUE(w.insert(long_id + "2"));
  EXPECT_TRUE(w.insert(long_id + "3"));
  EXPECT_FALSE(w.insert(long_id + "2"));
  EXPECT_FALSE(w.contains(long_id + "1"));
}

TEST(DedupWindow, EmptyIdsAreNeverDuplicates) {
  DedupWindow w(4);
  EXPECT_TRUE(w.insert(""));
  EXPECT_TRUE(w.insert(""));
  EXPECT_EQ(w.size(), 0u);
}

}  // namespace
}  // namespace anju::bus
