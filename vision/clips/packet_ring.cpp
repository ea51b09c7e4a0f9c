#include "clips/packet_ring.h"

namespace anju::vision::clips {

void PacketRing::push(TimedPacket packet) {
  // Nothing can be decoded before the first keyframe.
  if (packets_.empty() && !packet.keyframe()) return;
  bytes_ += static_cast<std::size_t>(packet.packet->size);
  const double newest = packet.t;
  packets_.push_back(std::move(packet));
  // Drop whole keyframe intervals from the front while the next one still covers keep_s.
  while (true) {
    std::size_t next_key = 1;
    while (next_key < packets_.size() && !packets_[next_key].keyframe()) ++next_key;
    if (next_key >= packets_.size()) break;
    const bool covered = packets_[next_key].t <= newest - keep_s_;
    const bool too_big = bytes_ > max_bytes_;
    if (!covered && !too_big) break;
    for (std::size_t i = 0; i < next_key; ++i) drop_front();
  }
}

void PacketRing::drop_front() {
  bytes_ -= static_cast<std::size_t>(packets_.front().packet->size);
  packets_.pop_front();
}

void PacketRing::clear() {
  packets_.clear();
  bytes_ = 0;
}

std::size_t PacketRing::start_index(double t) const {
  std::size_t best = 0;
  for (std::size_t i = 0; i < packets_.size(); ++i) {
    if (packets_[i].keyframe() && packets_[i].t <= t) best = i;
  }
  return best;
}

double PacketRing::span_s() const {
  return packets_.empty() ? 0.0 : packets_.back().t - packets_.front().t;
}

}  // namespace anju::vision::clips
