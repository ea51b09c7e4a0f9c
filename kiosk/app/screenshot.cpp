#include "app/screenshot.h"

#include <QImage>
#include <QLoggingCategory>
#include <QQuickWindow>

Q_LOGGING_CATEGORY(lcShot, "anju.kiosk.screenshot")

namespace anju::kiosk {
namespace {

constexpr int kPollMs = 50;
constexpr int kTimeoutMs = 10'000;
constexpr int kSettleFrames = 2;  // layouts and images settle over the first frames

}  // namespace

Screenshot::Screenshot(QQuickWindow& window, QString file, QObject* parent)
    : QObject(parent), window_(window), file_(std::move(file)) {
  connect(&window_, &QQuickWindow::frameSwapped, this, [this] { ++frames_; });
  poll_.setInterval(kPollMs);
  connect(&poll_, &QTimer::timeout, this, &Screenshot::poll);
  poll_.start();
}

void Screenshot::poll() {
  waited_ms_ += kPollMs;
  const bool ready = frames_ >= kSettleFrames && (!ready_ || ready_());
  if (!ready && waited_ms_ < kTimeoutMs) {
    window_.update();  // keep frames coming on the offscreen platform
    return;
  }
  poll_.stop();
  if (!ready) qCWarning(lcShot) << "sample not ready after" << kTimeoutMs << "ms; saving anyway";
  const QImage image = window_.grabWindow();
  const bool ok = !image.isNull() && image.save(file_, "PNG");
  if (ok)
    qCInfo(lcShot) << "saved" << file_ << image.size();
  else
    qCCritical(lcShot) << "cannot save" << file_;
  emit done(ok);
}

}  // namespace anju::kiosk
