#include "app/pendant_input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QLoggingCategory>
#include <cerrno>
#include <cstring>

Q_LOGGING_CATEGORY(lcPendant, "anju.kiosk.pendant")

namespace anju::kiosk {

PendantInput::PendantInput(QString path, std::chrono::milliseconds retry_every, QObject* parent)
    : QObject(parent), path_(std::move(path)) {
  retry_.setInterval(retry_every);
  connect(&retry_, &QTimer::timeout, this, &PendantInput::try_open);
  try_open();
}

PendantInput::~PendantInput() {
  notifier_.reset();
  if (fd_ >= 0) ::close(fd_);
}

void PendantInput::try_open() {
  const QByteArray path = path_.toLocal8Bit();
  struct stat st {};
  const bool fifo = ::stat(path.constData(), &st) == 0 && S_ISFIFO(st.st_mode);
  // A FIFO opened read-only reads end-of-file whenever no writer has it open; read-write it
  // simply waits for the next writer (Linux).
  fd_ = ::open(path.constData(), (fifo ? O_RDWR : O_RDONLY) | O_NONBLOCK | O_CLOEXEC);
  if (fd_ < 0) {
    if (!warned_) {
      qCWarning(lcPendant) << "call pendant" << path_ << "not available:" << std::strerror(errno)
                           << "- trying again every" << retry_.interval()
                           << "ms; the screen's call button still works";
      warned_ = true;
    }
    retry_.start();
    return;
  }
  retry_.stop();
  if (warned_) qCInfo(lcPendant) << "call pendant" << path_ << "is back";
  warned_ = false;
  notifier_ = std::make_unique<QSocketNotifier>(fd_, QSocketNotifier::Read);
  connect(notifier_.get(), &QSocketNotifier::activated, this, &PendantInput::on_readable);
  emit connectedChanged(true);
}

void PendantInput::on_readable() {
  char buffer[4096];
  for (;;) {
    const ssize_t n = ::read(fd_, buffer, sizeof buffer);
    if (n > 0) {
      const int presses = decoder_.feed({buffer, static_cast<std::size_t>(n)});
      for (int i = 0; i < presses; ++i) emit pressed();
      continue;
    }
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
    close_device(n == 0 ? QStringLiteral("closed") : QString::fromLocal8Bit(std::strerror(errno)));
    return;
  }
}

void PendantInput::close_device(const QString& why) {
  qCWarning(lcPendant) << "call pendant" << path_ << "lost:" << why << "- trying again every"
                       << retry_.interval() << "ms";
  warned_ = true;
  notifier_.reset();
  ::close(fd_);
  fd_ = -1;
  decoder_ = PendantDecoder();
  emit connectedChanged(false);
  retry_.start();
}

}  // namespace anju::kiosk
