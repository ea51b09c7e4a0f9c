#include "console/alarm_speaker.h"

#include <QFile>
#include <QUrl>

#include "sound/alarm_tones.h"

namespace anju::console {

AlarmSpeaker::AlarmSpeaker(AlarmBoardModel* board, QObject* parent)
    : QObject(parent), board_(board) {
  for (auto priority :
       {protocol::Priority::kHigh, protocol::Priority::kMedium, protocol::Priority::kLow}) {
    const QString name = QString::fromUtf8(protocol::to_string(priority).data());
    const QString path = dir_.filePath(name + ".wav");
    QFile file(path);
    const auto wav = sound::wav_file(sound::render_burst(sound::pattern_for(priority)));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(wav.data(), static_cast<qint64>(wav.size())) < 0) {
      qWarning("console: cannot write alarm sound %s", qPrintable(path));
      continue;
    }
    auto effect = std::make_unique<QSoundEffect>();
    effect->setSource(QUrl::fromLocalFile(path));
    effects_[name] = std::move(effect);
  }
  connect(board_, &AlarmBoardModel::soundChanged, this, &AlarmSpeaker::update);
  connect(board_, &AlarmBoardModel::alarmRaised, this,
          [this](const QString&, const QString& priority) {
            if (priority == "low" && playing_.isEmpty()) play("low");
          });
  connect(&repeat_, &QTimer::timeout, this, [this] {
    if (!playing_.isEmpty()) play(playing_);
  });
  update();
}

void AlarmSpeaker::update() {
  const QString due = board_->sound_priority();
  if (due == playing_) return;
  repeat_.stop();
  playing_ = (due == "high" || due == "medium") ? due : QString();
  if (playing_.isEmpty()) return;
  play(playing_);
  const auto pattern = sound::pattern_for(playing_ == "high" ? protocol::Priority::kHigh
                                                             : protocol::Priority::kMedium);
  repeat_.start(static_cast<int>(pattern.repeat_s * 1000));
}

void AlarmSpeaker::play(const QString& priority) {
  if (auto it = effects_.find(priority); it != effects_.end()) it->second->play();
}

}  // namespace anju::console
