#include "staff/staff_directory.h"

#include <cctype>
#include <fstream>
#include <sstream>

#include "protocol/topics.h"
#include "staff/pin_hash.h"

namespace anju::kiosk {

Result<StaffDirectory> StaffDirectory::parse(std::string_view text) {
  StaffDirectory out;
  std::istringstream lines{std::string(text)};
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    std::istringstream fields(line);
    Entry e;
    if (!(fields >> e.member.id) || e.member.id.starts_with('#')) continue;  // blank or comment
    const std::string where = "line " + std::to_string(number) + ": ";
    if (!protocol::is_valid_id(e.member.id))
      return Error{ErrorCode::kConfig, where + "bad staff id '" + e.member.id + "'"};
    if (!(fields >> e.hash) || !is_pin_hash(e.hash))
      return Error{ErrorCode::kConfig,
                   where + "expected a code hash from 'anju-kiosk --hash-pin' after the staff id"};
    std::getline(fields >> std::ws, e.member.display_name);
    while (!e.member.display_name.empty() &&
           std::isspace(static_cast<unsigned char>(e.member.display_name.back())))
      e.member.display_name.pop_back();
    if (e.member.display_name.empty()) e.member.display_name = e.member.id;
    out.entries_.push_back(std::move(e));
  }
  return out;
}

Result<StaffDirectory> StaffDirectory::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Error{ErrorCode::kIo, "cannot read staff file " + path};
  std::stringstream text;
  text << in.rdbuf();
  auto parsed = parse(text.str());
  if (!parsed) return Error{parsed.error().code, path + ": " + parsed.error().reason};
  return parsed;
}

std::optional<StaffMember> StaffDirectory::verify(std::string_view code) const {
  if (code.empty()) return std::nullopt;
  std::optional<StaffMember> found;
  // Every line is checked even after a match, so the time taken does not tell which line matched.
  for (const auto& e : entries_)
    if (verify_pin(code, e.hash) && !found) found = e.member;
  return found;
}

std::string StaffDirectory::display_name(const std::string& staff_id) const {
  for (const auto& e : entries_)
    if (e.member.id == staff_id) return e.member.display_name;
  return staff_id;
}

}  // namespace anju::kiosk
