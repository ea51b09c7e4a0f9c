#include "bus/dedup_window.h"

#include <algorithm>

namespace anju::bus {

DedupWindow::DedupWindow(std::size_t capacity) : capacity_(std::max<std::size_t>(1, capacity)) {
  seen_.reserve(std::min<std::size_t>(capacity_, 4096));
}

bool DedupWindow::insert(std::string_view id) {
  if (id.empty()) return true;
  if (seen_.contains(id)) return false;
  if (order_.size() == capacity_) {
    seen_.erase(order_.front());
    order_.pop_front();
  }
  order_.emplace_back(id);
  seen_.insert(order_.back());
  return true;
}

bool DedupWindow::contains(std::string_view id) const {
  return seen_.contains(id);
}

}  // namespace anju::bus
