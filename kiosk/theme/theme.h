#pragma once
// Colours and sizes for QML, from the palettes in palette.h. Sizes follow the kiosk rules for
// older users (docs/kiosk.md): body text >= 28 px at 1080p, key labels larger, touch targets
// >= 90 px with wide gaps.
#include <QtQml/qqmlregistration.h>

#include <QColor>
#include <QObject>
#include <QVariantMap>

#include "theme/palette.h"

namespace anju::kiosk {

class Theme : public QObject {
  Q_OBJECT
  QML_ANONYMOUS  // QML knows it as the singleton instance `Theme`, never as a type
  Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY changed)
  Q_PROPERTY(QVariantMap colors READ colors NOTIFY changed)
  Q_PROPERTY(QString fontFamily READ fontFamily CONSTANT)
  Q_PROPERTY(int minTextPx READ minTextPx CONSTANT)
  Q_PROPERTY(int bodyPx READ bodyPx CONSTANT)
  Q_PROPERTY(int labelPx READ labelPx CONSTANT)
  Q_PROPERTY(int titlePx READ titlePx CONSTANT)
  Q_PROPERTY(int headlinePx READ headlinePx CONSTANT)
  Q_PROPERTY(int clockPx READ clockPx CONSTANT)
  Q_PROPERTY(int minTargetPx READ minTargetPx CONSTANT)
  Q_PROPERTY(int targetPx READ targetPx CONSTANT)
  Q_PROPERTY(int gapPx READ gapPx CONSTANT)
  Q_PROPERTY(int borderPx READ borderPx NOTIFY changed)
  Q_PROPERTY(int radiusPx READ radiusPx CONSTANT)
  Q_PROPERTY(int iconPx READ iconPx CONSTANT)

 public:
  // The rules' minimums (QML tests check every text and button against them) and the sizes
  // used.
  static constexpr int kMinTextPx = 28;
  static constexpr int kMinTargetPx = 90;
  static constexpr int kBodyPx = 32;
  static constexpr int kLabelPx = 40;  // key and button labels: larger than body text
  static constexpr int kTitlePx = 44;
  static constexpr int kHeadlinePx = 56;  // the call state
  static constexpr int kClockPx = 72;
  static constexpr int kTargetPx = 110;
  static constexpr int kGapPx = 28;
  static constexpr int kRadiusPx = 18;
  static constexpr int kIconPx = 64;

  explicit Theme(bool high_contrast = false, QObject* parent = nullptr);

  bool highContrast() const { return high_contrast_; }
  void setHighContrast(bool on);
  QVariantMap colors() const { return colors_; }
  QString fontFamily() const { return QStringLiteral("Noto Sans CJK SC"); }
  int borderPx() const { return high_contrast_ ? 5 : 3; }
  int minTextPx() const { return kMinTextPx; }
  int bodyPx() const { return kBodyPx; }
  int labelPx() const { return kLabelPx; }
  int titlePx() const { return kTitlePx; }
  int headlinePx() const { return kHeadlinePx; }
  int clockPx() const { return kClockPx; }
  int minTargetPx() const { return kMinTargetPx; }
  int targetPx() const { return kTargetPx; }
  int gapPx() const { return kGapPx; }
  int radiusPx() const { return kRadiusPx; }
  int iconPx() const { return kIconPx; }

 signals:
  void changed();

 private:
  void rebuild();
  bool high_contrast_;
  QVariantMap colors_;
};

}  // namespace anju::kiosk
