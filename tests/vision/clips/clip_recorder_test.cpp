// The recorder's timing on real encoded packets, driven by stream time and a manual clock: the
// clip starts on a keyframe at or before event - pre, ends at event + post (later while the event
// lasts, never past max), a stalled source finishes the clip, boxes land in the clip's time.
#include "clips/clip_recorder.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "test_video.h"

namespace anju::vision::clips {
namespace {

namespace fs = std::filesystem;

class ClipRecorderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("anju-clip-recorder-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    test::VideoSpec spec;
    spec.seconds = 40;
    packets_ = test::encode_video(spec, info_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Feeds packets [from, to) seconds, advancing the clock with stream time; calls `at` once when
  // stream time reaches `event_t`.
  std::optional<RecordedClip> feed(ClipRecorder& recorder, double to_s,
                                   const std::function<void(double)>& each = {}) {
    std::optional<RecordedClip> done;
    for (; next_ < packets_.size() && packets_[next_].t < to_s; ++next_) {
      const double t = packets_[next_].t;
      clock_.set(kWallStart + static_cast<TimestampMs>(t * 1000));
      if (each) each(t);
      auto clip = recorder.push(TimedPacket{ref_packet(packets_[next_].packet.get()), t});
      if (clip) done = std::move(clip);
    }
    return done;
  }

  ClipMeta meta(const std::string& name) {
    ClipMeta m;
    m.clip = "2026-11-23/" + name;
    m.camera = "cam-1";
    m.room = "101";
    return m;
  }

  static constexpr TimestampMs kWallStart = 1'795'000'000'000;
  fs::path dir_;
  StreamInfo info_;
  std::vector<TimedPacket> packets_;
  std::size_t next_ = 0;
  ManualClock clock_{kWallStart};
};

TEST_F(ClipRecorderTest, PacketRingStartsOnKeyframeAndCoversPreWindow) {
  PacketRing ring(10);
  for (const auto& p : packets_) {
    if (p.t > 25) break;
    ring.push(TimedPacket{ref_packet(p.packet.get()), p.t});
  }
  ASSERT_FALSE(ring.packets().empty());
  EXPECT_TRUE(ring.packets().front().keyframe());
  EXPECT_GE(ring.span_s(), 10.0);
  EXPECT_LT(ring.span_s(), 11.0 + 1e-6);  // keyframes every second: at most one more second
  const std::size_t start = ring.start_index(ring.packets().back().t - 10);
  EXPECT_TRUE(ring.packets()[start].keyframe());
  EXPECT_LE(ring.packets()[start].t, ring.packets().back().t - 10);
}

TEST_F(ClipRecorderTest, ClipSpansPreAndPostWindows) {
  ClipRecorder recorder(info_, RecorderWindow{10, 20, 120, 5}, clock_);
  feed(recorder, 12.5);
  auto id = recorder.start(meta("cam-1-000012-fall"), dir_ / "a.mp4", 12.5);
  ASSERT_TRUE(id) << id.error().reason;
  EXPECT_EQ(*id, "2026-11-23/cam-1-000012-fall");
  EXPECT_TRUE(recorder.recording());
  auto clip = feed(recorder, 40);
  ASSERT_TRUE(clip);
  EXPECT_FALSE(recorder.recording());
  EXPECT_TRUE(clip->error.empty()) << clip->error;
  // Keyframes every second: the clip starts at 2.0 s (the keyframe at or before 2.5 s).
  EXPECT_NEAR(clip->duration_s, 32.5 - 2.0, 0.1);
  EXPECT_NEAR(clip->event_offset_s, 10.5, 0.01);
  EXPECT_EQ(clip->start_ts, kWallStart + 2000);
  EXPECT_NEAR(static_cast<double>(clip->end_ts - clip->start_ts), clip->duration_s * 1000, 1);
  EXPECT_EQ(clip->meta.event_ts, kWallStart + 12500);  // taken from the clock when not given
  const auto probe = test::probe(dir_ / "a.mp4");
  EXPECT_TRUE(probe.error.empty()) << probe.error;
  EXPECT_EQ(probe.frames, static_cast<int>(clip->packets));
  EXPECT_NEAR(probe.span_s(), 30.5, 0.1);
}

TEST_F(ClipRecorderTest, OngoingEventExtendsUpToMax) {
  ClipRecorder recorder(info_, RecorderWindow{4, 5, 15, 5}, clock_);
  feed(recorder, 6);
  ASSERT_TRUE(recorder.start(meta("x"), dir_ / "b.mp4", 6));  // from 2.0
  // A second event while recording extends the same clip and gets its id.
  auto clip = feed(recorder, 40, [&](double t) {
    if (t >= 8 && t < 8.05) {
      auto again = recorder.start(meta("y"), dir_ / "other.mp4", t);
      ASSERT_TRUE(again);
      EXPECT_EQ(*again, "2026-11-23/x");
    }
    if (t <= 14) recorder.extend(t);  // the person stays down until 14 s
  });
  ASSERT_TRUE(clip);
  EXPECT_FALSE(fs::exists(dir_ / "other.mp4"));
  EXPECT_NEAR(clip->duration_s, 15.0, 0.1);  // 14 + 5 = 19 s, capped at 2 + 15 = 17 s
}

TEST_F(ClipRecorderTest, EventBeforeAnyPacketStartsAtFirstKeyframe) {
  ClipRecorder recorder(info_, RecorderWindow{10, 3, 120, 5}, clock_);
  ASSERT_TRUE(recorder.start(meta("early"), dir_ / "c.mp4", 0));
  auto clip = feed(recorder, 40);
  ASSERT_TRUE(clip);
  EXPECT_NEAR(clip->duration_s, 3.0, 0.1);
  EXPECT_GE(test::probe(dir_ / "c.mp4").frames, 44);
}

TEST_F(ClipRecorderTest, StalledSourceFinishesOnTheClock) {
  ClipRecorder recorder(info_, RecorderWindow{2, 20, 120, 5}, clock_);
  feed(recorder, 5);
  ASSERT_TRUE(recorder.start(meta("stall"), dir_ / "d.mp4", 5));
  feed(recorder, 8);  // then the camera goes silent
  clock_.advance(4000);
  EXPECT_FALSE(recorder.tick());
  clock_.advance(2000);
  auto clip = recorder.tick();
  ASSERT_TRUE(clip);
  EXPECT_NEAR(clip->duration_s, 5.0, 0.1);  // from the keyframe at 3 s to 8 s
  EXPECT_TRUE(test::probe(dir_ / "d.mp4").error.empty());
}

TEST_F(ClipRecorderTest, BoxesAreKeptInClipTime) {
  ClipRecorder recorder(info_, RecorderWindow{3, 2, 120, 5}, clock_);
  auto each = [&](double t) { recorder.add_boxes(t, {cv::Rect(10, 20, 30, 40)}); };
  feed(recorder, 10, each);
  ASSERT_TRUE(recorder.start(meta("boxes"), dir_ / "e.mp4", 10));
  auto clip = feed(recorder, 40, each);
  ASSERT_TRUE(clip);
  ASSERT_FALSE(clip->frames.empty());
  EXPECT_NEAR(clip->frames.front().t, 0.0, 1e-6);  // the clip starts at the keyframe at 7 s
  EXPECT_NEAR(clip->frames.back().t, clip->duration_s - 1.0 / 15, 0.01);
  EXPECT_EQ(clip->frames.size(), static_cast<std::size_t>(clip->packets));
  EXPECT_EQ(clip->frames.front().boxes.at(0), cv::Rect(10, 20, 30, 40));
}

TEST_F(ClipRecorderTest, UnwritableFileIsAnErrorNotACrash) {
  ClipRecorder recorder(info_, RecorderWindow{}, clock_);
  feed(recorder, 3);
  auto id = recorder.start(meta("nowhere"), dir_ / "missing" / "folder" / "f.mp4", 3);
  EXPECT_FALSE(id);
  EXPECT_FALSE(recorder.recording());
}

}  // namespace
}  // namespace anju::vision::clips
