#include "engine/receipt_queue.h"

namespace anju::engine {
namespace {

// A receipt's envelope (v, id, ts, node, cmd) takes well under this; the rest is for the ids, so
// even 128-character ids never make a payload the bus would refuse.
constexpr std::size_t kEnvelopeBytes = 1024;
constexpr std::size_t kIdBytesPerReceipt = protocol::kMaxPayloadBytes - kEnvelopeBytes;

std::size_t encoded_size(const std::string& id) {
  return id.size() + 3;  // quotes and comma; ids need no escaping
}

}  // namespace

void ReceiptQueue::add(const std::string& node, const std::string& event_id) {
  Owed& owed = by_node_[node];
  if (owed.queued.insert(event_id).second) owed.ids.push_back(event_id);
}

std::vector<protocol::Command> ReceiptQueue::take(IdGenerator& ids, TimestampMs now) {
  std::vector<protocol::Command> receipts;
  for (auto& [node, owed] : by_node_) {
    protocol::Command* current = nullptr;
    std::size_t bytes = 0;
    for (auto& id : owed.ids) {
      if (!current || current->events.size() == protocol::kMaxReceiptEvents ||
          bytes + encoded_size(id) > kIdBytesPerReceipt) {
        current = &receipts.emplace_back();
        current->id = ids.next();
        current->ts = now;
        current->node = node;
        current->cmd = protocol::CommandType::kReceipt;
        bytes = 0;
      }
      bytes += encoded_size(id);
      current->events.push_back(std::move(id));
    }
  }
  by_node_.clear();
  return receipts;
}

}  // namespace anju::engine
