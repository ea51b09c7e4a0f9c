#include "app/icon_provider.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

namespace anju::kiosk {

QByteArray IconProvider::svg(const QString& name) {
  QFile file(QStringLiteral(":/kiosk/icons/%1.svg").arg(name));
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QImage IconProvider::requestImage(const QString& id, QSize* size, const QSize& requested_size) {
  const QString name = id.section(QLatin1Char('/'), 0, 0);
  QString color = id.section(QLatin1Char('/'), 1, 1);
  if (color.size() != 6) color = QStringLiteral("000000");
  QByteArray data = svg(name);
  data.replace("currentColor", QByteArray("#") + color.toLatin1());

  QBuffer buffer(&data);
  buffer.open(QIODevice::ReadOnly);
  QImageReader reader(&buffer, "svg");
  const QSize wanted = requested_size.isValid() ? requested_size : QSize(64, 64);
  reader.setScaledSize(wanted);
  QImage image = reader.read();
  if (image.isNull()) {
    image = QImage(wanted, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
  }
  if (size) *size = image.size();
  return image;
}

}  // namespace anju::kiosk
