#pragma once
// The most recent N message ids, to drop QoS 1 redeliveries. Ids are kept exactly (not hashed):
// a hash collision would silently drop a real call, however unlikely. Bounded: the oldest id is
// forgotten first, so memory stays fixed however long a node runs. Not thread-safe (the bus
// thread alone uses it).
#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>

namespace anju::bus {

class DedupWindow {
 public:
  explicit DedupWindow(std::size_t capacity = 100'000);
  DedupWindow(const DedupWindow&) = delete;
  DedupWindow& operator=(const DedupWindow&) = delete;

  // True if `id` was not in the window (it is now); false for a duplicate. Empty ids are never
  // duplicates (messages without an id cannot be de-duplicated).
  bool insert(std::string_view id);
  bool contains(std::string_view id) const;
  std::size_t size() const { return order_.size(); }
  std::size_t capacity() const { return capacity_; }

 private:
  std::size_t capacity_;
  // The strings live in the deque (whose elements never move on push_back / pop_front); the set
  // holds views into them, so each id is stored once.
  std::deque<std::string> order_;
  std::unordered_set<std::string_view> seen_;
};

}  // namespace anju::bus
