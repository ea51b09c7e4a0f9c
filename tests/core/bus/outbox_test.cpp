#include "bus/outbox.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/temp_dir.h"

namespace anju::bus {
namespace {

using test::TempDir;

std::unique_ptr<Outbox> open_or_fail(const std::filesystem::path& path) {
  auto outbox = Outbox::open(path);
  EXPECT_TRUE(outbox.ok()) << (outbox.ok() ? "" : outbox.error().reason);
  return outbox.ok() ? std::move(outbox).value() : nullptr;
}

TEST(Outbox, ReadsOldestFirstWithIncreasingSequence) {
  auto outbox = open_or_fail({});
  ASSERT_TRUE(outbox);
  const auto a = outbox->append("t/a", "1", false);
  const auto b = outbox->append("t/b", "2", true);
  const auto c = outbox->append("t/c", "3", false);
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  EXPECT_LT(*a, *b);
  EXPECT_LT(*b, *c);
  auto entries = outbox->read(0, *c, 10);
  ASSERT_TRUE(entries.ok());
  ASSERT_EQ(entries->size(), 3u);
  EXPECT_EQ((*entries)[0].topic, "t/a");
  EXPECT_EQ((*entries)[1].payload, "2");
  EXPECT_TRUE((*entries)[1].retained);
  EXPECT_FALSE((*entries)[2].retained);
  EXPECT_EQ(outbox->size(), 3u);
  EXPECT_EQ(outbox->last_seq(), *c);
}

TEST(Outbox, ReadHonoursRangeAndLimit) {
  auto outbox = open_or_fail({});
  ASSERT_TRUE(outbox);
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(outbox->append("t", std::to_string(i), false).ok());
  auto entries = outbox->read(3, 8, 4);
  ASSERT_TRUE(entries.ok());
  ASSERT_EQ(entries->size(), 4u);
  EXPECT_EQ(entries->front().seq, 3);
  EXPECT_EQ(entries->back().seq, 6);
  EXPECT_TRUE(outbox->read(11, 20, 5)->empty());
}

TEST(Outbox, RemoveDeletesOnlyTheGivenEntriesAndCountsThem) {
  auto outbox = open_or_fail({});
  ASSERT_TRUE(outbox);
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(outbox->append("t", std::to_string(i), false).ok());
  auto removed = outbox->remove({1, 3, 42});
  ASSERT_TRUE(removed.ok());
  EXPECT_EQ(*removed, 2u);
  EXPECT_EQ(*outbox->remove({1}), 0u);  // already gone: not counted twice
  auto entries = outbox->read(0, 100, 100);
  ASSERT_EQ(entries->size(), 3u);
  EXPECT_EQ((*entries)[0].seq, 2);
  EXPECT_EQ((*entries)[1].seq, 4);
  EXPECT_EQ((*entries)[2].seq, 5);
}

TEST(Outbox, KeepsEntriesAndOrderAcrossReopen) {
  TempDir dir;
  const auto file = dir.path() / "sub" / "node.outbox";  // the folder is created on open
  {
    auto outbox = open_or_fail(file);
    ASSERT_TRUE(outbox);
    for (int i = 1; i <= 3; ++i) ASSERT_TRUE(outbox->append("t", std::to_string(i), false).ok());
    ASSERT_TRUE(outbox->remove({1}).ok());
  }
  auto outbox = open_or_fail(file);
  ASSERT_TRUE(outbox);
  EXPECT_EQ(outbox->size(), 2u);
  EXPECT_EQ(outbox->last_seq(), 3);
  auto entries = outbox->read(0, 100, 100);
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ((*entries)[0].payload, "2");
  EXPECT_EQ((*entries)[1].payload, "3");
}

TEST(Outbox, NeverReusesASequenceNumberEvenWhenEmptied) {
  // The sender remembers how far it has sent; a reused number would be skipped.
  TempDir dir;
  const auto file = dir.path() / "node.outbox";
  {
    auto outbox = open_or_fail(file);
    ASSERT_TRUE(outbox->append("t", "a", false).ok());
    ASSERT_TRUE(outbox->append("t", "b", false).ok());
    ASSERT_EQ(*outbox->remove({1, 2}), 2u);
  }
  auto outbox = open_or_fail(file);
  EXPECT_EQ(outbox->size(), 0u);
  EXPECT_EQ(outbox->last_seq(), 2);
  EXPECT_EQ(*outbox->append("t", "c", false), 3);
}

TEST(Outbox, KeepsBinaryPayloadsIntact) {
  auto outbox = open_or_fail({});
  const std::string payload("a\0b\xff", 4);
  ASSERT_TRUE(outbox->append("t", payload, false).ok());
  EXPECT_EQ(outbox->read(0, 10, 1)->front().payload, payload);
}

TEST(Outbox, OpenReportsAnUnusablePath) {
  auto outbox = Outbox::open("/proc/anju-no-such-dir/x.outbox");
  ASSERT_FALSE(outbox.ok());
  EXPECT_EQ(outbox.error().code, ErrorCode::kIo);
  EXPECT_NE(outbox.error().reason.find("/proc/anju-no-such-dir"), std::string::npos);
}

}  // namespace
}  // namespace anju::bus
