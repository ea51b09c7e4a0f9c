#pragma once
// The console's words for wire names ("bathroom_call", "acknowledged", "charge_nurse", ...),
// translated through Qt Linguist (console_zh_CN.ts). Wire names stay English on the bus; this is
// the one place that turns them into words, so a test can prove every alarm type the engine's
// policy knows has a word in both languages. A name without a word is shown as it is, never blank.
// QML reaches the same functions as the singleton `Words`.
#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <string_view>

#include "protocol/messages.h"

namespace anju::console {

namespace words {
QString alarm_type(std::string_view type);  // "call" -> "Nurse call"
QString request(std::string_view detail);   // service request: "water" -> "Water"
QString note(std::string_view note);        // notes the engine attaches ("person got up")
QString priority(std::string_view priority);
QString status(std::string_view status);  // alarm status
QString call(std::string_view call_state);
QString escalation(int level);  // "" at level 0
QString round(std::string_view round_state);
QString shift(std::string_view shift);
QString role(std::string_view role);
QString node_kind(std::string_view kind);
QString page_state(std::string_view state);  // a paged nurse's phone: "read", "no answer", ...
// The alarm's type as a nurse reads it: a service request names what was asked for.
QString alarm_title(std::string_view type, std::string_view detail);
// Whether `type` has a word of its own (for tests: a new alarm type must get one).
bool has_alarm_type(std::string_view type);
}  // namespace words

class ConsoleWords : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Words)
  QML_SINGLETON

 public:
  using QObject::QObject;
  Q_INVOKABLE QString type(const QString& t) const;
  Q_INVOKABLE QString request(const QString& d) const;
  Q_INVOKABLE QString priority(const QString& p) const;
  Q_INVOKABLE QString call(const QString& c) const;
  Q_INVOKABLE QString round(const QString& s) const;
  Q_INVOKABLE QString shift(const QString& s) const;
  Q_INVOKABLE QString role(const QString& r) const;
  Q_INVOKABLE QString kind(const QString& k) const;
};

}  // namespace anju::console
