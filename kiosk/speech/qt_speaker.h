#pragma once
// The kiosk's voice: Qt TextToSpeech (speech-dispatcher with espeak-ng speaks Mandarin and
// English; flite speaks English only), preceded by a short chime so a resident turns to the
// screen. Where no voice exists for the language, the chime alone still says "something happened"
// and the screen says what. The engine is created on first use, after the first frame, so that
// speech never delays start-up.
#include <QLocale>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QVoice>
#include <optional>

#include "speech/speaker.h"

class QTextToSpeech;
class QSoundEffect;

namespace anju::kiosk {

class QtSpeaker final : public QObject, public Speaker {
  Q_OBJECT

 public:
  // engine: "auto" (speechd, else flite), "speechd", "flite", or "none" (chime only).
  QtSpeaker(QString engine, QUrl chime, QObject* parent = nullptr);
  ~QtSpeaker() override;

  void say(const std::string& text, Language language) override;
  // Creates the speech engine now (call once the first frame is shown).
  void prepare();
  bool hasVoice(Language language);
  QString engineName() const { return engine_name_; }

 private:
  void speak_pending();
  bool select_language(Language language);
  struct VoiceChoice {
    bool found = false;
    QLocale locale;
    QVoice voice;  // empty: the locale's default voice
  };
  VoiceChoice find_voice(Language language);

  QString wanted_engine_;
  QString engine_name_;
  QUrl chime_url_;
  QTextToSpeech* tts_ = nullptr;
  QSoundEffect* chime_ = nullptr;
  bool prepared_ = false;
  QTimer after_chime_;
  std::optional<VoiceChoice> voices_[2];  // zh, en: looked up once, then reused
  QString pending_text_;
  Language pending_language_ = Language::kZh;
};

}  // namespace anju::kiosk
