#include "app/sample_state.h"

#include "app/call_session.h"
#include "staff/staff_session.h"

namespace anju::kiosk {

void apply_sample(const std::string& sample, const KioskOptions& options, CallSession& call,
                  StaffSession& staff, const std::string& screen) {
  const bool emergency_mode = options.mode == KioskMode::kBathroom;
  auto& controller = call.controller();
  const KioskPlace& place = controller.place();
  auto press = [&] { emergency_mode ? call.emergency() : call.call(); };
  auto summary = [&](protocol::CallState state, const std::string& staff_id) {
    protocol::RoomSummary s;
    s.id = "sample-summary";
    s.ts = controller.snapshot().last_action_ts + 1;
    s.room = place.room;
    s.active = 1;
    s.top = emergency_mode ? protocol::Priority::kHigh : protocol::Priority::kMedium;
    s.call = state;
    s.alarm = "al-sample";
    s.staff = staff_id;
    controller.on_room_summary(s);
  };

  call.setConnected(sample != "offline" && sample != "connecting");
  if (sample == "placed" || sample == "connecting" || sample == "acknowledged" ||
      sample == "present")
    press();
  if (sample == "placed" || sample == "acknowledged" || sample == "present")
    summary(protocol::CallState::kPlaced, {});
  if (sample == "acknowledged") {
    protocol::Command ack;
    ack.id = "sample-ack";
    ack.ts = controller.snapshot().last_action_ts + 2;
    ack.node = place.node;
    ack.cmd = protocol::CommandType::kAcknowledged;
    ack.alarm = "al-sample";
    ack.staff = "nurse-li";
    controller.on_command(ack);
    if (options.mode == KioskMode::kBedside) call.requestService(QStringLiteral("water"));
  }
  if (sample == "present") summary(protocol::CallState::kPresent, "nurse-li");

  if (screen == "staff-pin" || screen == "staff-actions") {
    staff.begin();
    staff.pressKey(screen == "staff-pin" ? QStringLiteral("25")
                                         : QString::fromLatin1(kSampleStaffCode));
    if (screen == "staff-actions") staff.submit();
  }
}

bool sample_ready(const std::string& screen, const StaffSession& staff) {
  if (screen == "staff-actions") return staff.state() == StaffSession::State::SignedIn;
  return true;
}

}  // namespace anju::kiosk
