#pragma once
// What the console screen talks to: sign-in and roles, the three boards, and the actions a nurse
// takes. Actions are events on the console's own topic; the engine decides what they change, and
// every console shows the result when the engine publishes it (one truth for several consoles).
#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <functional>
#include <memory>

#include "auth/user_store.h"
#include "common/clock.h"
#include "console/alarm_board_model.h"
#include "console/clip_client.h"
#include "console/device_board_model.h"
#include "console/incident_list_model.h"
#include "console/room_floor_model.h"
#include "console/rounds_board_model.h"
#include "console/shift_report_model.h"
#include "node/event_channel.h"
#include "node/reliable_event_sender.h"
#include "qt/qt_bus.h"
#include "qt/qt_event_sender.h"

namespace anju::console {

class ConsoleController : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("provided by the console")
  Q_PROPERTY(AlarmBoardModel* alarms READ alarms CONSTANT)
  Q_PROPERTY(RoomFloorModel* rooms READ rooms CONSTANT)
  Q_PROPERTY(DeviceBoardModel* devices READ devices CONSTANT)
  Q_PROPERTY(RoundsBoardModel* rounds READ rounds CONSTANT)
  Q_PROPERTY(ShiftReportModel* report READ report CONSTANT)
  Q_PROPERTY(IncidentListModel* incidents READ incidents CONSTANT)
  Q_PROPERTY(ClipClient* clips READ clips CONSTANT)
  // Incident review is for managers and charge nurses only.
  Q_PROPERTY(bool canReview READ can_review NOTIFY userChanged)
  // Rooms are assigned to nurses by a charge nurse or a manager; `staff` are those who can take
  // rooms ([{id, name}], nurses and charge nurses, from the staff accounts).
  Q_PROPERTY(bool canAssign READ can_assign NOTIFY userChanged)
  Q_PROPERTY(QVariantList staff READ staff NOTIFY staffChanged)
  Q_PROPERTY(QString reportPath READ report_path NOTIFY reportPathChanged)
  // Unanswered alarms escalated to the signed-in role: level 1 goes to charge nurses (and
  // managers), level 2 to all staff, so a nurse's console also shows those.
  Q_PROPERTY(int escalatedToMe READ escalated_to_me NOTIFY escalatedToMeChanged)
  Q_PROPERTY(bool signedIn READ signed_in NOTIFY userChanged)
  Q_PROPERTY(QString userName READ user_name NOTIFY userChanged)
  Q_PROPERTY(QString userRole READ user_role NOTIFY userChanged)
  Q_PROPERTY(QString signInError READ sign_in_error NOTIFY signInErrorChanged)
  Q_PROPERTY(bool connected READ connected NOTIFY connectedChanged)
  Q_PROPERTY(QString language READ language WRITE set_language NOTIFY languageChanged)
  Q_PROPERTY(QString site READ site CONSTANT)
  Q_PROPERTY(qint64 nowMs READ now_ms NOTIFY clockTick)
  Q_PROPERTY(QString lastActionError READ last_action_error NOTIFY lastActionErrorChanged)

 public:
  // bus may be null (screenshot mode, tests of the view): actions are then recorded, not sent.
  ConsoleController(const Clock& clock, std::string site, std::string node,
                    std::unique_ptr<qt::QtBus> bus, auth::UserStore* users,
                    QObject* parent = nullptr);
  ~ConsoleController() override;

  AlarmBoardModel* alarms() { return &alarms_; }
  RoomFloorModel* rooms() { return &rooms_; }
  DeviceBoardModel* devices() { return &devices_; }
  RoundsBoardModel* rounds() { return &rounds_; }
  ShiftReportModel* report() { return &report_; }
  IncidentListModel* incidents() { return &incidents_; }
  ClipClient* clips() { return &clips_; }
  bool can_review() const;
  bool can_assign() const { return can_review(); }  // the same roles: manager, charge nurse
  QVariantList staff() const;
  // Who rooms can be given to (read from the staff accounts at start and at each sign-in; the
  // screenshot mode sets a sample).
  void set_staff(const std::vector<auth::User>& users);
  QString report_path() const { return report_path_; }
  int escalated_to_me() const;

  Q_INVOKABLE bool signIn(const QString& user, const QString& password);
  Q_INVOKABLE void signOut();
  Q_INVOKABLE bool acknowledge(const QString& alarm_id);
  Q_INVOKABLE bool resolve(const QString& alarm_id);
  Q_INVOKABLE void silence(const QString& alarm_id) { alarms_.silence(alarm_id); }
  // Publishes an incident_review event (outcome: fall | self_lowering | near_miss | false_alarm);
  // the engine turns it into the updated incident. Managers and charge nurses only.
  // Gives `room` to the nurse `staff_id` for this shift ("" = nobody): an assign event; the engine
  // keeps it and every console shows it on the floor. Managers and charge nurses only.
  Q_INVOKABLE bool assign(const QString& room, const QString& staff_id);
  // Gives every room that has no nurse to one of the nurses who hold a room this shift, evenly,
  // preferring the nurse who did its last round (staffing/shift_plan.h): how many were given;
  // 0 with lastActionError saying why when there was nothing to do.
  Q_INVOKABLE int fillRooms();
  Q_INVOKABLE bool review(const QString& incident_id, const QString& outcome, const QString& notes,
                          const QString& root_cause);
  // Writes the one-page HTML report of an incident into `folder`; the path, or empty on error
  // (lastActionError says why). `thumbnail`: the JPEG to embed; empty = the loaded clip's, if it is
  // this incident's.
  QString exportReport(const QString& incident_id, const QString& folder,
                       const QByteArray& thumbnail = {});
  // Exports the clip (privacy version unless a manager chose the original; the server audits it)
  // and then the report with the clip's thumbnail; without a clip server, the report alone.
  // reportPath tells where the report went.
  Q_INVOKABLE bool exportIncident(const QString& incident_id, const QString& folder);

  // Feeds one bus message (also used by tests and the screenshot mode).
  void handle_message(const QString& topic, const QByteArray& payload);
  // Signs in without a password check (screenshot mode only).
  void sign_in_as(const auth::User& user);
  void set_retranslate(std::function<void(const QString&)> hook) { retranslate_ = std::move(hook); }
  // Without a bus (tests, the screenshot mode): the events this console published, as stamped by
  // its sender, newest last. With a bus: empty.
  std::vector<protocol::Event> sent() const;
  // Events this console sent that the engine has not confirmed yet (sent again until it does).
  std::size_t pending_events() const;

  bool signed_in() const { return user_.has_value(); }
  QString user_name() const { return user_ ? QString::fromStdString(user_->name) : QString(); }
  QString user_role() const;
  QString sign_in_error() const { return sign_in_error_; }
  bool connected() const { return bus_ ? bus_->connected() : false; }
  QString language() const { return language_; }
  void set_language(const QString& language);
  QString site() const { return QString::fromStdString(site_); }
  qint64 now_ms() const { return clock_.now_ms(); }
  QString last_action_error() const { return last_action_error_; }

 signals:
  void userChanged();
  void signInErrorChanged();
  void connectedChanged();
  void languageChanged();
  void clockTick();
  void lastActionErrorChanged();
  void escalatedToMeChanged();
  void reportPathChanged();
  void staffChanged();
  // An action was tried without a signed-in user: the view offers sign-in (alarms stay visible).
  void signInRequired();

 private:
  bool act(protocol::EventType type, const QString& alarm_id);
  void open_sender();
  bool send(protocol::Event e);
  void fail(const QString& why);
  void load_staff();

  const Clock& clock_;
  std::string site_;
  std::string node_;
  std::unique_ptr<qt::QtBus> bus_;
  // The one sender (stamps, keeps each event until the engine's receipt): over the bus, or over a
  // local channel when there is none. Declared after bus_: destroyed before it.
  std::unique_ptr<qt::QtEventSender> bus_sender_;
  std::shared_ptr<node::LocalEventChannel> local_channel_;
  std::unique_ptr<node::ReliableEventSender> local_sender_;
  node::EventSink* sink_ = nullptr;
  QString sender_error_;
  auth::UserStore* users_;
  AlarmBoardModel alarms_;
  RoomFloorModel rooms_;
  DeviceBoardModel devices_;
  RoundsBoardModel rounds_;
  ShiftReportModel report_;
  IncidentListModel incidents_;
  ClipClient clips_;
  QString report_path_;
  std::optional<auth::User> user_;
  std::vector<auth::User> staff_;  // who can take rooms
  QString sign_in_error_;
  QString language_ = "zh";
  QString last_action_error_;
  QTimer ticker_;
  std::function<void(const QString&)> retranslate_;
};

}  // namespace anju::console
