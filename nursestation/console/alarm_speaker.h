#pragma once
// Plays the board's alarm sound: the burst of the highest unacknowledged, unsilenced priority,
// repeated at its interval; a low-priority alarm chimes once when it arrives. Silencing one alarm
// never silences another: the board decides what is due, this only plays it.
#include <QObject>
#include <QSoundEffect>
#include <QTemporaryDir>
#include <QTimer>
#include <map>
#include <memory>

#include "console/alarm_board_model.h"

namespace anju::console {

class AlarmSpeaker : public QObject {
  Q_OBJECT
 public:
  AlarmSpeaker(AlarmBoardModel* board, QObject* parent = nullptr);
  QString playing() const { return playing_; }  // priority currently repeating, for tests

 private:
  void update();
  void play(const QString& priority);

  AlarmBoardModel* board_;
  QTemporaryDir dir_;
  std::map<QString, std::unique_ptr<QSoundEffect>> effects_;
  QTimer repeat_;
  QString playing_;
};

}  // namespace anju::console
