// AlarmLog (behind the headless demo's events.json): the latest state of each alarm in the order
// first seen, clip_ready events, incidents; stale, cleared and undecodable messages change nothing.
#include "alarm_log.h"

#include <gtest/gtest.h>

#include "protocol/codec.h"

namespace anju::demo {
namespace {

using protocol::TopicKind;

protocol::AlarmState alarm(std::string id, protocol::AlarmStatus status, TimestampMs ts) {
  protocol::AlarmState a;
  a.id = "engine-1-" + std::to_string(ts);
  a.ts = ts;
  a.alarm = std::move(id);
  a.type = "fall";
  a.priority = protocol::Priority::kHigh;
  a.status = status;
  a.room = "103";
  a.node = "vision-1";
  a.device = "cam-103";
  a.raised_ts = 1000;
  a.clip = "vision-1/2026-11-23/cam-103-031502-fall";
  return a;
}

void add(AlarmLog& log, const protocol::AlarmState& a) {
  log.add(protocol::topic("demo", TopicKind::kAlarm, a.alarm), protocol::encode(a));
}

TEST(AlarmLog, KeepsTheLatestStateOfEachAlarmInTheOrderFirstSeen) {
  AlarmLog log;
  add(log, alarm("al-1", protocol::AlarmStatus::kRaised, 2000));
  add(log, alarm("al-2", protocol::AlarmStatus::kRaised, 2100));
  auto acknowledged = alarm("al-1", protocol::AlarmStatus::kAcknowledged, 3000);
  acknowledged.by = "n01";
  acknowledged.acknowledged_ts = 3000;
  add(log, acknowledged);
  add(log, alarm("al-1", protocol::AlarmStatus::kRaised, 2500));  // late, older: ignored

  const auto json = log.to_json();
  ASSERT_EQ(json["alarms"].size(), 2u);
  EXPECT_EQ(json["alarms"][0]["alarm"], "al-1");
  EXPECT_EQ(json["alarms"][0]["status"], "acknowledged");
  EXPECT_EQ(json["alarms"][0]["by"], "n01");
  EXPECT_EQ(json["alarms"][0]["priority"], "high");
  EXPECT_EQ(json["alarms"][0]["type"], "fall");
  EXPECT_EQ(json["alarms"][0]["clip"], "vision-1/2026-11-23/cam-103-031502-fall");
  EXPECT_EQ(json["alarms"][1]["alarm"], "al-2");
}

TEST(AlarmLog, RecordsClipReadyEventsAndIncidents) {
  AlarmLog log;
  protocol::Event ready;
  ready.id = "vision-1-1";
  ready.ts = 5000;
  ready.seq = 1;
  ready.node = "vision-1";
  ready.type = protocol::EventType::kClipReady;
  ready.room = "103";
  ready.device = "cam-103";
  ready.clip = "vision-1/2026-11-23/cam-103-031502-fall";
  ready.clip_start_ts = 1000;
  ready.clip_end_ts = 4000;
  log.add(protocol::topic("demo", TopicKind::kEvent, "vision-1"), protocol::encode(ready));
  protocol::Incident incident;
  incident.id = "engine-1-9";
  incident.ts = 5100;
  incident.incident = incident.alarm = "al-1";
  incident.type = "fall";
  incident.clip = ready.clip;
  log.add(protocol::topic("demo", TopicKind::kIncident, "al-1"), protocol::encode(incident));

  const auto json = log.to_json();
  ASSERT_EQ(json["clips"].size(), 1u);
  EXPECT_EQ(json["clips"][0]["clip"], ready.clip);
  EXPECT_EQ(json["clips"][0]["camera"], "cam-103");
  EXPECT_EQ(json["clips"][0]["clip_end_ts"], 4000);
  ASSERT_EQ(json["incidents"].size(), 1u);
  EXPECT_EQ(json["incidents"][0]["incident"], "al-1");
  EXPECT_EQ(json["incidents"][0]["clip"], ready.clip);
  EXPECT_TRUE(json["alarms"].empty());
}

TEST(AlarmLog, IgnoresClearedTopicsBadPayloadsAndOtherMessages) {
  AlarmLog log;
  log.add(protocol::topic("demo", TopicKind::kAlarm, "al-1"), "");
  log.add(protocol::topic("demo", TopicKind::kAlarm, "al-1"), "{not json");
  // An alarm whose id does not match its topic is refused by the codec, so not recorded.
  log.add(protocol::topic("demo", TopicKind::kAlarm, "al-9"),
          protocol::encode(alarm("al-1", protocol::AlarmStatus::kRaised, 1)));
  protocol::Presence presence;
  presence.id = "sim-1";
  presence.ts = 1;
  presence.node = "sim";
  presence.kind = protocol::NodeKind::kSimulator;
  log.add(protocol::topic("demo", TopicKind::kPresence, "sim"), protocol::encode(presence));

  const auto json = log.to_json();
  EXPECT_TRUE(json["alarms"].empty());
  EXPECT_TRUE(json["clips"].empty());
  EXPECT_TRUE(json["incidents"].empty());
}

}  // namespace
}  // namespace anju::demo
