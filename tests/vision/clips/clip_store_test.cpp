// The clip store: names by the contract, retention by age and by size that never deletes a kept
// clip, and an integrity check that reports and quarantines damaged clips instead of crashing.
#include "clips/clip_store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "test_video.h"

namespace anju::vision::clips {
namespace {

namespace fs = std::filesystem;

// 2026-11-23 03:15:02 UTC
constexpr TimestampMs kT = 1'795'403'702'000;
constexpr TimestampMs kDay = 86'400'000;

class ClipStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("anju-clip-store-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
    test::VideoSpec spec;
    spec.seconds = 2;
    test::write_video(spec, root_ / "sample.mp4");
  }
  void TearDown() override { fs::remove_all(root_); }

  // A complete-looking clip: a real video as original and privacy version, a sidecar.
  ClipPaths add_clip(ClipStore& store, const std::string& camera, TimestampMs ts) {
    auto paths = store.new_clip(camera, "fall", ts);
    EXPECT_TRUE(paths) << paths.error().reason;
    fs::copy_file(root_ / "sample.mp4", paths->mp4);
    fs::copy_file(root_ / "sample.mp4", paths->privacy_mp4);
    std::ofstream(paths->json) << "{}\n";
    return *paths;
  }

  fs::path root_;
};

TEST_F(ClipStoreTest, NamesFollowTheContract) {
  EXPECT_EQ(utc_day(kT), "2026-11-23");
  EXPECT_EQ(utc_hhmmss(kT), "031502");
  ClipStore store(root_);
  auto a = store.new_clip("cam-101", "fall", kT);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->id, "2026-11-23/cam-101-031502-fall");
  EXPECT_EQ(a->mp4, root_ / "2026-11-23" / "cam-101-031502-fall.mp4");
  EXPECT_EQ(a->privacy_mp4.filename(), "cam-101-031502-fall.privacy.mp4");
  std::ofstream(a->mp4) << "x";
  auto b = store.new_clip("cam-101", "fall", kT);  // same second: a new name
  ASSERT_TRUE(b);
  EXPECT_EQ(b->name, "cam-101-031502-fall-2");
  auto odd = store.new_clip("cam 1/../x", "fall", kT);
  ASSERT_TRUE(odd);
  EXPECT_EQ(odd->name, "cam_1____x-031502-fall");
  EXPECT_TRUE(is_valid_clip_id("2026-11-23/cam-101-031502-fall"));
  EXPECT_FALSE(is_valid_clip_id("2026-11-23/../etc"));
  EXPECT_FALSE(is_valid_clip_id("2026-11-23/a.mp4"));
  EXPECT_FALSE(is_valid_clip_id("../2026-11-23/a"));
}

TEST_F(ClipStoreTest, RetentionByDaysNeverDeletesKeptClips) {
  ClipStore store(root_);
  const auto old_kept = add_clip(store, "cam-1", kT - 40 * kDay);
  const auto old = add_clip(store, "cam-2", kT - 40 * kDay);
  const auto recent = add_clip(store, "cam-1", kT - 2 * kDay);
  std::string why;
  ASSERT_TRUE(store.set_keep(old_kept.id, true, why)) << why;
  const auto report = store.apply_retention(RetentionPolicy{30, 0}, kT);
  EXPECT_EQ(report.deleted, std::vector<std::string>{old.id});
  EXPECT_TRUE(fs::exists(old_kept.mp4));
  EXPECT_TRUE(fs::exists(old_kept.json));
  EXPECT_TRUE(fs::exists(recent.mp4));
  EXPECT_FALSE(fs::exists(old.mp4));
  EXPECT_FALSE(fs::exists(old.privacy_mp4));
  EXPECT_FALSE(fs::exists(old.json));
}

TEST_F(ClipStoreTest, RetentionBySizeDeletesOldestFirstButNeverKept) {
  ClipStore store(root_);
  std::vector<ClipPaths> clips;
  for (int i = 0; i < 6; ++i)
    clips.push_back(add_clip(store, "cam-" + std::to_string(i), kT - (6 - i) * kDay));
  std::string why;
  ASSERT_TRUE(store.set_keep(clips[0].id, true, why));
  ASSERT_TRUE(store.set_keep(clips[2].id, true, why));
  const auto all = store.list();
  ASSERT_EQ(all.size(), 6u);
  const std::uintmax_t one = all[0].bytes;
  // Room for four and a half: the two oldest unkept (1, 3) go; the kept 0 and 2 stay.
  auto report = store.apply_retention(RetentionPolicy{0, 4 * one + one / 2}, kT);
  EXPECT_EQ(report.deleted, (std::vector<std::string>{clips[1].id, clips[3].id}));
  EXPECT_EQ(report.bytes_after, 4 * one);
  EXPECT_EQ(report.kept_over_cap, (std::vector<std::string>{clips[0].id, clips[2].id}));
  for (int i : {0, 2, 4, 5}) EXPECT_TRUE(fs::exists(clips[i].mp4)) << i;
  // A cap smaller than the kept clips: every unkept clip goes, the kept ones still stay.
  report = store.apply_retention(RetentionPolicy{0, 1}, kT);
  EXPECT_EQ(report.deleted.size(), 2u);
  EXPECT_EQ(report.kept_over_cap.size(), 2u);
  EXPECT_TRUE(fs::exists(clips[0].mp4));
  EXPECT_TRUE(fs::exists(clips[2].mp4));
  EXPECT_EQ(store.list().size(), 2u);
  // Unkept, it goes.
  ASSERT_TRUE(store.set_keep(clips[0].id, false, why));
  report = store.apply_retention(RetentionPolicy{0, 1}, kT);
  EXPECT_EQ(report.deleted, std::vector<std::string>{clips[0].id});
  EXPECT_FALSE(store.set_keep("2026-11-23/nope", true, why));
  EXPECT_FALSE(store.set_keep("../../etc", true, why));
}

TEST_F(ClipStoreTest, CorruptClipIsReportedAndQuarantined) {
  ClipStore store(root_);
  const auto good = add_clip(store, "cam-1", kT);
  const auto noise = add_clip(store, "cam-2", kT);
  const auto truncated = add_clip(store, "cam-3", kT);
  const auto bad_privacy = add_clip(store, "cam-4", kT);
  const auto unfinished = add_clip(store, "cam-5", kT);
  fs::remove(unfinished.json);
  std::mt19937 random(3);
  {
    std::ofstream out(noise.mp4, std::ios::binary | std::ios::trunc);
    for (int i = 0; i < 50000; ++i) out.put(static_cast<char>(random()));
  }
  fs::resize_file(truncated.mp4, 900);  // the header and hardly a frame
  fs::resize_file(bad_privacy.privacy_mp4, 10);
  const auto report = store.check_integrity();
  EXPECT_EQ(report.checked, 5u);
  ASSERT_EQ(report.quarantined.size(), 3u);
  std::set<std::string> ids;
  for (const auto& problem : report.quarantined) {
    ids.insert(problem.id);
    EXPECT_FALSE(problem.reason.empty());
    EXPECT_TRUE(fs::exists(problem.moved_to / (problem.id.substr(11) + ".mp4"))) << problem.id;
    EXPECT_TRUE(fs::exists(problem.moved_to / (problem.id.substr(11) + ".json"))) << problem.id;
  }
  EXPECT_EQ(ids, (std::set<std::string>{noise.id, truncated.id, bad_privacy.id}));
  EXPECT_EQ(report.unfinished, std::vector<std::string>{unfinished.id});
  EXPECT_TRUE(fs::exists(good.mp4));
  EXPECT_FALSE(fs::exists(noise.mp4));
  // Quarantined clips are no longer in the store (nor touched by retention).
  EXPECT_EQ(store.list().size(), 2u);
  EXPECT_EQ(store.check_integrity().quarantined.size(), 0u);
}

}  // namespace
}  // namespace anju::vision::clips
