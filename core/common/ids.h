#pragma once
// Message ids: unique across nodes and restarts without coordination. "<node>-<boot>-<seq>" where
// boot is random per process start, so a restarted node never reuses an id it published before.
#include <atomic>
#include <cstdint>
#include <string>

namespace anju {

class IdGenerator {
 public:
  explicit IdGenerator(std::string node);
  std::string next();
  std::uint64_t last_seq() const { return seq_.load(); }
  const std::string& node() const { return node_; }

 private:
  std::string node_;
  std::string boot_;
  std::atomic<std::uint64_t> seq_{0};
};

// 16 random hex characters from the OS entropy source.
std::string random_hex(std::size_t chars = 16);

}  // namespace anju
