#pragma once
// The bus for Qt apps: the same Bus, with messages and connection changes delivered as signals on
// the thread that owns this object (the GUI thread), so models never see a bus thread.
#include <QByteArray>
#include <QObject>
#include <QString>
#include <memory>

#include "bus/bus.h"

namespace anju::qt {

class QtBus : public QObject {
  Q_OBJECT
  Q_PROPERTY(bool connected READ connected NOTIFY connectedChanged)

 public:
  explicit QtBus(bus::BusConfig config, QObject* parent = nullptr);
  ~QtBus() override;

  void start();
  void stop();
  void publish(const QString& topic, const QByteArray& payload, bool retained = false);
  void subscribe(const QString& filter, bus::SubscribeOptions options = {});
  bool connected() const { return connected_; }
  bus::Bus& bus() { return *bus_; }

 signals:
  void messageReceived(const QString& topic, const QByteArray& payload, bool retained);
  void connectedChanged(bool connected);

 private:
  std::unique_ptr<bus::Bus> bus_;
  bool connected_ = false;  // GUI-thread copy, updated by queued calls
};

}  // namespace anju::qt
