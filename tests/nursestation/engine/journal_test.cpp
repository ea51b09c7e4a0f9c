#include "engine/journal.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "engine_test_support.h"
#include "protocol/codec.h"

namespace anju::engine {
namespace {

using protocol::EventType;
using testing::assign;
using testing::console_action;
using testing::make_event;

class JournalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = std::filesystem::temp_directory_path() /
          ("anju-journal-" + std::to_string(::getpid()) + "-" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
  }
  void TearDown() override { std::filesystem::remove_all(dir); }

  std::unique_ptr<Journal> open() {
    auto j = Journal::open(dir / "engine.journal");
    EXPECT_TRUE(j) << j.error().reason;
    return std::move(j).value();
  }

  // Feeds an event through the engine and journals it, as the service does.
  bool feed(AlarmEngine& engine, Journal& journal, const protocol::Event& e) {
    auto out = engine.on_event(e);
    auto r = journal.record(&e, protocol::encode(e), out, clock.now_ms());
    EXPECT_TRUE(r) << r.error().reason;
    return r && r.value();
  }

  std::filesystem::path dir;
  ManualClock clock;
};

TEST_F(JournalTest, ARestartRebuildsTheActiveAlarms) {
  std::string acked;
  {
    auto journal = open();
    AlarmEngine engine(AlarmPolicy::defaults(), clock);
    feed(engine, *journal, make_event(EventType::kCall, "101", "kiosk-101", clock.now_ms()));
    feed(engine, *journal, make_event(EventType::kCall, "102", "kiosk-102", clock.now_ms()));
    feed(engine, *journal, make_event(EventType::kCall, "103", "kiosk-103", clock.now_ms()));
    acked = engine.active_alarms()[1].alarm;
    feed(engine, *journal, console_action(EventType::kAlarmAck, acked, "n01", clock.now_ms()));
    auto cancel = make_event(EventType::kCancel, "103", "kiosk-103", clock.now_ms() + 1);
    clock.advance(1);
    feed(engine, *journal, cancel);
  }
  auto journal = open();
  auto active = journal->active_alarms();
  ASSERT_TRUE(active);
  ASSERT_EQ(active->size(), 2u);
  AlarmEngine restarted(AlarmPolicy::defaults(), clock);
  restarted.restore(active.value(), journal->recent_event_ids(1000).value());
  ASSERT_NE(restarted.find(acked), nullptr);
  EXPECT_EQ(restarted.find(acked)->status, protocol::AlarmStatus::kAcknowledged);
  EXPECT_EQ(restarted.find(acked)->by, "n01");
}

TEST_F(JournalTest, ARestartKeepsEachRoomsLatestAssignment) {
  {
    auto journal = open();
    AlarmEngine engine(AlarmPolicy::defaults(), clock);
    feed(engine, *journal, assign("101", "n01", clock.now_ms()));
    feed(engine, *journal, assign("102", "n01", clock.now_ms()));
    feed(engine, *journal, assign("103", "n02", clock.now_ms()));
    feed(engine, *journal, assign("102", "n03", clock.now_ms()));  // reassigned
    feed(engine, *journal, assign("103", "", clock.now_ms()));     // unassigned
  }
  auto journal = open();
  auto assigned = journal->assignments();
  ASSERT_TRUE(assigned) << assigned.error().reason;
  EXPECT_EQ(assigned.value(), (std::map<std::string, std::string>{{"101", "n01"}, {"102", "n03"}}));
}

TEST_F(JournalTest, AnEventJournalledBeforeIsADuplicateEvenAfterARestart) {
  const auto e = make_event(EventType::kCall, "101", "kiosk-101", clock.now_ms());
  {
    auto journal = open();
    AlarmEngine engine(AlarmPolicy::defaults(), clock);
    EXPECT_TRUE(feed(engine, *journal, e));
  }
  auto journal = open();
  AlarmEngine fresh(AlarmPolicy::defaults(), clock);  // memory window lost: the journal catches it
  EXPECT_FALSE(feed(fresh, *journal, e));
  EXPECT_EQ(journal->active_alarms()->size(), 1u);
}

TEST_F(JournalTest, ExportsOneCsvRowPerAlarmWithResponseTime) {
  auto journal = open();
  AlarmEngine engine(AlarmPolicy::defaults(), clock);
  feed(engine, *journal, make_event(EventType::kCall, "101", "kiosk-101", clock.now_ms()));
  clock.advance(42'000);
  auto present = make_event(EventType::kStaffPresent, "101", "kiosk-101", clock.now_ms());
  present.staff = "n07";
  feed(engine, *journal, present);
  const auto csv = dir / "alarms.csv";
  auto n = journal->export_csv(csv, 0, clock.now_ms() + 1);
  ASSERT_TRUE(n) << n.error().reason;
  EXPECT_EQ(n.value(), 1u);
  std::ifstream in(csv);
  std::string header, row;
  std::getline(in, header);
  std::getline(in, row);
  EXPECT_NE(header.find("response_s"), std::string::npos);
  EXPECT_NE(row.find(",call,medium,101,"), std::string::npos) << row;
  EXPECT_NE(row.find(",n07,42.000000,"), std::string::npos) << row;
}

TEST_F(JournalTest, PruneKeepsActiveAlarmsAndRecentHistory) {
  auto journal = open();
  AlarmEngine engine(AlarmPolicy::defaults(), clock);
  feed(engine, *journal, make_event(EventType::kCall, "101", "kiosk-101", clock.now_ms()));
  feed(engine, *journal, make_event(EventType::kCall, "102", "kiosk-102", clock.now_ms()));
  auto cancel = make_event(EventType::kCancel, "102", "kiosk-102", clock.now_ms() + 1);
  clock.advance(1);
  feed(engine, *journal, cancel);
  clock.advance(10 * 86'400'000LL);
  auto pruned = journal->prune(clock.now_ms() - 86'400'000LL);
  ASSERT_TRUE(pruned);
  EXPECT_GT(pruned.value(), 0);
  EXPECT_EQ(journal->active_alarms()->size(), 1u) << "an active alarm is never pruned";
  EXPECT_EQ(journal->alarms_raised_between(0, clock.now_ms())->size(), 1u);
}

TEST_F(JournalTest, AKillMidStreamLosesNothingThatWasCommitted) {
  const auto path = dir / "engine.journal";
  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  const pid_t child = ::fork();
  if (child == 0) {
    // Child: journal calls as fast as it can, reporting each commit, until killed.
    ::close(ready[0]);
    auto journal = Journal::open(path);
    if (!journal) ::_exit(3);
    ManualClock child_clock;
    AlarmEngine engine(AlarmPolicy::defaults(), child_clock);
    for (int i = 0;; ++i) {
      auto e = make_event(EventType::kCall, std::to_string(1000 + i), "gw-1", child_clock.now_ms());
      auto out = engine.on_event(e);
      if (!journal.value()->record(&e, protocol::encode(e), out, child_clock.now_ms())) ::_exit(4);
      const char byte = 'x';
      if (::write(ready[1], &byte, 1) != 1) ::_exit(5);
    }
  }
  ::close(ready[1]);
  long committed = 0;
  char buf[256];
  while (committed < 500) {
    const auto n = ::read(ready[0], buf, sizeof buf);
    ASSERT_GT(n, 0);
    committed += n;
  }
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  ::close(ready[0]);
  ASSERT_TRUE(WIFSIGNALED(status));

  auto journal = open();
  auto active = journal->active_alarms();
  ASSERT_TRUE(active) << active.error().reason;
  // Everything reported committed is there (more may be: the kill can land after a commit and
  // before its report). Each alarm is whole: it decodes and has its event.
  EXPECT_GE(static_cast<long>(active->size()), committed);
  EXPECT_EQ(journal->recent_event_ids(1'000'000)->size(), active->size());
}

}  // namespace
}  // namespace anju::engine
