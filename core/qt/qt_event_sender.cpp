#include "qt/qt_event_sender.h"

namespace anju::qt {

Result<std::unique_ptr<QtEventSender>> QtEventSender::open(QtBus& bus,
                                                           node::ReliableEventSenderOptions options,
                                                           const Clock& clock) {
  auto sender = node::ReliableEventSender::open(bus.bus(), std::move(options), clock);
  if (!sender) return sender.error();
  return std::unique_ptr<QtEventSender>(new QtEventSender(std::move(sender).value()));
}

QtEventSender::QtEventSender(std::unique_ptr<node::ReliableEventSender> sender)
    : sender_(std::move(sender)) {
  // Runs on a bus thread; a queued call to an object that is gone by then is dropped by Qt.
  sender_->on_confirmed([this](const std::string& id) {
    QMetaObject::invokeMethod(
        this, [this, id = QString::fromStdString(id)] { emit confirmed(id); },
        Qt::QueuedConnection);
  });
}

// The sender's destructor detaches the callback, waiting for one that is running.
QtEventSender::~QtEventSender() = default;

Result<std::string> QtEventSender::publish(protocol::Event event) {
  return sender_->publish(std::move(event));
}

}  // namespace anju::qt
