// Incident clips under fault: the clip store's file system fills up while a fall is recorded (a
// real 2 MB tmpfs, so writes fail with ENOSPC), and clip files are tampered with after they were
// written. The alarm never waits on a clip, a clip that did not complete is never announced or
// counted as good, and anju-clipd never serves a file from outside the store.
#include <gtest/gtest.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>

#include "auth/user_store.h"
#include "clips/clip_finaliser.h"
#include "clips/clip_recorder.h"
#include "clips/clip_store.h"
#include "clipserver/clip_service.h"
#include "daemon/camera_worker.h"
#include "daemon/clip_jobs.h"
#include "support/capture_sink.h"
#include "vision/clips/test_video.h"

namespace anju::fault {
namespace {

namespace fs = std::filesystem;
using vision::clips::ClipPaths;
using vision::clips::ClipStore;

using test::CaptureSink;

const protocol::Event* first_of(const std::vector<protocol::Event>& events,
                                protocol::EventType type) {
  for (const auto& e : events)
    if (e.type == type) return &e;
  return nullptr;
}

fs::path fresh_dir(const std::string& what) {
  const fs::path dir =
      fs::temp_directory_path() / ("anju-" + what + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// ---- 1. The clip store's file system is full ----

struct WorkerRun {
  std::vector<protocol::Event> events;
  int ready = 0;
  int failed = 0;
  std::string log;  // what the node wrote to stderr
};

// One camera plays the shared UP-Fall recording (a real fall, seen by the real detector) into a
// node whose clip store is `root`; returns once the file ended and the clip work is done.
WorkerRun run_worker(const fs::path& video, const fs::path& root) {
  vision::CameraConfig camera;
  camera.id = "cam-7";
  camera.room = "107";
  camera.source = video.string();
  camera.clips.enabled = true;
  camera.clips.root = root;
  camera.clips.pre_s = 3;
  camera.clips.post_s = 2;
  camera.clips.node = "vision-2";
  WorkerRun run;
  CaptureSink sink;
  ::testing::internal::CaptureStderr();
  {
    vision::ClipJobs jobs(camera.clips, sink, SystemClock::instance());
    jobs.start();
    vision::CameraWorker worker(camera, sink, &jobs);
    worker.start();
    sink.wait_for_type(protocol::EventType::kCameraOffline, std::chrono::seconds(20));
    worker.stop();
    jobs.stop();  // finalises what was queued
    run.ready = jobs.clips_ready();
    run.failed = jobs.clips_failed();
  }
  run.log = ::testing::internal::GetCapturedStderr();
  run.events = sink.wait_for_type(protocol::EventType::kCameraOffline, std::chrono::seconds(0));
  return run;
}

class ClipStoreFaultDiskFull : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fresh_dir("clip-disk-full");
    store_ = dir_ / "store";
    fs::create_directories(store_);
    if (::mount("tmpfs", store_.c_str(), "tmpfs", 0, "size=2m") != 0)
      GTEST_SKIP() << "cannot mount a tmpfs here (" << std::strerror(errno) << ")";
    mounted_ = true;
  }
  void TearDown() override {
    if (mounted_) ::umount(store_.c_str());
    fs::remove_all(dir_);
  }
  // Fills the store's file system until only `leave` bytes are free.
  void fill(std::uintmax_t leave) {
    struct statvfs st {};
    ASSERT_EQ(::statvfs(store_.c_str(), &st), 0);
    const std::uintmax_t free_bytes = static_cast<std::uintmax_t>(st.f_bavail) * st.f_frsize;
    ASSERT_GT(free_bytes, leave);
    std::ofstream out(store_ / "filler", std::ios::binary);
    const std::string block(4096, 'x');
    for (std::uintmax_t n = 0; n + block.size() <= free_bytes - leave; n += block.size())
      out.write(block.data(), static_cast<std::streamsize>(block.size()));
    out.close();
    ASSERT_TRUE(fs::exists(store_ / "filler"));
  }

  fs::path dir_, store_;
  bool mounted_ = false;
};

TEST_F(ClipStoreFaultDiskFull, FallIsDeliveredClipFailsCleanlyAndTheNextClipRecords) {
  const fs::path video =
      fs::path(ANJU_SHARED_DIR) / "data" / "falls" / "upfall" / "S1_A01_T1_C1.mp4";
  if (!fs::exists(video)) GTEST_SKIP() << "no " << video;
  // Room for the clip's MP4 header and a little more, not for a clip.
  fill(48 * 1024);

  const WorkerRun full = run_worker(video, store_);
  const protocol::Event* fall = first_of(full.events, protocol::EventType::kFall);
  ASSERT_NE(fall, nullptr) << "the fall must be delivered whatever happens to its clip\n"
                           << full.log;
  EXPECT_EQ(first_of(full.events, protocol::EventType::kClipReady), nullptr)
      << "clip_ready for a clip that could not be written";
  EXPECT_EQ(full.ready, 0);
  // The failure is reported, naming the clip and the cause. (48 KB take the MP4 header, so the
  // recording starts and the fall carries its clip reference; the clip then fails.)
  ASSERT_TRUE(fall->clip.starts_with("vision-2/")) << full.log;
  const std::string id = fall->clip.substr(9);
  EXPECT_EQ(full.failed, 1) << full.log;
  EXPECT_NE(full.log.find("clip " + id + " was cut short"), std::string::npos) << full.log;
  EXPECT_NE(full.log.find("No space left on device"), std::string::npos) << full.log;
  EXPECT_NE(full.log.find("clip " + id + " not finalised"), std::string::npos) << full.log;

  // At the next start, what was left of the clip is reported, never counted as a good clip.
  {
    ClipStore store(store_);
    for (const auto& c : store.list()) EXPECT_FALSE(c.finalised) << c.paths.id;
    const auto report = store.check_integrity();
    std::vector<std::string> reported = report.unfinished;
    for (const auto& q : report.quarantined) reported.push_back(q.id);
    EXPECT_EQ(reported.size(), report.checked);
    EXPECT_NE(std::find(reported.begin(), reported.end(), id), reported.end())
        << id << " left in the store unreported";
    // Nothing half-written stays beside the good clips: only the filler and the quarantine.
    for (const auto& entry : fs::directory_iterator(store_)) {
      const std::string name = entry.path().filename().string();
      EXPECT_TRUE(name == "filler" || name == "quarantine" ||
                  (entry.is_directory() && fs::is_empty(entry.path())))
          << entry.path();
    }
  }

  // Space again: the next fall records a complete clip.
  fs::remove(store_ / "filler");
  const WorkerRun again = run_worker(video, store_);
  const protocol::Event* fall2 = first_of(again.events, protocol::EventType::kFall);
  const protocol::Event* ready = first_of(again.events, protocol::EventType::kClipReady);
  ASSERT_NE(fall2, nullptr) << again.log;
  ASSERT_NE(ready, nullptr) << again.log;
  EXPECT_EQ(ready->clip, fall2->clip);
  EXPECT_EQ(again.ready, 1);
  const auto paths = ClipStore(store_).paths(ready->clip.substr(ready->clip.find('/') + 1));
  for (const auto& f : {paths.mp4, paths.privacy_mp4, paths.jpg, paths.json})
    EXPECT_TRUE(fs::is_regular_file(f)) << f;
  EXPECT_GT(vision::clips::test::probe(paths.mp4).frames, 15);
}

// ---- 2. Clip files tampered with after they were written ----

constexpr TimestampMs kStart = 1'795'403'702'000;  // 2026-11-23 03:15:02 UTC

// A complete clip, recorded and finalised by the real recorder and finaliser.
ClipPaths record_clip(ClipStore& store, const std::string& camera) {
  vision::clips::test::VideoSpec spec;
  spec.seconds = 6;
  vision::clips::StreamInfo info;
  auto packets = vision::clips::test::encode_video(spec, info);
  ManualClock clock(kStart);
  vision::clips::ClipRecorder recorder(info, vision::clips::RecorderWindow{2, 2, 60, 5}, clock);
  std::optional<vision::clips::RecordedClip> done;
  ClipPaths paths;
  for (auto& p : packets) {
    clock.set(kStart + static_cast<TimestampMs>(p.t * 1000));
    recorder.add_boxes(p.t, {cv::Rect(100, 80, 60, 90)});
    if (paths.id.empty() && p.t >= 3) {
      auto created = store.new_clip(camera, "fall", clock.now_ms());
      EXPECT_TRUE(created);
      paths = *created;
      EXPECT_TRUE(recorder.start({paths.id, camera, "101", "vision-1", "fall", clock.now_ms()},
                                 paths.mp4, p.t));
    }
    if (auto clip = recorder.push(std::move(p))) done = std::move(clip);
  }
  if (!done) done = recorder.finish();
  EXPECT_TRUE(done);
  const auto finalised = vision::clips::finalise_clip(*done, paths, vision::PrivacyMode::kBlur);
  EXPECT_TRUE(finalised) << finalised.error().reason;
  return paths;
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// Where the first fragment of a fragmented MP4 starts (its "moof" box).
std::size_t first_fragment(const std::string& mp4) {
  const auto at = mp4.find("moof");
  EXPECT_NE(at, std::string::npos);
  return at == std::string::npos ? mp4.size() / 2 : at - 4;
}

class ClipStoreFaultTampered : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fresh_dir("clip-tamper");
    auto users = auth::UserStore::open(dir_ / "users.db", 1000);
    ASSERT_TRUE(users) << users.error().reason;
    ASSERT_TRUE(users.value()->put({"m1", "Wang Fang", auth::Role::kManager}, "manager-pass"));
    auto audit = clipserver::AuditLog::open(dir_ / "audit.db");
    ASSERT_TRUE(audit) << audit.error().reason;
    audit_ = std::move(audit).value();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string sign_in(clipserver::ClipService& service) {
    clipserver::HttpRequest r;
    r.method = "POST";
    r.target = r.path = "/v1/session";
    r.body = R"({"user": "m1", "password": "manager-pass"})";
    const auto response = service.handle(r, "127.0.0.1:5000");
    EXPECT_EQ(response.status, 200) << response.body;
    return nlohmann::json::parse(response.body, nullptr, false).value("token", "");
  }
  clipserver::HttpResponse get(clipserver::ClipService& service, const std::string& token,
                               const std::string& file) {
    clipserver::HttpRequest r;
    r.method = "GET";
    r.path = "/v1/clips/" + file;
    r.target = r.path + "?purpose=view";
    r.query = "purpose=view";
    r.headers.push_back({"authorization", "Bearer " + token});
    return service.handle(r, "127.0.0.1:5000");
  }

  fs::path dir_;
  std::unique_ptr<clipserver::AuditLog> audit_;
};

std::string served(clipserver::HttpResponse& response) {
  if (!response.file) return response.body;
  std::string bytes(response.file->length, '\0');
  const auto n = ::pread(response.file->fd.get(), bytes.data(), bytes.size(),
                         static_cast<off_t>(response.file->offset));
  bytes.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
  return bytes;
}

TEST_F(ClipStoreFaultTampered, IntegrityCheckReportsEachTamperingAndClipdServesNothingOutside) {
  const fs::path root = dir_ / "store";
  ClipStore store(root);
  const ClipPaths good = record_clip(store, "cam-good");
  const ClipPaths flipped = record_clip(store, "cam-flip");
  const ClipPaths truncated = record_clip(store, "cam-trunc");
  const ClipPaths garbage = record_clip(store, "cam-garbage");
  const ClipPaths other = record_clip(store, "cam-other");
  const ClipPaths linked = record_clip(store, "cam-link");
  ASSERT_TRUE(vision::clips::test::probe(good.mp4).frames > 15);

  // Bytes flipped across the first fragment's header; the file cut inside its first fragment.
  std::string bytes = read_bytes(flipped.mp4);
  const std::size_t frag = first_fragment(bytes);
  for (std::size_t i = frag; i < std::min(bytes.size(), frag + 64); ++i) bytes[i] ^= 0x5A;
  write_bytes(flipped.mp4, bytes);
  fs::resize_file(truncated.mp4, first_fragment(read_bytes(truncated.mp4)) + 100);
  // A sidecar that is not JSON, one that names another clip's file, an original that links out.
  write_bytes(garbage.json, std::string("\x7f\x45{{{\"clip\": [garbage", 20));
  write_bytes(other.json, nlohmann::json{{"clip", "../../etc/passwd"}}.dump());
  fs::remove(linked.mp4);
  fs::create_symlink("/etc/passwd", linked.mp4);

  // The clip server, while the store holds all that: nothing outside the store, no crash.
  {
    clipserver::ClipService service(root, dir_ / "users.db", *audit_, SystemClock::instance());
    const std::string token = sign_in(service);
    ASSERT_FALSE(token.empty());
    auto ok = get(service, token, good.id + ".mp4");
    EXPECT_EQ(ok.status, 200);
    EXPECT_EQ(served(ok), read_bytes(good.mp4));
    auto link = get(service, token, linked.id + ".mp4");
    EXPECT_EQ(link.status, 404) << "a symbolic link out of the store was followed";
    EXPECT_EQ(served(link).find("root:"), std::string::npos);
    auto sidecar = get(service, token, garbage.id + ".json");  // served as stored, not parsed
    EXPECT_EQ(sidecar.status, 200);
    EXPECT_EQ(served(sidecar), read_bytes(garbage.json));
    auto named = get(service, token, other.id + ".json");
    EXPECT_EQ(named.status, 200);
    EXPECT_EQ(served(named).find("root:"), std::string::npos);
    for (const auto& c : {flipped, truncated})
      EXPECT_EQ(get(service, token, c.id + ".mp4").status, 200);
  }

  // The integrity check at the next start: each one reported with its reason, and quarantined.
  const auto report = store.check_integrity();
  EXPECT_EQ(report.checked, 6u);
  EXPECT_TRUE(report.unfinished.empty());
  std::map<std::string, std::string> reasons;
  for (const auto& p : report.quarantined) {
    reasons[p.id] = p.reason;
    EXPECT_EQ(p.moved_to, root / "quarantine" / p.id.substr(0, 10));
    EXPECT_TRUE(fs::exists(p.moved_to / (p.id.substr(11) + ".json")) ||
                fs::is_symlink(p.moved_to / (p.id.substr(11) + ".mp4")))
        << p.id;
  }
  EXPECT_EQ(reasons.count(good.id), 0u) << reasons[good.id];
  for (const auto& c : {flipped, truncated, garbage, other, linked}) {
    ASSERT_EQ(reasons.count(c.id), 1u) << c.id << " was not reported";
    EXPECT_FALSE(reasons[c.id].empty());
    EXPECT_FALSE(fs::exists(c.mp4) || fs::is_symlink(c.mp4)) << c.id << " not quarantined";
  }
  EXPECT_NE(reasons[garbage.id].find("sidecar"), std::string::npos) << reasons[garbage.id];
  EXPECT_NE(reasons[other.id].find("sidecar"), std::string::npos) << reasons[other.id];
  EXPECT_NE(reasons[linked.id].find("link"), std::string::npos) << reasons[linked.id];
  EXPECT_TRUE(fs::is_symlink(root / "quarantine" / linked.day / linked.mp4.filename()));
  EXPECT_EQ(read_bytes("/etc/passwd").empty(), false);  // the link's target was left alone
  // The good clip stays, and a second check finds nothing more.
  EXPECT_TRUE(fs::is_regular_file(good.json));
  const auto again = store.check_integrity();
  EXPECT_EQ(again.checked, 1u);
  EXPECT_TRUE(again.quarantined.empty());

  // Quarantined clips are gone from the server's view.
  clipserver::ClipService service(root, dir_ / "users.db", *audit_, SystemClock::instance());
  const std::string token = sign_in(service);
  for (const auto& c : {flipped, truncated, garbage, other, linked})
    EXPECT_EQ(get(service, token, c.id + ".mp4").status, 404) << c.id;
}

}  // namespace
}  // namespace anju::fault
