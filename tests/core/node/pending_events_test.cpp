// The pending table: what it keeps, what it hands out for resending and in which order, and that it
// survives reopening (a restart of the node).
#include "node/pending_events.h"

#include <gtest/gtest.h>

#include "node_test_support.h"

namespace anju::node {
namespace {

using testing::TempDir;

std::unique_ptr<PendingEvents> open_table(const std::filesystem::path& path = {}) {
  auto table = PendingEvents::open(path);
  EXPECT_TRUE(table) << table.error().reason;
  return table ? std::move(table).value() : nullptr;
}

std::vector<std::string> ids_of(const std::vector<PendingEvent>& events) {
  std::vector<std::string> ids;
  for (const auto& e : events) ids.push_back(e.id);
  return ids;
}

TEST(PendingEvents, KeepsAnEventUntilItIsRemoved) {
  auto table = open_table();
  ASSERT_TRUE(table->add("gw-1-a-1", "anju/v1/s/event/gw-1", "{\"p\":1}", 1000));
  EXPECT_EQ(table->size(), 1u);
  EXPECT_TRUE(table->contains("gw-1-a-1"));
  auto removed = table->remove({"gw-1-a-1"});
  ASSERT_TRUE(removed) << removed.error().reason;
  EXPECT_EQ(removed.value(), std::vector<std::string>{"gw-1-a-1"});
  EXPECT_EQ(table->size(), 0u);
  EXPECT_FALSE(table->contains("gw-1-a-1"));
}

TEST(PendingEvents, RemoveReportsOnlyTheIdsThatWerePendingEachOnce) {
  auto table = open_table();
  for (const char* id : {"e-1", "e-2", "e-3"}) ASSERT_TRUE(table->add(id, "t", "p", 1000));
  auto removed = table->remove({"e-2", "unknown", "e-2", "e-3"});
  ASSERT_TRUE(removed);
  EXPECT_EQ(removed.value(), (std::vector<std::string>{"e-2", "e-3"}));
  EXPECT_TRUE(table->remove({"e-2"}).value().empty());  // a receipt seen twice
  EXPECT_EQ(table->size(), 1u);
}

TEST(PendingEvents, HandsOutEventsSentLongEnoughAgoOldestFirst) {
  auto table = open_table();
  ASSERT_TRUE(table->add("e-1", "t", "p1", 1000));
  ASSERT_TRUE(table->add("e-2", "t", "p2", 3000));
  ASSERT_TRUE(table->add("e-3", "t", "p3", 2000));
  EXPECT_TRUE(table->sent_until(999, 10).value().empty());
  EXPECT_EQ(ids_of(table->sent_until(2000, 10).value()), (std::vector<std::string>{"e-1", "e-3"}));
  const auto all = table->sent_until(5000, 10).value();
  EXPECT_EQ(ids_of(all), (std::vector<std::string>{"e-1", "e-2", "e-3"}));
  EXPECT_EQ(all[1].topic, "t");
  EXPECT_EQ(all[1].payload, "p2");
  EXPECT_EQ(all[1].last_sent, 3000);
  EXPECT_EQ(all[1].sends, 1);
  EXPECT_EQ(ids_of(table->sent_until(5000, 2).value()), (std::vector<std::string>{"e-1", "e-2"}));
}

TEST(PendingEvents, AResendMovesTheNextOneLaterButKeepsTheOrder) {
  auto table = open_table();
  ASSERT_TRUE(table->add("e-1", "t", "p1", 1000));
  ASSERT_TRUE(table->add("e-2", "t", "p2", 1000));
  ASSERT_TRUE(table->mark_sent({"e-1", "gone"}, 5000));
  EXPECT_EQ(ids_of(table->sent_until(4000, 10).value()), std::vector<std::string>{"e-2"});
  const auto all = table->sent_until(5000, 10).value();
  ASSERT_EQ(ids_of(all), (std::vector<std::string>{"e-1", "e-2"}));
  EXPECT_EQ(all[0].sends, 2);
  EXPECT_EQ(all[0].last_sent, 5000);
}

TEST(PendingEvents, AddingAKeptIdAgainCountsAsASendInItsOldPlace) {
  auto table = open_table();
  ASSERT_TRUE(table->add("e-1", "t", "p1", 1000));
  ASSERT_TRUE(table->add("e-2", "t", "p2", 1000));
  ASSERT_TRUE(table->add("e-1", "t", "p1", 4000));
  EXPECT_EQ(table->size(), 2u);
  const auto all = table->sent_until(4000, 10).value();
  ASSERT_EQ(ids_of(all), (std::vector<std::string>{"e-1", "e-2"}));
  EXPECT_EQ(all[0].sends, 2);
}

TEST(PendingEvents, SurviveReopeningTheFile) {
  TempDir dir;
  const auto path = dir.path() / "sub" / "node.outbox.pending";  // the folder is made on open
  {
    auto table = open_table(path);
    ASSERT_TRUE(table);
    ASSERT_TRUE(table->add("e-1", "t", "p1", 1000));
    ASSERT_TRUE(table->add("e-2", "t", "p2", 2000));
    ASSERT_TRUE(table->remove({"e-1"}));
  }
  auto reopened = open_table(path);
  ASSERT_TRUE(reopened);
  EXPECT_EQ(ids_of(reopened->sent_until(9999, 10).value()), std::vector<std::string>{"e-2"});
  ASSERT_TRUE(reopened->add("e-3", "t", "p3", 3000));
  EXPECT_EQ(ids_of(reopened->sent_until(9999, 10).value()),
            (std::vector<std::string>{"e-2", "e-3"}));
}

TEST(PendingEvents, AnUnusableFileIsAnError) {
  TempDir dir;
  const auto not_a_database = dir.path() / "garbage.pending";
  {
    std::FILE* f = std::fopen(not_a_database.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs("this is not an SQLite database, not even close; it is longer than a header", f);
    std::fclose(f);
  }
  EXPECT_FALSE(PendingEvents::open(not_a_database));
}

}  // namespace
}  // namespace anju::node
