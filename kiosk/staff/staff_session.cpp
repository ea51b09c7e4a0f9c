#include "staff/staff_session.h"

#include <QtConcurrent/QtConcurrentRun>

#include "app/call_session.h"
#include "text/phrasebook.h"

namespace anju::kiosk {

StaffSession::StaffSession(CallSession& call, std::shared_ptr<const StaffDirectory> staff,
                           const Clock& clock, LanguageState& language, QObject* parent)
    : QObject(parent), call_(call), staff_(std::move(staff)), language_(language), lockout_(clock) {
  idle_.setSingleShot(true);
  idle_.setInterval(kDefaultIdleMs);
  connect(&idle_, &QTimer::timeout, this, &StaffSession::signOut);
  lock_ticker_.setInterval(1000);
  connect(&lock_ticker_, &QTimer::timeout, this, [this] {
    if (!lockout_.locked()) {
      lock_ticker_.stop();
      set_feedback(Feedback::kNone);
    }
    emit changed();
  });
  connect(&check_, &QFutureWatcher<std::optional<StaffMember>>::finished, this,
          [this] { finish_check(check_.result()); });
  connect(&language_, &LanguageState::changed, this, &StaffSession::changed);
}

StaffSession::~StaffSession() {
  check_.waitForFinished();
}

void StaffSession::touch() {
  if (state_ == State::SignedIn || !code_.empty()) idle_.start();
}

void StaffSession::begin() {
  code_.clear();
  set_feedback(available() ? (lockout_.locked() ? Feedback::kLocked : Feedback::kNone)
                           : Feedback::kNoStaff);
  idle_.start();
}

void StaffSession::pressKey(const QString& key) {
  if (state_ != State::Entering || lockout_.locked()) return;
  for (const QChar c : key) {
    if (!c.isLetterOrNumber() || c.unicode() > 127 || code_.size() >= kMaxCodeLength) continue;
    code_.push_back(static_cast<char>(c.unicode()));
  }
  if (feedback_ == Feedback::kWrong) feedback_ = Feedback::kNone;
  idle_.start();
  emit changed();
}

void StaffSession::deleteKey() {
  if (state_ != State::Entering || code_.empty()) return;
  code_.pop_back();
  idle_.start();
  emit changed();
}

void StaffSession::clearCode() {
  if (state_ != State::Entering) return;
  code_.clear();
  emit changed();
}

void StaffSession::submit() {
  if (state_ != State::Entering || code_.empty()) return;
  if (!available()) {
    set_feedback(Feedback::kNoStaff);
    return;
  }
  if (lockout_.locked()) {
    set_feedback(Feedback::kLocked);
    return;
  }
  state_ = State::Checking;
  emit changed();
  check_.setFuture(
      QtConcurrent::run([staff = staff_, code = code_] { return staff->verify(code); }));
  code_.assign(code_.size(), '\0');  // do not keep the code around longer than needed
  code_.clear();
}

void StaffSession::finish_check(const std::optional<StaffMember>& member) {
  if (state_ != State::Checking) return;  // signed out meanwhile
  if (!member) {
    state_ = State::Entering;
    lockout_.record_failure();
    if (lockout_.locked()) {
      lock_ticker_.start();
      set_feedback(Feedback::kLocked);
    } else {
      set_feedback(Feedback::kWrong);
    }
    return;
  }
  lockout_.record_success();
  state_ = State::SignedIn;
  staff_id_ = member->id;
  staff_name_ = QString::fromStdString(member->display_name);
  idle_.start();
  set_feedback(Feedback::kNone);
}

void StaffSession::signOut() {
  const bool was_in = state_ != State::Entering || !code_.empty();
  state_ = State::Entering;
  code_.clear();
  staff_id_.clear();
  staff_name_.clear();
  idle_.stop();
  set_feedback(Feedback::kNone);
  if (was_in) emit signedOut();
}

void StaffSession::markPresent() {
  if (state_ != State::SignedIn) return;
  call_.staffPresent(staff_id_);
  idle_.start();
  set_feedback(Feedback::kPresent);
}

void StaffSession::cancelCall() {
  if (state_ != State::SignedIn) return;
  call_.staffCancel(staff_id_);
  idle_.start();
  set_feedback(Feedback::kCancelled);
}

void StaffSession::sendNote(const QString& text) {
  const QString note = text.simplified().left(200);
  if (state_ != State::SignedIn || note.isEmpty()) return;
  call_.staffNote(staff_id_, note.toStdString());
  idle_.start();
  set_feedback(Feedback::kNoteSent, note);
}

void StaffSession::set_feedback(Feedback feedback, QString arg) {
  feedback_ = feedback;
  feedback_arg_ = std::move(arg);
  emit changed();
}

QString StaffSession::staffName() const {
  return staff_name_;
}

bool StaffSession::messageIsError() const {
  return feedback_ == Feedback::kWrong || feedback_ == Feedback::kLocked ||
         feedback_ == Feedback::kNoStaff;
}

QString StaffSession::message() const {
  const Language lang = language_.language();
  auto text = [lang](std::string_view key, const std::string& arg = {}) {
    return QString::fromStdString(fill(phrase(key, lang), arg));
  };
  if (state_ == State::Checking) return text("staff_checking");
  switch (feedback_) {
    case Feedback::kNone:
      return {};
    case Feedback::kWrong:
      return text("staff_pin_wrong");
    case Feedback::kLocked:
      return text("staff_locked", std::to_string(lockout_.seconds_left()));
    case Feedback::kNoStaff:
      return text("staff_no_pins");
    case Feedback::kPresent:
      return text("staff_done_present");
    case Feedback::kCancelled:
      return text("staff_done_cancel");
    case Feedback::kNoteSent:
      return text("staff_done_note", feedback_arg_.toStdString());
  }
  return {};
}

}  // namespace anju::kiosk
