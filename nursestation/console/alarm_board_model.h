#pragma once
// The alarm board: every active alarm, highest priority first, then oldest first (UL 1069: if the
// screen cannot show all, the highest priorities are the ones shown). Fed with AlarmState messages
// from the engine's retained alarm topics; closed alarms leave the board.
#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QSet>
#include <map>
#include <vector>

#include "common/clock.h"
#include "protocol/messages.h"

namespace anju::console {

class AlarmBoardModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("provided by the console")
  Q_PROPERTY(int count READ count NOTIFY countsChanged)
  Q_PROPERTY(int highCount READ high_count NOTIFY countsChanged)
  Q_PROPERTY(int mediumCount READ medium_count NOTIFY countsChanged)
  Q_PROPERTY(int lowCount READ low_count NOTIFY countsChanged)
  Q_PROPERTY(int escalatedCount READ escalated_count NOTIFY countsChanged)
  // Highest priority among unacknowledged, unsilenced alarms: what the speaker should play.
  // "" when nothing should sound.
  Q_PROPERTY(QString soundPriority READ sound_priority NOTIFY soundChanged)

 public:
  enum Role {
    AlarmIdRole = Qt::UserRole + 1,
    TypeRole,
    PriorityRole,  // "high" | "medium" | "low"
    StatusRole,    // "raised" | "acknowledged" | "present"
    RoomRole,
    BedRole,
    RaisedMsRole,
    AgeTextRole,  // "2:05" since raised
    EscalationRole,
    ByRole,
    DetailRole,
    NoteRole,
    ClipRole,
    SilencedRole,
    NodeRole,
    // Decided in C++ (the engine's policy, the alarm standard), so QML only shows them:
    CanAcknowledgeRole,  // bool: the engine accepts an acknowledge now
    CanResolveRole,      // bool: may be resolved from the console (the engine's policy)
    FlashPeriodMsRole,   // int: half-period of the lamp's flashing; 0 = steady
    WaitingRole,         // bool: raised and nobody has acknowledged it
    // Words in the console's language (console_words.h); relabel() after a language change.
    TitleTextRole,       // "Request: Water"
    PriorityTextRole,    // "HIGH"
    StatusTextRole,      // "Nurse coming · n01"
    EscalationTextRole,  // "" or "Escalated to charge nurse"
    NoteTextRole,        // "" or the engine's note, translated
    PagingTextRole,      // who was paged and where each stands: "Zhang Wei read 0:12"
  };

  explicit AlarmBoardModel(const Clock& clock, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  // Insert, update or (when closed) remove.
  void apply(const protocol::AlarmState& alarm);
  void remove(const QString& alarm_id);
  // Re-renders ages; call once a second.
  void refresh_ages();
  // Re-renders every word after the language changed.
  void relabel();
  // Staff id -> name, for the paged nurses.
  void set_names(std::map<std::string, QString> names);

  // Silencing pauses the sound of one alarm; it stays on the board, lit (IEC 60601-1-8).
  Q_INVOKABLE void silence(const QString& alarm_id);
  Q_INVOKABLE int rowOf(const QString& alarm_id) const;
  const protocol::AlarmState* at(int row) const;
  // The alarm's actions as the engine published them; for an engine older than that field,
  // acknowledge while raised and nothing else.
  static protocol::AlarmActions actions_of(const protocol::AlarmState& alarm);
  // IEC 60601-1-8 flashing for an unacknowledged alarm: high 2 Hz (250 ms on, 250 off), medium
  // 0.6 Hz (830 / 830), low steady; acknowledged alarms are steady.
  static int flash_half_period_ms(const protocol::AlarmState& alarm);

  int count() const { return static_cast<int>(alarms_.size()); }
  int high_count() const { return count_of(protocol::Priority::kHigh); }
  int medium_count() const { return count_of(protocol::Priority::kMedium); }
  int low_count() const { return count_of(protocol::Priority::kLow); }
  int escalated_count() const { return escalated_count(1); }
  // Unacknowledged alarms escalated to at least `level` (1 charge nurse, 2 all staff).
  int escalated_count(int level) const;
  QString sound_priority() const;

 signals:
  void countsChanged();
  void soundChanged();
  // A new alarm arrived (for the speaker's one-shot low-priority sound and for tests).
  void alarmRaised(const QString& alarm_id, const QString& priority);

 private:
  int count_of(protocol::Priority p) const;
  int find_row(const std::string& alarm_id) const;
  int insert_position(const protocol::AlarmState& alarm) const;
  void changed_counts();

  const Clock& clock_;
  std::vector<protocol::AlarmState> alarms_;  // kept sorted
  QString paging_text(const protocol::AlarmState& a) const;
  QString name_of(const std::string& staff_id) const;  // the id when the name is not known
  QSet<QString> silenced_;
  std::map<std::string, QString> names_;
  QString last_sound_;
};

QString format_age(TimestampMs age_ms);

}  // namespace anju::console
