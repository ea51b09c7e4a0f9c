#include "app/bus_event_sink.h"

#include "protocol/codec.h"
#include "protocol/topics.h"

namespace anju::kiosk {

void BusEventSink::publish(const protocol::Event& event) {
  const auto topic = protocol::topic(site_, protocol::TopicKind::kEvent, event.node);
  bus_.publish(QString::fromStdString(topic), QByteArray::fromStdString(protocol::encode(event)));
}

}  // namespace anju::kiosk
