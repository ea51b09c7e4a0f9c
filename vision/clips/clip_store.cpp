#include "clips/clip_store.h"

#include <algorithm>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "clips/video_reader.h"

namespace anju::vision::clips {
namespace fs = std::filesystem;
namespace {

const char* kSuffixes[] = {".mp4", ".privacy.mp4", ".jpg", ".json", ".keep"};

std::tm utc(TimestampMs ts) {
  const std::time_t seconds = static_cast<std::time_t>(ts / 1000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  return tm;
}

bool is_day(const std::string& text) {
  static const std::regex kDay(R"(\d{4}-\d{2}-\d{2})");
  return std::regex_match(text, kDay);
}

bool is_name(const std::string& text) {
  return !text.empty() && text.size() <= 128 && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
  });
}

// Days since the epoch of a "YYYY-MM-DD" (UTC).
long day_number(const std::string& day) {
  std::tm tm{};
  tm.tm_year = std::stoi(day.substr(0, 4)) - 1900;
  tm.tm_mon = std::stoi(day.substr(5, 2)) - 1;
  tm.tm_mday = std::stoi(day.substr(8, 2));
  return static_cast<long>(timegm(&tm) / 86400);
}

std::uintmax_t size_or_zero(const fs::path& file) {
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  return ec ? 0 : size;
}

void remove_clip_files(const ClipPaths& paths) {
  std::error_code ec;
  for (const auto& file : {paths.mp4, paths.privacy_mp4, paths.jpg, paths.json}) {
    fs::remove(file, ec);
  }
  if (fs::is_empty(paths.dir, ec)) fs::remove(paths.dir, ec);
}

// A sidecar is a JSON object; its "clip", when present, is this clip's id.
bool sidecar_matches(const ClipPaths& paths, std::string& why) {
  std::ifstream in(paths.json, std::ios::binary);
  const auto sidecar = nlohmann::json::parse(in, nullptr, false);
  if (sidecar.is_discarded() || !sidecar.is_object()) {
    why = "the sidecar " + paths.json.filename().string() + " is not a JSON object";
    return false;
  }
  const auto clip = sidecar.find("clip");
  if (clip != sidecar.end() && (!clip->is_string() || clip->get<std::string>() != paths.id)) {
    why = "the sidecar " + paths.json.filename().string() + " names another clip: " +
          clip->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return false;
  }
  return true;
}

}  // namespace

std::string clip_name_part(const std::string& text) {
  std::string out = text;
  for (char& c : out) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') c = '_';
  }
  return out.empty() ? "_" : out;
}

std::string utc_day(TimestampMs ts) {
  const std::tm tm = utc(ts);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
  return text;
}

std::string utc_hhmmss(TimestampMs ts) {
  const std::tm tm = utc(ts);
  char text[16];
  std::strftime(text, sizeof text, "%H%M%S", &tm);
  return text;
}

bool is_valid_clip_id(const std::string& id) {
  const auto slash = id.find('/');
  return slash == 10 && is_day(id.substr(0, 10)) && is_name(id.substr(11));
}

ClipStore::ClipStore(fs::path root) : root_(std::move(root)) {}

ClipPaths ClipStore::paths(const std::string& id) const {
  ClipPaths p;
  p.day = id.substr(0, 10);
  p.name = id.substr(11);
  p.id = id;
  p.dir = root_ / p.day;
  p.mp4 = p.dir / (p.name + ".mp4");
  p.privacy_mp4 = p.dir / (p.name + ".privacy.mp4");
  p.jpg = p.dir / (p.name + ".jpg");
  p.json = p.dir / (p.name + ".json");
  p.keep = p.dir / (p.name + ".keep");
  return p;
}

Result<ClipPaths> ClipStore::new_clip(const std::string& camera, const std::string& event,
                                      TimestampMs ts) {
  const std::string day = utc_day(ts);
  const std::string base =
      clip_name_part(camera) + "-" + utc_hhmmss(ts) + "-" + clip_name_part(event);
  std::error_code ec;
  fs::create_directories(root_ / day, ec);
  if (ec)
    return Error{ErrorCode::kIo,
                 "clip store: cannot create " + (root_ / day).string() + ": " + ec.message()};
  for (int n = 1; n < 1000; ++n) {
    const std::string name = n == 1 ? base : base + "-" + std::to_string(n);
    ClipPaths p = paths(day + "/" + name);
    if (!fs::exists(p.mp4) && !fs::exists(p.json)) return p;
  }
  return Error{ErrorCode::kIo, "clip store: too many clips named " + base};
}

std::vector<StoredClip> ClipStore::list() const {
  std::vector<StoredClip> clips;
  std::error_code ec;
  for (const auto& day_dir : fs::directory_iterator(root_, ec)) {
    const std::string day = day_dir.path().filename().string();
    if (!day_dir.is_directory() || !is_day(day)) continue;
    for (const auto& entry : fs::directory_iterator(day_dir.path(), ec)) {
      const std::string file = entry.path().filename().string();
      // One clip per original .mp4, or per sidecar when the original is gone.
      std::string name;
      if (file.ends_with(".privacy.mp4")) continue;
      if (file.ends_with(".mp4"))
        name = file.substr(0, file.size() - 4);
      else if (file.ends_with(".json") &&
               !fs::exists(day_dir.path() / (file.substr(0, file.size() - 5) + ".mp4")))
        name = file.substr(0, file.size() - 5);
      if (!is_name(name)) continue;
      StoredClip clip;
      clip.paths = paths(day + "/" + name);
      for (const auto& f :
           {clip.paths.mp4, clip.paths.privacy_mp4, clip.paths.jpg, clip.paths.json}) {
        clip.bytes += size_or_zero(f);
      }
      clip.keep = fs::exists(clip.paths.keep);
      clip.finalised = fs::exists(clip.paths.json);
      clip.written = fs::last_write_time(entry.path(), ec);
      clips.push_back(std::move(clip));
    }
  }
  std::sort(clips.begin(), clips.end(), [](const StoredClip& a, const StoredClip& b) {
    if (a.paths.day != b.paths.day) return a.paths.day < b.paths.day;
    if (a.written != b.written) return a.written < b.written;
    return a.paths.name < b.paths.name;
  });
  return clips;
}

bool ClipStore::set_keep(const std::string& id, bool keep, std::string& why) {
  if (!is_valid_clip_id(id)) {
    why = "not a clip id: " + id;
    return false;
  }
  const ClipPaths p = paths(id);
  if (!fs::exists(p.mp4) && !fs::exists(p.json)) {
    why = "no clip " + id;
    return false;
  }
  std::error_code ec;
  if (keep) {
    std::ofstream(p.keep) << "kept\n";
    if (!fs::exists(p.keep)) {
      why = "cannot write " + p.keep.string();
      return false;
    }
  } else {
    fs::remove(p.keep, ec);
  }
  return true;
}

RetentionReport ClipStore::apply_retention(const RetentionPolicy& policy, TimestampMs now) {
  RetentionReport report;
  std::vector<StoredClip> clips = list();
  for (const auto& c : clips) report.bytes_before += c.bytes;
  const long today = day_number(utc_day(now));
  std::uintmax_t total = report.bytes_before;
  for (const auto& clip : clips) {  // oldest first
    const bool too_old =
        policy.max_days > 0 && today - day_number(clip.paths.day) > policy.max_days;
    const bool over_cap = policy.max_bytes > 0 && total > policy.max_bytes;
    if (!too_old && !over_cap) continue;
    if (clip.keep) {
      if (over_cap) report.kept_over_cap.push_back(clip.paths.id);
      continue;
    }
    remove_clip_files(clip.paths);
    total -= clip.bytes;
    report.deleted.push_back(clip.paths.id);
  }
  report.bytes_after = total;
  return report;
}

bool clip_decodes(const fs::path& file, int frames, std::string& why) {
  auto reader = VideoReader::open(file.string());
  if (!reader) {
    why = reader.error().reason;
    return false;
  }
  VideoReader& r = *reader.value();
  PacketPtr packet = make_packet();
  std::vector<DecodedFrame> decoded;
  while (static_cast<int>(decoded.size()) < frames) {
    const auto status = r.read(packet.get(), why);
    if (status == VideoReader::Read::kError) return false;
    if (status == VideoReader::Read::kEnd) {
      r.decode(nullptr, decoded, why);
      break;
    }
    if (!r.decode(packet.get(), decoded, why)) return false;
  }
  if (static_cast<int>(decoded.size()) < frames) {
    why =
        file.filename().string() + ": only " + std::to_string(decoded.size()) + " frame(s) decode";
    return false;
  }
  return true;
}

IntegrityReport ClipStore::check_integrity(int frames_to_decode) {
  IntegrityReport report;
  for (const auto& clip : list()) {
    ++report.checked;
    std::string why;
    bool ok = true;
    if (fs::is_symlink(clip.paths.mp4) || fs::is_symlink(clip.paths.privacy_mp4)) {
      ok = false;  // a clip's files are its own, never links (they could lead out of the store)
      why = "a clip file is a symbolic link";
    } else if (!fs::exists(clip.paths.mp4)) {
      ok = false;
      why = "the original clip is missing";
    } else if (clip.finalised && !sidecar_matches(clip.paths, why)) {
      ok = false;
    } else if (!clip_decodes(clip.paths.mp4, frames_to_decode, why)) {
      ok = false;
    } else if (fs::exists(clip.paths.privacy_mp4) &&
               !clip_decodes(clip.paths.privacy_mp4, frames_to_decode, why)) {
      ok = false;
      why = "privacy version: " + why;
    }
    if (ok) {
      if (!clip.finalised) report.unfinished.push_back(clip.paths.id);
      continue;
    }
    IntegrityProblem problem{clip.paths.id, why, root_ / "quarantine" / clip.paths.day};
    std::error_code ec;
    fs::create_directories(problem.moved_to, ec);
    for (const char* suffix : kSuffixes) {
      const fs::path from = clip.paths.dir / (clip.paths.name + suffix);
      if (fs::exists(from)) fs::rename(from, problem.moved_to / from.filename(), ec);
    }
    if (fs::is_empty(clip.paths.dir, ec)) fs::remove(clip.paths.dir, ec);
    report.quarantined.push_back(std::move(problem));
  }
  return report;
}

}  // namespace anju::vision::clips
