#pragma once
// The pre-event buffer of one camera: its latest encoded packets, always starting on a keyframe,
// trimmed so that it still covers `keep_s` seconds before the newest packet (a clip started now
// can begin on a keyframe at or before that moment). A byte cap protects memory from cameras
// with very long keyframe intervals.
#include <cstddef>
#include <deque>

#include "clips/av_handles.h"

namespace anju::vision::clips {

struct TimedPacket {
  PacketPtr packet;
  double t = 0;  // seconds of stream time (presentation)
  bool keyframe() const { return packet && (packet->flags & AV_PKT_FLAG_KEY); }
};

class PacketRing {
 public:
  explicit PacketRing(double keep_s, std::size_t max_bytes = 64u << 20)
      : keep_s_(keep_s), max_bytes_(max_bytes) {}

  void push(TimedPacket packet);
  void clear();
  // Index of the latest keyframe at or before `t` (the first packet if none is that early).
  std::size_t start_index(double t) const;
  const std::deque<TimedPacket>& packets() const { return packets_; }
  std::size_t bytes() const { return bytes_; }
  double span_s() const;

 private:
  void drop_front();

  double keep_s_;
  std::size_t max_bytes_;
  std::size_t bytes_ = 0;
  std::deque<TimedPacket> packets_;
};

}  // namespace anju::vision::clips
