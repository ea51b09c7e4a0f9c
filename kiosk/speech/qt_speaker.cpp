#include "speech/qt_speaker.h"

#include <QLoggingCategory>
#include <QSoundEffect>
#include <QTextToSpeech>
#include <QVoice>

Q_LOGGING_CATEGORY(lcSpeech, "anju.kiosk.speech")

namespace anju::kiosk {
namespace {

constexpr int kChimeMs = 700;  // the chime's length: speech starts when it ends

QLocale::Language qt_language(Language l) {
  return l == Language::kZh ? QLocale::Chinese : QLocale::English;
}

}  // namespace

QtSpeaker::QtSpeaker(QString engine, QUrl chime, QObject* parent)
    : QObject(parent), wanted_engine_(std::move(engine)), chime_url_(std::move(chime)) {
  after_chime_.setSingleShot(true);
  after_chime_.setInterval(kChimeMs);
  connect(&after_chime_, &QTimer::timeout, this, &QtSpeaker::speak_pending);
}

QtSpeaker::~QtSpeaker() = default;

void QtSpeaker::prepare() {
  if (prepared_) return;
  prepared_ = true;
  chime_ = new QSoundEffect(this);
  chime_->setSource(chime_url_);
  chime_->setVolume(0.8f);

  if (wanted_engine_ == QLatin1String("none")) return;
  const QStringList available = QTextToSpeech::availableEngines();
  QStringList candidates;
  if (wanted_engine_ == QLatin1String("auto"))
    candidates = {QStringLiteral("speechd"), QStringLiteral("flite")};
  else
    candidates = {wanted_engine_};
  for (const QString& name : candidates) {
    if (!available.contains(name)) continue;
    auto* tts = new QTextToSpeech(name, this);
    if (tts->state() == QTextToSpeech::Error) {
      qCWarning(lcSpeech) << "speech engine" << name << "failed:" << tts->errorString();
      delete tts;
      continue;
    }
    tts_ = tts;
    engine_name_ = name;
    break;
  }
  if (!tts_)
    qCWarning(lcSpeech) << "no speech engine among" << available << "- chime only";
  else
    qCInfo(lcSpeech) << "speech engine" << engine_name_
                     << "- Chinese voice:" << select_language(Language::kZh)
                     << "English voice:" << select_language(Language::kEn);
}

bool QtSpeaker::select_language(Language language) {
  if (!tts_) return false;
  auto& choice = voices_[language == Language::kZh ? 0 : 1];
  if (!choice) choice = find_voice(language);
  if (!choice->found) return false;
  if (tts_->locale() != choice->locale) tts_->setLocale(choice->locale);
  if (!choice->voice.name().isEmpty() && tts_->voice() != choice->voice)
    tts_->setVoice(choice->voice);
  return true;
}

QtSpeaker::VoiceChoice QtSpeaker::find_voice(Language language) {
  const QList<QLocale> locales = tts_->availableLocales();
  for (const QLocale& locale : locales)
    if (locale.language() == qt_language(language)) return {true, locale, QVoice()};
  // speech-dispatcher with espeak-ng lists Mandarin ("cmn") under the C locale, which QLocale
  // cannot name: find it by the voice's name. The "latin as English" voice reads names such as
  // "Li Na" in English.
  const QString wanted =
      language == Language::kZh ? QStringLiteral("Mandarin") : QStringLiteral("English");
  for (const QLocale& locale : locales) {
    if (locale.language() != QLocale::C) continue;
    tts_->setLocale(locale);
    std::optional<QVoice> found;
    for (const QVoice& voice : tts_->availableVoices()) {
      if (!voice.name().contains(wanted) || voice.name().contains(QLatin1Char('+'))) continue;
      if (!found || voice.name().contains(QStringLiteral("latin as English"))) found = voice;
    }
    if (found) return {true, locale, *found};
  }
  qCWarning(lcSpeech) << "no voice for" << to_string(language).data() << "- a chime instead";
  return {};  // remembered: not searched again
}

bool QtSpeaker::hasVoice(Language language) {
  prepare();
  return select_language(language);
}

void QtSpeaker::say(const std::string& text, Language language) {
  prepare();
  if (tts_) tts_->stop();  // only the latest state matters
  pending_text_ = QString::fromStdString(text);
  pending_language_ = language;
  if (chime_) chime_->play();
  after_chime_.start();
  qCInfo(lcSpeech) << "say" << pending_text_;
}

void QtSpeaker::speak_pending() {
  if (pending_text_.isEmpty()) return;
  if (select_language(pending_language_)) tts_->say(pending_text_);
  pending_text_.clear();
}

}  // namespace anju::kiosk
