#pragma once
// Icons for QML as image://icon/<name>/<rrggbb>: the kiosk's SVG icons drawn in the colour of the
// text beside them (the SVGs use currentColor), so every icon keeps the text's contrast in both
// themes. Qt 6.4 here has neither MultiEffect nor the Qt SVG headers; the SVG image plugin does it.
#include <QQuickImageProvider>

namespace anju::kiosk {

class IconProvider : public QQuickImageProvider {
 public:
  IconProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}
  QImage requestImage(const QString& id, QSize* size, const QSize& requested_size) override;

  // The SVG text of an icon, or empty if there is no such icon.
  static QByteArray svg(const QString& name);
};

}  // namespace anju::kiosk
