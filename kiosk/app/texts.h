#pragma once
// The phrasebook as a QML object: Tr.call_nurse is the phrase in the kiosk's language, and
// TrOther.call_nurse the same phrase in the other language (the call button shows both). Every
// property updates when the language changes.
#include <QQmlPropertyMap>

#include "app/language_state.h"

namespace anju::kiosk {

class Texts : public QQmlPropertyMap {
  Q_OBJECT

 public:
  enum class Which { kCurrent, kOther };
  Texts(LanguageState& language, Which which, QObject* parent = nullptr);

 private:
  void refill();
  LanguageState& language_;
  Which which_;
};

}  // namespace anju::kiosk
