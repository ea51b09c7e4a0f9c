#pragma once
// The kiosk's current language, shared by every object that shows or says words. Switching it
// re-words the whole screen at once (bindings follow the change signal); nothing is reloaded.
#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>

#include "text/language.h"

namespace anju::kiosk {

class LanguageState : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by the kiosk")
  Q_PROPERTY(QString code READ code WRITE setCode NOTIFY changed)

 public:
  explicit LanguageState(Language language = Language::kZh, QObject* parent = nullptr)
      : QObject(parent), language_(language) {}

  Language language() const { return language_; }
  QString code() const { return QString::fromUtf8(to_string(language_).data()); }
  void setCode(const QString& code);
  void setLanguage(Language language);
  Q_INVOKABLE void toggle() { setLanguage(other(language_)); }

 signals:
  void changed();

 private:
  Language language_;
};

}  // namespace anju::kiosk
