#pragma once
// Sample states for --screenshot: the real CallSession and StaffSession are driven through the
// same inputs the bus and the keypad would give, so a screenshot shows what a resident would see.
#include <string>

#include "cli/kiosk_options.h"

namespace anju::kiosk {

class CallSession;
class StaffSession;

// sample: idle offline placed connecting acknowledged present; screen: home today staff-pin
// staff-actions (staff-actions signs in the sample staff member with the sample code).
void apply_sample(const std::string& sample, const KioskOptions& options, CallSession& call,
                  StaffSession& staff, const std::string& screen);
// True once the sample is fully shown (a staff sign-in is checked off the GUI thread).
bool sample_ready(const std::string& screen, const StaffSession& staff);

inline constexpr const char* kSampleStaffCode = "2580";  // in assets/kiosk/kiosk-staff.conf only

}  // namespace anju::kiosk
