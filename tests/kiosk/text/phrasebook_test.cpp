#include "text/phrasebook.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "text/call_wording.h"

namespace anju::kiosk {
namespace {

TEST(Phrasebook, EveryPhraseExistsInBothLanguagesOnce) {
  std::set<std::string_view> keys;
  for (const auto& p : all_phrases()) {
    EXPECT_TRUE(keys.insert(p.key).second) << "duplicate key " << p.key;
    EXPECT_FALSE(p.en.empty()) << p.key << " has no English";
    EXPECT_FALSE(p.zh.empty()) << p.key << " has no Chinese";
    const bool en_takes_arg = p.en.find("%1") != std::string_view::npos;
    const bool zh_takes_arg = p.zh.find("%1") != std::string_view::npos;
    EXPECT_EQ(en_takes_arg, zh_takes_arg) << p.key << ": both or neither take the argument";
  }
}

// The QML reads phrases as Tr.<key> / TrOther.<key> / Tr[<"key">]; a missing key would show
// nothing at all on a resident's screen.
TEST(Phrasebook, EveryKeyTheQmlUsesExists) {
  const std::filesystem::path qml_dir = std::filesystem::path(ANJU_SOURCE_DIR) / "kiosk" / "qml";
  const std::regex dotted(R"(\b(?:Tr|TrOther)\.([a-z_0-9]+))");
  const std::regex quoted(R"(\"((?:note|service|meal|dir)_[a-z_]+)\")");
  int references = 0;
  for (const auto& entry : std::filesystem::directory_iterator(qml_dir)) {
    if (entry.path().extension() != ".qml") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string qml = text.str();
    for (const auto* re : {&dotted, &quoted}) {
      for (auto it = std::sregex_iterator(qml.begin(), qml.end(), *re);
           it != std::sregex_iterator(); ++it) {
        ++references;
        EXPECT_TRUE(has_phrase((*it)[1].str()))
            << entry.path().filename() << " uses missing phrase " << (*it)[1];
      }
    }
  }
  EXPECT_GT(references, 50);
}

TEST(Phrasebook, MissingKeyShowsTheKeyAndFillReplacesTheArgument) {
  EXPECT_EQ(phrase("no_such_phrase", Language::kEn), "no_such_phrase");
  EXPECT_EQ(fill(phrase("ack_detail_named", Language::kEn), "Li Na"), "Li Na is on the way.");
  EXPECT_EQ(fill(phrase("ack_detail_named", Language::kZh), "李娜"), "李娜 正在赶来。");
  EXPECT_EQ(fill("no argument", "x"), "no argument");
}

TEST(CallWording, EachStateHasWordsInBothLanguages) {
  CallSnapshot s;
  EXPECT_TRUE(describe_call(s, Language::kEn, "").headline.empty());
  s.phase = CallPhase::kPlaced;
  EXPECT_EQ(describe_call(s, Language::kEn, "").headline, "Call placed – connecting");
  EXPECT_EQ(describe_call(s, Language::kZh, "").headline, "已呼叫 – 正在连接");
  s.connected = true;
  EXPECT_EQ(describe_call(s, Language::kEn, "").headline, "Your call has been sent");
  EXPECT_EQ(describe_call(s, Language::kEn, "").detail,
            "Sending to the nurse station. Please wait.");
  s.station_confirmed = true;
  EXPECT_EQ(describe_call(s, Language::kEn, "").detail,
            "The nurse station has your call. Please wait.");
  s.phase = CallPhase::kAcknowledged;
  EXPECT_EQ(describe_call(s, Language::kEn, "").headline, "A nurse is coming");
  EXPECT_EQ(describe_call(s, Language::kZh, "李娜").detail, "李娜 正在赶来。");
  s.phase = CallPhase::kPresent;
  EXPECT_EQ(describe_call(s, Language::kEn, "Li Na").spoken(Language::kEn),
            "A nurse is here. Li Na is with you.");
  EXPECT_EQ(describe_call(s, Language::kZh, "李娜").spoken(Language::kZh),
            "护士已到。李娜 在您身边。");
  s.kind = CallKind::kEmergency;
  s.phase = CallPhase::kAcknowledged;
  EXPECT_EQ(describe_call(s, Language::kEn, "").headline, "Help is coming");
}

}  // namespace
}  // namespace anju::kiosk
