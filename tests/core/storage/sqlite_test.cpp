// The SQLite layer every store opens through: files and folders it creates, what a damaged file
// gives, transactions that roll back, bytes that come back as they went in.
#include "storage/sqlite.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "support/temp_dir.h"

namespace anju::storage {
namespace {

using test::TempDir;

std::unique_ptr<Database> open_or_fail(const std::filesystem::path& path) {
  auto db = Database::open(path);
  EXPECT_TRUE(db) << db.error().reason;
  return db ? std::move(db).value() : nullptr;
}

std::int64_t count(Database& db, const std::string& table) {
  auto s = db.prepare("SELECT COUNT(*) FROM " + table);
  if (!s) return -1;
  auto row = s.value().step();
  return row && row.value() ? s.value().column_int(0) : -1;
}

TEST(Database, CreatesTheFileAndItsFolderInWalMode) {
  TempDir dir("storage");
  const auto path = dir / "var/lib/anju/node.db";
  auto db = open_or_fail(path);
  ASSERT_TRUE(db);
  EXPECT_TRUE(std::filesystem::exists(path));
  EXPECT_EQ(db->path(), path);
  auto mode = db->prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode);
  ASSERT_TRUE(mode.value().step().value());
  EXPECT_EQ(mode.value().column_text(0), "wal");
}

TEST(Database, ACommitSurvivesReopeningAndAnUncommittedTransactionDoesNot) {
  TempDir dir("storage");
  const auto path = dir / "node.db";
  {
    auto db = open_or_fail(path);
    ASSERT_TRUE(db->exec("CREATE TABLE t(v INTEGER)"));
    {
      Transaction tx(*db);
      ASSERT_TRUE(tx.began());
      ASSERT_TRUE(db->exec("INSERT INTO t VALUES (1)"));
      ASSERT_TRUE(tx.commit());
    }
    {
      Transaction tx(*db);  // left without commit: an error path
      ASSERT_TRUE(db->exec("INSERT INTO t VALUES (2)"));
    }
    EXPECT_EQ(count(*db, "t"), 1);
  }
  auto reopened = open_or_fail(path);
  EXPECT_EQ(count(*reopened, "t"), 1);
}

TEST(Database, RefusesAFileThatIsNotADatabase) {
  TempDir dir("storage");
  const auto path = dir / "node.db";
  std::ofstream(path) << std::string(8192, 'x');
  auto db = Database::open(path);
  ASSERT_FALSE(db);
  EXPECT_NE(db.error().reason.find(path.string()), std::string::npos) << db.error().reason;
}

TEST(Database, SaysWhichFolderItCannotCreate) {
  auto db = Database::open("/proc/anju-no-such-dir/node.db");
  ASSERT_FALSE(db);
  EXPECT_NE(db.error().reason.find("/proc/anju-no-such-dir"), std::string::npos)
      << db.error().reason;
}

TEST(Statement, BindsAndReadsBackTextIntegersDoublesNullsAndBinaryBytes) {
  auto db = Database::open_in_memory();
  ASSERT_TRUE(db) << db.error().reason;
  ASSERT_TRUE((*db)->exec("CREATE TABLE t(i INTEGER, d REAL, s TEXT, b BLOB, n TEXT)"));
  auto insert = (*db)->prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)");
  ASSERT_TRUE(insert);
  const std::string bytes("a\0b\xff", 4);
  const std::string text = "一键呼叫";
  ASSERT_TRUE(insert.value()
                  .bind(1, std::int64_t{1} << 40)
                  .bind(2, 0.25)
                  .bind(3, text)
                  .bind_blob_view(4, bytes)
                  .bind_null(5)
                  .run());
  EXPECT_EQ((*db)->changes(), 1);
  EXPECT_EQ((*db)->last_insert_rowid(), 1);
  auto select = (*db)->prepare("SELECT i, d, s, b, n FROM t");
  ASSERT_TRUE(select);
  auto& s = select.value();
  ASSERT_TRUE(s.step().value());
  EXPECT_EQ(s.column_int(0), std::int64_t{1} << 40);
  EXPECT_DOUBLE_EQ(s.column_double(1), 0.25);
  EXPECT_EQ(s.column_text(2), text);
  EXPECT_EQ(s.column_text(3), bytes);
  EXPECT_EQ(s.column_text(4), "");
  EXPECT_FALSE(s.step().value());
}

TEST(Statement, AnErrorNamesWhatSqliteSaidAndTheStatementIsUsableAgain) {
  auto db = Database::open_in_memory();
  ASSERT_TRUE(db);
  ASSERT_TRUE((*db)->exec("CREATE TABLE t(v INTEGER UNIQUE)"));
  auto insert = (*db)->prepare("INSERT INTO t VALUES (?1)");
  ASSERT_TRUE(insert);
  ASSERT_TRUE(insert.value().bind(1, 7).run());
  auto again = insert.value().bind(1, 7).run();
  ASSERT_FALSE(again);
  EXPECT_NE(again.error().reason.find("UNIQUE"), std::string::npos) << again.error().reason;
  EXPECT_TRUE(insert.value().bind(1, 8).run());
  EXPECT_EQ(count(**db, "t"), 2);
  auto bad = (*db)->prepare("SELECT nothing FROM nowhere");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().reason.find("nowhere"), std::string::npos) << bad.error().reason;
}

}  // namespace
}  // namespace anju::storage
