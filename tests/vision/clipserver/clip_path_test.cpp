// Request paths to clip files: only the store's layout maps to a file; everything else, however
// it is encoded, is refused.
#include "clipserver/clip_path.h"

#include <gtest/gtest.h>

namespace anju::clipserver {
namespace {

TEST(ClipPath, MapsTheLayoutsFiles) {
  const auto r = route_path("/v1/clips/2026-11-23/cam-101-031502-fall.privacy.mp4");
  ASSERT_EQ(r.kind, Route::Kind::kClipFile);
  EXPECT_EQ(r.clip.id(), "2026-11-23/cam-101-031502-fall");
  EXPECT_EQ(r.clip.file, ClipFile::kPrivacy);
  EXPECT_EQ(r.clip.file_name(), "cam-101-031502-fall.privacy.mp4");
  EXPECT_EQ(route_path("/v1/clips/2026-11-23/c_1-000000-fall.mp4").clip.file, ClipFile::kOriginal);
  EXPECT_EQ(route_path("/v1/clips/2026-11-23/c-000000-fall.jpg").clip.file, ClipFile::kThumbnail);
  EXPECT_EQ(route_path("/v1/clips/2026-11-23/c-000000-fall.json").clip.file, ClipFile::kSidecar);
  const auto keep = route_path("/v1/clips/2026-11-23/c-000000-fall/keep");
  EXPECT_EQ(keep.kind, Route::Kind::kClipKeep);
  EXPECT_EQ(keep.clip.id(), "2026-11-23/c-000000-fall");
  EXPECT_EQ(route_path("/v1/session").kind, Route::Kind::kSession);
  EXPECT_EQ(route_path("/").kind, Route::Kind::kUnknown);
  EXPECT_EQ(route_path("/v1/clipsx").kind, Route::Kind::kUnknown);
}

TEST(ClipPath, RefusesEverythingElseUnderClips) {
  for (const char* path : {
           "/v1/clips/",
           "/v1/clips/2026-11-23",
           "/v1/clips/2026-11-23/",
           "/v1/clips/../../etc/passwd",
           "/v1/clips/2026-11-23/../../etc/passwd",
           "/v1/clips/2026-11-23/..%2f..%2fsecret.mp4",
           "/v1/clips/%2e%2e/%2e%2e/secret.mp4",
           "/v1/clips/2026-11-23/%2e%2e.mp4",
           "/v1/clips/2026-11-23/cam.mp4/../x.mp4",
           "/v1/clips//etc/passwd",
           "/v1/clips/2026-11-23//etc/passwd.mp4",
           "/v1/clips/2026-13-01/c.mp4",
           "/v1/clips/2026-1-01/c.mp4",
           "/v1/clips/2026-11-23/c.keep",
           "/v1/clips/2026-11-23/c.txt",
           "/v1/clips/2026-11-23/c.mp4.bak",
           "/v1/clips/2026-11-23/c.privacy.jpg",
           "/v1/clips/2026-11-23/.mp4",
           "/v1/clips/2026-11-23/c/keep/x",
           "/v1/clips/2026-11-23/c/delete",
           "/v1/clips/2026-11-23/c d.mp4",
       })
    EXPECT_EQ(route_path(path).kind, Route::Kind::kBadClip) << path;
}

TEST(ClipPath, PrintableEscapesUntrustedBytes) {
  EXPECT_EQ(printable("a/b%2e\n\xff"), "a/b%252e%0A%FF");
  EXPECT_EQ(printable(std::string(300, 'a'), 10), "aaaaaaaaaa...");
}

}  // namespace
}  // namespace anju::clipserver
