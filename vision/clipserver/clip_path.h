#pragma once
// Which file of the clip store a request path names. Only the store's layout is accepted
// (<YYYY-MM-DD>/<name>.<ext> with name in [A-Za-z0-9_-]): no percent-encoding, no "..", no other
// extension, so a path can never leave the store however it is spelled.
#include <string>
#include <string_view>

namespace anju::clipserver {

enum class ClipFile {
  kOriginal,   // <name>.mp4, unfiltered: managers only
  kPrivacy,    // <name>.privacy.mp4
  kThumbnail,  // <name>.jpg
  kSidecar,    // <name>.json
};

struct ClipTarget {
  std::string day;   // YYYY-MM-DD
  std::string name;  // <camera>-<HHMMSS>-<event>
  ClipFile file = ClipFile::kPrivacy;

  std::string id() const { return day + "/" + name; }  // the clip id
  std::string file_name() const;                       // "<name>.privacy.mp4", ...
};

struct Route {
  enum class Kind {
    kSession,   // /v1/session
    kClipFile,  // /v1/clips/<day>/<name>.<ext>
    kClipKeep,  // /v1/clips/<day>/<name>/keep
    kBadClip,   // under /v1/clips/ but not the layout: 400
    kUnknown,   // anything else: 404
  };
  Kind kind = Kind::kUnknown;
  ClipTarget clip;  // for kClipFile (all fields) and kClipKeep (day and name)
};

Route route_path(std::string_view path);

bool valid_day(std::string_view day);
bool valid_clip_name(std::string_view name);

std::string_view content_type(ClipFile file);

// Printable ASCII of an untrusted string for the audit and logs: other bytes as %XX, at most
// `max` characters.
std::string printable(std::string_view s, std::size_t max = 200);

}  // namespace anju::clipserver
