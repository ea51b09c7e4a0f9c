#pragma once
// Renders the window to a PNG once it has drawn its first frame and the sample is ready, then
// reports done(ok). Works on the offscreen platform (QQuickWindow::grabWindow).
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>

class QQuickWindow;

namespace anju::kiosk {

class Screenshot : public QObject {
  Q_OBJECT

 public:
  Screenshot(QQuickWindow& window, QString file, QObject* parent = nullptr);
  void setReady(std::function<bool()> ready) { ready_ = std::move(ready); }

 signals:
  void done(bool ok);

 private:
  void poll();
  QQuickWindow& window_;
  QString file_;
  std::function<bool()> ready_;
  QTimer poll_;
  int frames_ = 0;
  int waited_ms_ = 0;
};

}  // namespace anju::kiosk
