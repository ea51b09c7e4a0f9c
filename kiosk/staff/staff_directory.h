#pragma once
// The staff who may use staff mode on this kiosk, from a text file (one line per staff member):
//
//   # staff-id   code hash (anju-kiosk --hash-pin)                  display name
//   nurse-li     pbkdf2-sha256$20000$9f3c...$51ab...               李娜
//
// Lines starting with '#' are comments. A staff member may have several lines (a PIN and a badge
// code). Lines are checked when the file is loaded, so a bad line is reported at start, not when a
// nurse is at the bedside.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace anju::kiosk {

struct StaffMember {
  std::string id;
  std::string display_name;  // what residents see ("李娜"); the id if none is given
};

class StaffDirectory {
 public:
  static Result<StaffDirectory> parse(std::string_view text);
  static Result<StaffDirectory> load(const std::string& path);

  // The staff member whose PIN or badge code this is. Slow on purpose (one PBKDF2 per line): call
  // it off the GUI thread.
  std::optional<StaffMember> verify(std::string_view code) const;

  // The display name for a staff id (from this file), or the id itself.
  std::string display_name(const std::string& staff_id) const;
  bool empty() const { return entries_.empty(); }
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    StaffMember member;
    std::string hash;
  };
  std::vector<Entry> entries_;
};

}  // namespace anju::kiosk
