#pragma once
// The station's alarm state machine: the one writer of alarm state. Pure logic: events, presence
// records and heartbeats in, state changes out; time from an injected clock. The daemon around it
// journals every change before publishing it (journal.h), so a restart rebuilds the same state.
//
//   raised -> acknowledged -> present -> resolved      (console ack, staff at bedside, console)
//          \-----------------\---------\-> cancelled   (cancel at the bedside / at the source)
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/clock.h"
#include "common/ids.h"
#include "engine/alarm_policy.h"
#include "engine/alert_router.h"
#include "engine/incident_book.h"
#include "engine/rounds.h"
#include "protocol/messages.h"

namespace anju::engine {

struct EngineOutput {
  std::vector<protocol::AlarmState> alarms;   // changed alarms, to publish retained
  std::vector<protocol::RoomSummary> rooms;   // changed room summaries, retained
  std::vector<protocol::Command> commands;    // to single nodes ("nurse coming", ...)
  std::vector<protocol::Incident> incidents;  // changed incident records, retained
  std::vector<std::string> cleared_alarms;    // closed long ago: remove their retained message
  std::vector<std::string> notes;             // why an input changed nothing (logged, journalled)
  bool duplicate = false;                     // the input was a duplicate and was ignored

  bool empty() const {
    return alarms.empty() && rooms.empty() && commands.empty() && cleared_alarms.empty() &&
           incidents.empty();
  }
  void append(EngineOutput&& other);
};

struct EngineSettings {
  int supervision_misses = 3;          // heartbeats missed before a node is offline
  int closed_retained_s = 600;         // how long a closed alarm's retained state stays
  std::size_t dedup_window = 100'000;  // recent event ids remembered
};

class AlarmEngine {
 public:
  AlarmEngine(AlarmPolicy policy, const Clock& clock, EngineSettings settings = {},
              RoundsPolicy rounds = {});

  EngineOutput on_event(const protocol::Event& event);
  EngineOutput on_presence(const protocol::Presence& presence);
  EngineOutput on_heartbeat(const protocol::Heartbeat& heartbeat);
  // Escalation, node supervision, clearing old closed alarms. Call about once a second.
  EngineOutput tick();

  // Recovery: active alarms and recently seen event ids from the journal.
  void restore(const std::vector<protocol::AlarmState>& alarms,
               const std::vector<std::string>& seen_event_ids,
               const std::vector<protocol::Incident>& incidents = {});
  bool seen(const std::string& event_id) const { return seen_ids_.count(event_id) > 0; }

  std::vector<protocol::AlarmState> active_alarms() const;
  // Everything retained that a subscriber needs: every active alarm and every room summary (after
  // a restart of the engine or of the broker, published again).
  EngineOutput snapshot() const;
  std::vector<protocol::RoomSummary> room_summaries() const;
  const protocol::AlarmState* find(const std::string& alarm_id) const;
  std::size_t active_count() const { return active_.size(); }
  // Active alarms by status (raised, acknowledged, present) and by priority, for the metrics.
  std::map<std::string, int> active_by(bool priority) const;
  const RoundsTracker& rounds() const { return rounds_; }
  const IncidentBook& incidents() const { return incidents_; }
  // Starts rounds for rooms the facility configured (others start when first heard of).
  void track_rooms(const std::vector<std::string>& rooms);
  // Recovery: which nurse each room is assigned to (the journal's latest assign event per room).
  void restore_assignments(const std::map<std::string, std::string>& assigned);
  // Room -> the nurse it is assigned to this shift (assign events from a charge nurse's console).
  const std::map<std::string, std::string>& assignments() const { return assigned_; }
  const AlertRouter& router() const { return router_; }
  const AlarmPolicy& policy() const { return policy_; }

 private:
  struct NodeInfo {
    protocol::NodeKind kind = protocol::NodeKind::kKiosk;
    std::string room;
    int heartbeat_s = 0;
    TimestampMs last_seen = 0;
    bool online = false;
  };

  // Raising and closing.
  void raise(const std::string& type, const protocol::Event* source, const std::string& room,
             const std::string& node, const std::string& device, const std::string& detail,
             EngineOutput& out);
  void transition(protocol::AlarmState& alarm, protocol::AlarmStatus status, const std::string& by,
                  EngineOutput& out);
  // What a console may do with the alarm in its state now: the one place consoles learn the
  // policy from (on_console_action enforces the same rules).
  protocol::AlarmActions actions_for(const protocol::AlarmState& alarm) const;
  // Sets the alarm's actions and adds it to what is published.
  void publish(protocol::AlarmState& alarm, EngineOutput& out) const;
  void close_where(EngineOutput& out, protocol::AlarmStatus status, const std::string& by,
                   const std::function<bool(const protocol::AlarmState&)>& match);
  void notify_source(const protocol::AlarmState& alarm, protocol::CommandType cmd,
                     EngineOutput& out);

  // Per event type.
  void on_cancel(const protocol::Event& e, EngineOutput& out);
  void on_staff_present(const protocol::Event& e, EngineOutput& out);
  void on_console_action(const protocol::Event& e, EngineOutput& out);
  void on_alert_status(const protocol::Event& e, EngineOutput& out);
  // Routes that moved on (deadline, phone gone): their alarms are published again.
  void show_moved(const std::vector<AlertRoute>& routes, EngineOutput& out);
  // Paging (AlertRouter): who was told, copied into the alarm's published state.
  void page(protocol::AlarmState& a);
  static void show_route(const AlertRoute& route, protocol::AlarmState& a);
  void update_staffing();

  void node_offline(const std::string& node, const std::string& why, EngineOutput& out);
  void node_online(const std::string& node, EngineOutput& out);

  void touch_room(const std::string& room);
  // Ends every input: room summaries of touched rooms, incidents of changed alarms.
  void finish(EngineOutput& out);
  void flush_rooms(EngineOutput& out);
  void watch_rounds(TimestampMs t);
  protocol::RoomSummary summarize(const std::string& room) const;
  bool remember(const std::string& event_id);
  std::string dedup_key(const std::string& type, const std::string& room, const std::string& bed,
                        const std::string& node, const std::string& device,
                        const std::string& detail) const;
  TimestampMs now() const { return clock_.now_ms(); }

  AlarmPolicy policy_;
  const Clock& clock_;
  EngineSettings settings_;
  IdGenerator alarm_ids_{"al"};
  mutable IdGenerator message_ids_{"engine"};  // also for snapshots (room_summaries)

  std::map<std::string, protocol::AlarmState> active_;          // by alarm id
  std::unordered_map<std::string, std::string> active_by_key_;  // dedup key -> alarm id
  std::unordered_map<std::string, std::string> key_of_;         // alarm id -> dedup key
  std::deque<std::pair<TimestampMs, std::string>> closed_;      // to clear from the broker
  std::map<std::string, std::string> room_staff_;               // staff present per room
  std::map<std::string, std::string> assigned_;                 // room -> assigned nurse
  std::string charge_nurse_;  // who handed out the rooms: the shift's charge nurse
  std::map<std::string, TimestampMs> room_cancelled_at_;  // last bedside cancel per room
  std::set<std::string> known_rooms_;
  std::set<std::string> dirty_rooms_;
  std::map<std::string, NodeInfo> nodes_;
  std::unordered_set<std::string> seen_ids_;
  std::deque<std::string> seen_order_;
  RoundsTracker rounds_;
  std::map<std::string, protocol::RoundState> round_shown_;  // per room, as last published
  IncidentBook incidents_;
  TimestampMs started_ = 0;
  AlertRouter router_{RoutingPolicy{}, clock_};
};

}  // namespace anju::engine
