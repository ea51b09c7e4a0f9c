// libFuzzer entry point for the files a kiosk reads at start: the day schedule and the place
// directory (JSON) and the staff directory (lines of id, name and PIN hash). The same input goes to
// each parser; any input must give a value or a Result error, never a crash or an exception.
#include <cstdint>
#include <string_view>

#include "facility/day_schedule.h"
#include "facility/directory.h"
#include "staff/staff_directory.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  (void)anju::kiosk::DaySchedule::parse(input);
  (void)anju::kiosk::parse_directory(input);
  (void)anju::kiosk::StaffDirectory::parse(input);
  return 0;
}
