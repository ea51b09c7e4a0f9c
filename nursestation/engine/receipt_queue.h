#pragma once
// What the engine owes each source node: the ids of its events that are in the journal (recorded
// now, or found there as a redelivered duplicate) and not yet confirmed. The service flushes it on
// every tick as `receipt` commands, so a source can forget an event only once it is journalled.
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "common/clock.h"
#include "common/ids.h"
#include "protocol/messages.h"

namespace anju::engine {

class ReceiptQueue {
 public:
  // An event of `node` is in the journal. An id queued twice is confirmed once.
  void add(const std::string& node, const std::string& event_id);
  bool empty() const { return by_node_.empty(); }

  // Receipts for everything queued, one per node (more where one would exceed the protocol's
  // limits), ids in the order they were queued; the queue is left empty.
  std::vector<protocol::Command> take(IdGenerator& ids, TimestampMs now);

 private:
  struct Owed {
    std::vector<std::string> ids;
    std::unordered_set<std::string> queued;
  };
  std::map<std::string, Owed> by_node_;
};

}  // namespace anju::engine
