#pragma once
// The console palette (theme/console_palette.h) for QML, as the singleton `Theme`: colours and
// sizes as properties, and the lamp colour of a priority, so no QML file holds a colour of its own.
#include <QtQml/qqmlregistration.h>

#include <QColor>
#include <QObject>
#include <QString>

#include "theme/console_palette.h"

namespace anju::console {

class ConsoleTheme : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Theme)
  QML_SINGLETON
  Q_PROPERTY(QColor background READ background CONSTANT)
  Q_PROPERTY(QColor surface READ surface CONSTANT)
  Q_PROPERTY(QColor surfaceRaised READ surface_raised CONSTANT)
  Q_PROPERTY(QColor selected READ selected CONSTANT)
  Q_PROPERTY(QColor chosen READ chosen CONSTANT)
  Q_PROPERTY(QColor warnSurface READ warn_surface CONSTANT)
  Q_PROPERTY(QColor offlineSurface READ offline_surface CONSTANT)
  Q_PROPERTY(QColor okSurface READ ok_surface CONSTANT)
  Q_PROPERTY(QColor text READ text CONSTANT)
  Q_PROPERTY(QColor textDim READ text_dim CONSTANT)
  Q_PROPERTY(QColor placeholder READ placeholder CONSTANT)
  Q_PROPERTY(QColor ink READ ink CONSTANT)
  Q_PROPERTY(QColor high READ high CONSTANT)
  Q_PROPERTY(QColor medium READ medium CONSTANT)
  Q_PROPERTY(QColor low READ low CONSTANT)
  Q_PROPERTY(QColor onHigh READ on_high CONSTANT)
  Q_PROPERTY(QColor highText READ high_text CONSTANT)
  Q_PROPERTY(QColor ok READ ok CONSTANT)
  Q_PROPERTY(QColor onOk READ on_ok CONSTANT)
  Q_PROPERTY(QColor offline READ offline CONSTANT)
  Q_PROPERTY(int fontSmall READ font_small CONSTANT)
  Q_PROPERTY(int fontBody READ font_body CONSTANT)
  Q_PROPERTY(int fontLarge READ font_large CONSTANT)
  Q_PROPERTY(int fontHuge READ font_huge CONSTANT)
  Q_PROPERTY(int touch READ touch CONSTANT)
  Q_PROPERTY(QString fontFamily READ font_family CONSTANT)

 public:
  explicit ConsoleTheme(QObject* parent = nullptr);

  // The lamp of a priority ("high", "medium", "low"; raised surface for anything else) and the
  // text drawn on it.
  Q_INVOKABLE QColor priorityColor(const QString& priority) const;
  Q_INVOKABLE QColor onPriority(const QString& priority) const;

  QColor background() const { return c(p_.background); }
  QColor surface() const { return c(p_.surface); }
  QColor surface_raised() const { return c(p_.surface_raised); }
  QColor selected() const { return c(p_.selected); }
  QColor chosen() const { return c(p_.chosen); }
  QColor warn_surface() const { return c(p_.warn_surface); }
  QColor offline_surface() const { return c(p_.offline_surface); }
  QColor ok_surface() const { return c(p_.ok_surface); }
  QColor text() const { return c(p_.text); }
  QColor text_dim() const { return c(p_.text_dim); }
  QColor placeholder() const { return c(p_.placeholder); }
  QColor ink() const { return c(p_.ink); }
  QColor high() const { return c(p_.high); }
  QColor medium() const { return c(p_.medium); }
  QColor low() const { return c(p_.low); }
  QColor on_high() const { return c(p_.on_high); }
  QColor high_text() const { return c(p_.high_text); }
  QColor ok() const { return c(p_.ok); }
  QColor on_ok() const { return c(p_.on_ok); }
  QColor offline() const { return c(p_.offline); }
  int font_small() const { return ConsoleSizes::kFontSmall; }
  int font_body() const { return ConsoleSizes::kFontBody; }
  int font_large() const { return ConsoleSizes::kFontLarge; }
  int font_huge() const { return ConsoleSizes::kFontHuge; }
  int touch() const { return ConsoleSizes::kTouch; }
  QString font_family() const { return QStringLiteral("Noto Sans CJK SC"); }

 private:
  static QColor c(theme::Rgb rgb) { return QColor(rgb.r, rgb.g, rgb.b); }
  ConsolePalette p_;
};

}  // namespace anju::console
