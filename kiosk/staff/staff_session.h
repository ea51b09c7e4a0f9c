#pragma once
// Staff mode: a code (PIN on the keypad, or a badge reader typing its code) signs a staff member
// in; then they mark themselves present (a round check-in), cancel the call, or send a note. Codes
// are checked off the GUI thread (the hashes are slow on purpose). Staff mode ends by itself after
// a while without a touch, so a resident never finds it left open.
#include <QtQml/qqmlregistration.h>

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>
#include <optional>

#include "app/language_state.h"
#include "staff/pin_lockout.h"
#include "staff/staff_directory.h"

namespace anju::kiosk {

class CallSession;

class StaffSession : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by the kiosk")
  Q_PROPERTY(State state READ state NOTIFY changed)
  Q_PROPERTY(int codeLength READ codeLength NOTIFY changed)
  Q_PROPERTY(QString staffName READ staffName NOTIFY changed)
  Q_PROPERTY(QString message READ message NOTIFY changed)
  Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY changed)
  Q_PROPERTY(bool available READ available CONSTANT)

 public:
  enum class State { Entering, Checking, SignedIn };
  Q_ENUM(State)
  static constexpr int kMaxCodeLength = 32;
  static constexpr int kDefaultIdleMs = 120'000;

  StaffSession(CallSession& call, std::shared_ptr<const StaffDirectory> staff, const Clock& clock,
               LanguageState& language, QObject* parent = nullptr);
  ~StaffSession() override;

  Q_INVOKABLE void begin();
  Q_INVOKABLE void pressKey(const QString& key);
  Q_INVOKABLE void deleteKey();
  Q_INVOKABLE void clearCode();
  Q_INVOKABLE void submit();
  Q_INVOKABLE void signOut();
  Q_INVOKABLE void markPresent();
  Q_INVOKABLE void cancelCall();
  Q_INVOKABLE void sendNote(const QString& text);
  Q_INVOKABLE void touch();

  State state() const { return state_; }
  int codeLength() const { return static_cast<int>(code_.size()); }
  QString staffName() const;
  QString message() const;
  bool messageIsError() const;
  bool available() const { return staff_ && !staff_->empty(); }
  const std::string& staffId() const { return staff_id_; }
  void setIdleTimeout(int ms) { idle_.setInterval(ms); }

 signals:
  void changed();
  void signedOut();

 private:
  enum class Feedback { kNone, kWrong, kLocked, kNoStaff, kPresent, kCancelled, kNoteSent };
  void finish_check(const std::optional<StaffMember>& member);
  void set_feedback(Feedback feedback, QString arg = {});

  CallSession& call_;
  std::shared_ptr<const StaffDirectory> staff_;
  LanguageState& language_;
  PinLockout lockout_;
  State state_ = State::Entering;
  std::string code_;
  std::string staff_id_;
  QString staff_name_;
  Feedback feedback_ = Feedback::kNone;
  QString feedback_arg_;
  QTimer idle_;
  QTimer lock_ticker_;  // refreshes the "try again in N seconds" countdown
  QFutureWatcher<std::optional<StaffMember>> check_;
};

}  // namespace anju::kiosk
