#pragma once
// A Qt app's one way to emit events: node::ReliableEventSender over the app's QtBus (stamps the
// envelope, keeps each event pending until the engine's receipt, sends it again until then), with
// each confirmation delivered as a signal on the thread that owns this object (the GUI thread).
//
//   auto sender = qt::QtEventSender::open(bus);   // before bus.start()
//   connect(sender->get(), &qt::QtEventSender::confirmed, session, &Session::onConfirmed);
//   auto id = (*sender)->publish(event);
//
// Destroy it before its bus.
#include <QObject>
#include <QString>
#include <memory>

#include "node/reliable_event_sender.h"
#include "qt/qt_bus.h"

namespace anju::qt {

class QtEventSender : public QObject, public node::EventSink {
  Q_OBJECT

 public:
  static Result<std::unique_ptr<QtEventSender>> open(QtBus& bus,
                                                     node::ReliableEventSenderOptions options = {},
                                                     const Clock& clock = SystemClock::instance());
  ~QtEventSender() override;

  Result<std::string> publish(protocol::Event event) override;
  node::ReliableEventSender& sender() { return *sender_; }

 signals:
  // The engine journalled this event (once per event).
  void confirmed(const QString& eventId);

 private:
  explicit QtEventSender(std::unique_ptr<node::ReliableEventSender> sender);
  std::unique_ptr<node::ReliableEventSender> sender_;
};

}  // namespace anju::qt
