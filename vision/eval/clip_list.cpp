#include "eval/clip_list.h"

#include <charconv>
#include <fstream>
#include <map>
#include <sstream>

namespace anju::vision::eval {
namespace {

std::optional<double> parse_number(const std::string& s) {
  if (s.empty()) return std::nullopt;
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

// "30/1" or "15000/1001" or "29.97".
std::optional<double> parse_rate(const std::string& s) {
  const auto slash = s.find('/');
  if (slash == std::string::npos) return parse_number(s);
  const auto num = parse_number(s.substr(0, slash));
  const auto den = parse_number(s.substr(slash + 1));
  if (!num || !den || *den <= 0) return std::nullopt;
  return *num / *den;
}

std::optional<cv::Rect> parse_crop(const std::string& s) {
  std::vector<int> v;
  std::stringstream in(s);
  std::string part;
  while (std::getline(in, part, ',')) {
    const auto n = parse_number(part);
    if (!n) return std::nullopt;
    v.push_back(static_cast<int>(*n));
  }
  if (v.size() != 4 || v[2] <= 0 || v[3] <= 0) return std::nullopt;
  return cv::Rect(v[0], v[1], v[2], v[3]);
}

Error bad_row(std::size_t line, const std::string& why) {
  return Error{ErrorCode::kMalformed, "clip list line " + std::to_string(line) + ": " + why};
}

}  // namespace

std::vector<std::string> split_csv_line(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

Result<std::vector<ClipSpec>> parse_clip_list(const std::string& csv_text) {
  std::stringstream in(csv_text);
  std::string line;
  if (!std::getline(in, line)) return Error{ErrorCode::kMalformed, "clip list is empty"};
  std::map<std::string, std::size_t> column;
  const auto header = split_csv_line(line);
  for (std::size_t i = 0; i < header.size(); ++i) column[header[i]] = i;
  for (const char* required : {"file", "label"}) {
    if (!column.count(required)) {
      return Error{ErrorCode::kMissingField,
                   std::string("clip list has no '") + required + "' column"};
    }
  }
  std::vector<ClipSpec> clips;
  std::size_t line_no = 1;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line == "\r") continue;
    const auto f = split_csv_line(line);
    auto field = [&](const char* name) -> std::string {
      const auto it = column.find(name);
      return it != column.end() && it->second < f.size() ? f[it->second] : std::string();
    };
    ClipSpec clip;
    clip.file = field("file");
    clip.dataset = field("dataset").empty() ? "unnamed" : field("dataset");
    const std::string label = field("label");
    if (clip.file.empty()) return bad_row(line_no, "empty file");
    if (label != "fall" && label != "adl") return bad_row(line_no, "label must be fall or adl");
    clip.is_fall = label == "fall";
    clip.fall_start_s = parse_number(field("fall_start_s"));
    clip.fall_end_s = parse_number(field("fall_end_s"));
    if (!field("crop").empty()) {
      clip.crop = parse_crop(field("crop"));
      if (!clip.crop) return bad_row(line_no, "crop must be x,y,w,h");
    }
    clip.fps = parse_rate(field("fps"));
    clips.push_back(std::move(clip));
  }
  return clips;
}

Result<std::vector<ClipSpec>> read_clip_list(const std::filesystem::path& csv_file) {
  std::ifstream in(csv_file, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, "cannot read clip list " + csv_file.string()};
  std::stringstream text;
  text << in.rdbuf();
  return parse_clip_list(text.str());
}

}  // namespace anju::vision::eval
