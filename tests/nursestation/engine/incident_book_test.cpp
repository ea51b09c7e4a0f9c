// Incidents: a fall with a clip becomes a record a manager reviews; the clip's span arrives later
// (or earlier) from the vision node; the review is kept; the journal keeps them across restarts.
#include "engine/incident_book.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "engine/alarm_engine.h"
#include "engine/journal.h"
#include "engine_test_support.h"

namespace anju::engine {
namespace {

using protocol::EventType;
using testing::console_action;
using testing::make_event;

constexpr const char* kClip = "vision-1/2026-11-23/cam-101-031502-fall";

protocol::Event fall_with_clip(TimestampMs ts) {
  auto e = make_event(EventType::kFall, "101", "vision-1", ts);
  e.device = "cam-101";
  e.confidence = 0.9;
  e.clip = kClip;
  return e;
}

protocol::Event clip_ready(TimestampMs start, TimestampMs end) {
  auto e = make_event(EventType::kClipReady, "101", "vision-1", end + 1000);
  e.device = "cam-101";
  e.clip = kClip;
  e.clip_start_ts = start;
  e.clip_end_ts = end;
  return e;
}

protocol::Event review(const std::string& incident, const std::string& outcome) {
  auto e = console_action(EventType::kIncidentReview, incident, "m01", 0);
  e.outcome = outcome;
  e.detail = "Found sitting by the bed; no injury";
  e.root_cause = "slippers";
  return e;
}

TEST(ClipNode, IsTheFirstPathPartOfAReference) {
  EXPECT_EQ(clip_node(kClip), "vision-1");
  EXPECT_EQ(clip_node("no-slash"), "");
  EXPECT_EQ(clip_node("/leading"), "");
}

TEST(IncidentBook, AnAlarmWithoutAClipIsNoIncident) {
  IncidentBook book;
  protocol::AlarmState a;
  a.alarm = "al-1";
  a.type = "call";
  EXPECT_FALSE(book.on_alarm(a));
  EXPECT_TRUE(book.all().empty());
}

TEST(IncidentBook, AClipReadyBeforeItsAlarmIsNotLost) {
  IncidentBook book;
  EXPECT_FALSE(book.on_clip_ready(clip_ready(1000, 31000)));
  protocol::AlarmState a;
  a.alarm = "al-7";
  a.type = "fall";
  a.clip = kClip;
  a.raised_ts = 11000;
  auto i = book.on_alarm(a);
  ASSERT_TRUE(i);
  EXPECT_EQ(i->clip_start_ts, 1000);
  EXPECT_EQ(i->clip_end_ts, 31000);
  EXPECT_EQ(i->node, "vision-1");
  EXPECT_FALSE(book.on_alarm(a)) << "the same state again changes nothing";
}

TEST(IncidentBook, AReviewOfAnUnknownIncidentIsANoteNotAChange) {
  IncidentBook book;
  std::string note;
  EXPECT_FALSE(book.on_review(review("al-none", "fall"), 5, note));
  EXPECT_NE(note.find("al-none"), std::string::npos);
}

class IncidentEngineTest : public ::testing::Test {
 protected:
  ManualClock clock;
  AlarmEngine engine{AlarmPolicy::defaults(), clock};
};

TEST_F(IncidentEngineTest, AFallWithAClipFollowsTheAlarmThenTakesTheClipAndTheReview) {
  const TimestampMs t0 = clock.now_ms();
  auto out = engine.on_event(fall_with_clip(t0));
  ASSERT_EQ(out.alarms.size(), 1u);
  ASSERT_EQ(out.incidents.size(), 1u);
  const auto id = out.alarms[0].alarm;
  EXPECT_EQ(out.incidents[0].incident, id);
  EXPECT_EQ(out.incidents[0].camera, "cam-101");
  EXPECT_EQ(out.incidents[0].priority, protocol::Priority::kHigh);
  EXPECT_EQ(out.incidents[0].clip_end_ts, 0) << "the clip is still being recorded";

  clock.advance(20'000);
  out = engine.on_event(console_action(EventType::kAlarmAck, id, "n01", clock.now_ms()));
  ASSERT_EQ(out.incidents.size(), 1u) << "how fast staff came is part of the incident";
  EXPECT_EQ(out.incidents[0].acknowledged_ts, clock.now_ms());

  out = engine.on_event(clip_ready(t0 - 10'000, t0 + 20'000));
  ASSERT_EQ(out.incidents.size(), 1u);
  EXPECT_EQ(out.incidents[0].clip_start_ts, t0 - 10'000);
  EXPECT_EQ(out.incidents[0].clip_end_ts, t0 + 20'000);

  clock.advance(86'400'000);
  out = engine.on_event(review(id, "self_lowering"));
  ASSERT_EQ(out.incidents.size(), 1u);
  const auto& i = out.incidents[0];
  EXPECT_EQ(i.outcome, "self_lowering");
  EXPECT_EQ(i.notes, "Found sitting by the bed; no injury");
  EXPECT_EQ(i.root_cause, "slippers");
  EXPECT_EQ(i.reviewed_by, "m01");
  EXPECT_EQ(i.reviewed_ts, clock.now_ms());
  EXPECT_TRUE(out.alarms.empty()) << "a review changes no alarm";
}

TEST_F(IncidentEngineTest, IncidentsSurviveARestartThroughTheJournal) {
  const auto dir =
      std::filesystem::temp_directory_path() / ("anju-incidents-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::string id;
  {
    auto journal = Journal::open(dir / "j.db");
    ASSERT_TRUE(journal) << journal.error().reason;
    const auto fall = fall_with_clip(clock.now_ms());
    auto out = engine.on_event(fall);
    id = out.alarms.at(0).alarm;
    ASSERT_TRUE(journal.value()->record(&fall, "{}", out, clock.now_ms()));
    const auto r = review(id, "near_miss");
    out = engine.on_event(r);
    ASSERT_TRUE(journal.value()->record(&r, "{}", out, clock.now_ms()));
  }
  auto journal = Journal::open(dir / "j.db");
  ASSERT_TRUE(journal);
  auto incidents = journal.value()->incidents_since(0);
  ASSERT_TRUE(incidents) << incidents.error().reason;
  ASSERT_EQ(incidents.value().size(), 1u);
  EXPECT_EQ(incidents.value()[0].outcome, "near_miss");

  AlarmEngine restarted(AlarmPolicy::defaults(), clock);
  restarted.restore({}, {}, incidents.value());
  auto out = restarted.on_event(review(id, "fall"));
  ASSERT_EQ(out.incidents.size(), 1u) << "the restored incident can be reviewed again";
  EXPECT_EQ(out.incidents[0].outcome, "fall");
  EXPECT_EQ(out.incidents[0].clip, kClip);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace anju::engine
