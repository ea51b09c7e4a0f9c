#pragma once
// The call, as QML sees it: the CallController's state as properties (with the words for it in
// the kiosk's language) and the resident's buttons as invokables. Bus messages come in on the GUI
// thread (QtBus); every change is saved to the local state file and announced by the voice.
#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <filesystem>
#include <memory>
#include <optional>

#include "app/language_state.h"
#include "call/call_controller.h"
#include "call/call_state_file.h"
#include "speech/announcer.h"

namespace anju::kiosk {

class StaffDirectory;

class CallSession : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by the kiosk")
  Q_PROPERTY(Phase phase READ phase NOTIFY changed)
  Q_PROPERTY(bool active READ active NOTIFY changed)
  Q_PROPERTY(bool connecting READ connecting NOTIFY changed)
  Q_PROPERTY(bool connected READ connected NOTIFY changed)
  Q_PROPERTY(bool isEmergency READ isEmergency NOTIFY changed)
  Q_PROPERTY(bool stationConfirmed READ stationConfirmed NOTIFY changed)
  Q_PROPERTY(bool residentReportedOk READ residentReportedOk NOTIFY changed)
  Q_PROPERTY(QString headline READ headline NOTIFY changed)
  Q_PROPERTY(QString detail READ detail NOTIFY changed)
  Q_PROPERTY(QString staffName READ staffName NOTIFY changed)
  Q_PROPERTY(QString calledAt READ calledAt NOTIFY changed)

 public:
  // protocol::CallState for QML (Q_ENUM needs a QObject); the same values, checked below.
  enum class Phase { Idle, Placed, Acknowledged, Present };
  Q_ENUM(Phase)

  CallSession(KioskPlace place, node::EventSink& sink, const Clock& clock, LanguageState& language,
              CallSnapshot restored = {}, QObject* parent = nullptr);
  ~CallSession() override;

  // Wiring (all optional).
  void setSpeaker(Speaker* speaker);
  void setStaffDirectory(const StaffDirectory* staff) { staff_ = staff; }
  void setStateFile(const std::filesystem::path& path);

  // The resident's buttons.
  Q_INVOKABLE void call() { controller_.press_call(); }
  Q_INVOKABLE void emergency() { controller_.press_emergency(); }
  Q_INVOKABLE void imOk() { controller_.report_ok(); }
  Q_INVOKABLE void sayAgain();
  Q_INVOKABLE void requestService(const QString& kind);

  // Staff actions (from StaffSession, after a PIN).
  void staffPresent(const std::string& staff) { controller_.staff_present(staff); }
  void staffCancel(const std::string& staff) { controller_.staff_cancel(staff); }
  void staffNote(const std::string& staff, const std::string& text) {
    controller_.staff_note(staff, text);
  }

  Phase phase() const { return static_cast<Phase>(snapshot().phase); }
  bool active() const { return snapshot().active(); }
  bool connecting() const { return snapshot().connecting(); }
  bool connected() const { return snapshot().connected; }
  bool isEmergency() const { return snapshot().kind == CallKind::kEmergency; }
  bool stationConfirmed() const { return snapshot().station_confirmed; }
  bool residentReportedOk() const { return snapshot().resident_reported_ok; }
  QString headline() const;
  QString detail() const;
  QString staffName() const;
  QString calledAt() const;

  const CallSnapshot& snapshot() const { return controller_.snapshot(); }
  CallController& controller() { return controller_; }
  QString displayName(const std::string& staff_id) const;
  QString timeOfDay(TimestampMs ts) const;  // "14:02", local time

 public slots:
  // From QtBus: the room summary and this kiosk's commands. Anything else, or anything that does
  // not decode, is logged and ignored.
  void onBusMessage(const QString& topic, const QByteArray& payload, bool retained);
  void setConnected(bool connected) { controller_.on_connection_changed(connected); }
  // From the event sender (qt::QtEventSender::confirmed): the engine journalled this event.
  void onConfirmed(const QString& eventId) { controller_.on_confirmed(eventId.toStdString()); }

 signals:
  void changed();
  void requestsChanged();

 private:
  void on_change(const CallChange& change);

  LanguageState& language_;
  CallController controller_;
  std::unique_ptr<Announcer> announcer_;
  std::optional<CallStateFile> state_file_;
  const StaffDirectory* staff_ = nullptr;
};

static_assert(static_cast<int>(CallSession::Phase::Idle) == static_cast<int>(CallPhase::kNone));
static_assert(static_cast<int>(CallSession::Phase::Placed) == static_cast<int>(CallPhase::kPlaced));
static_assert(static_cast<int>(CallSession::Phase::Acknowledged) ==
              static_cast<int>(CallPhase::kAcknowledged));
static_assert(static_cast<int>(CallSession::Phase::Present) ==
              static_cast<int>(CallPhase::kPresent));

}  // namespace anju::kiosk
