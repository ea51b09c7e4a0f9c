#pragma once
// Reads the terminal's nurse-call pendant (--pendant DEVICE: an evdev input device, or a FIFO that
// an adapter writes the same records into) and emits pressed() for each press. A device that goes
// away (unplugged, adapter reset) is opened again every `retry_every` (2 s); the log says when it
// is gone and when it is back.
#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <QTimer>
#include <chrono>
#include <memory>

#include "call/pendant_decoder.h"

namespace anju::kiosk {

class PendantInput : public QObject {
  Q_OBJECT

 public:
  explicit PendantInput(QString path,
                        std::chrono::milliseconds retry_every = std::chrono::seconds(2),
                        QObject* parent = nullptr);
  ~PendantInput() override;

  bool connected() const { return fd_ >= 0; }

 signals:
  void pressed();
  void connectedChanged(bool connected);

 private:
  void try_open();
  void on_readable();
  void close_device(const QString& why);

  QString path_;
  int fd_ = -1;
  bool warned_ = false;  // "cannot open" said once per outage, not every retry
  std::unique_ptr<QSocketNotifier> notifier_;
  QTimer retry_;
  PendantDecoder decoder_;
};

}  // namespace anju::kiosk
