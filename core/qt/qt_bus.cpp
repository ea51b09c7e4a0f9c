#include "qt/qt_bus.h"

#include <QMetaObject>

namespace anju::qt {

QtBus::QtBus(bus::BusConfig config, QObject* parent)
    : QObject(parent), bus_(std::make_unique<bus::Bus>(std::move(config))) {
  bus_->on_connection_change([this](bool up) {
    // Queued onto our thread; dropped by Qt if this object is already gone.
    QMetaObject::invokeMethod(
        this,
        [this, up] {
          if (connected_ == up) return;
          connected_ = up;
          emit connectedChanged(up);
        },
        Qt::QueuedConnection);
  });
}

QtBus::~QtBus() {
  stop();
}

void QtBus::start() {
  bus_->start();
}

void QtBus::stop() {
  bus_->stop();
}

void QtBus::publish(const QString& topic, const QByteArray& payload, bool retained) {
  bus_->publish(topic.toStdString(), payload.toStdString(), retained);
}

void QtBus::subscribe(const QString& filter, bus::SubscribeOptions options) {
  bus_->subscribe(
      filter.toStdString(),
      [this](const bus::Message& m) {
        QMetaObject::invokeMethod(
            this,
            [this, topic = QString::fromStdString(m.topic),
             payload = QByteArray::fromStdString(m.payload),
             retained = m.retained] { emit messageReceived(topic, payload, retained); },
            Qt::QueuedConnection);
      },
      options);
}

}  // namespace anju::qt
