#pragma once
// A vision node's clip store: <root>/<YYYY-MM-DD>/<name>.{mp4,privacy.mp4,jpg,json,keep} (the
// clip contract). Names new clips, lists them, marks them kept, applies retention (by age in days
// and by a total size cap, oldest first, never a kept clip) and checks integrity at start: a clip
// that does not decode is moved to <root>/quarantine/<day>/ and reported, never silently deleted.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/result.h"

namespace anju::vision::clips {

struct ClipPaths {
  std::string day;   // YYYY-MM-DD (UTC)
  std::string name;  // <camera>-<HHMMSS>-<event>[-N]
  std::string id;    // <day>/<name>
  std::filesystem::path dir, mp4, privacy_mp4, jpg, json, keep;
};

struct StoredClip {
  ClipPaths paths;
  std::uintmax_t bytes = 0;  // all its files
  bool keep = false;
  bool finalised = false;  // has its sidecar
  std::filesystem::file_time_type written{};
};

struct RetentionPolicy {
  int max_days = 30;             // clips of days older than this go (0 = no age limit)
  std::uintmax_t max_bytes = 0;  // total size cap (0 = none)
};

struct RetentionReport {
  std::vector<std::string> deleted;        // clip ids
  std::vector<std::string> kept_over_cap;  // kept clips that the cap would otherwise have taken
  std::uintmax_t bytes_before = 0;
  std::uintmax_t bytes_after = 0;
};

struct IntegrityProblem {
  std::string id;
  std::string reason;
  std::filesystem::path moved_to;  // the quarantine folder it now lives in
};

struct IntegrityReport {
  std::size_t checked = 0;
  std::vector<IntegrityProblem> quarantined;
  std::vector<std::string> unfinished;  // playable but without a sidecar (interrupted recording)
};

// Only [A-Za-z0-9_-]; anything else becomes '_'.
std::string clip_name_part(const std::string& text);
// "YYYY-MM-DD" and "HHMMSS" of a wall-clock time, UTC.
std::string utc_day(TimestampMs ts);
std::string utc_hhmmss(TimestampMs ts);
// A clip id is "<YYYY-MM-DD>/<name>" with name of [A-Za-z0-9_-] only.
bool is_valid_clip_id(const std::string& id);

class ClipStore {
 public:
  explicit ClipStore(std::filesystem::path root);

  const std::filesystem::path& root() const { return root_; }
  // Paths for a new clip; the day folder is created and the name made unique.
  Result<ClipPaths> new_clip(const std::string& camera, const std::string& event, TimestampMs ts);
  ClipPaths paths(const std::string& id) const;  // id must be valid
  std::vector<StoredClip> list() const;          // oldest first
  bool set_keep(const std::string& id, bool keep, std::string& why);

  RetentionReport apply_retention(const RetentionPolicy& policy, TimestampMs now);
  // Opens and decodes the first frames of every clip (and its privacy version). A clip file that
  // is a symbolic link, or a sidecar that is not a JSON object or names another clip, is damaged.
  IntegrityReport check_integrity(int frames_to_decode = 3);

 private:
  std::filesystem::path root_;
};

// True if `file` demuxes and at least `frames` frames decode; otherwise `why` says what failed.
bool clip_decodes(const std::filesystem::path& file, int frames, std::string& why);

}  // namespace anju::vision::clips
