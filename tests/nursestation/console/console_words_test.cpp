#include "console/console_words.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTranslator>

#include "console/alarm_board_model.h"
#include "engine/alarm_policy.h"

namespace anju::console {
namespace {

// Loads the console's Chinese translation for the test's lifetime.
class Chinese {
 public:
  Chinese() {
    loaded_ = translator_.load(":/i18n/console_zh_CN.qm");
    if (loaded_) QCoreApplication::installTranslator(&translator_);
  }
  ~Chinese() { QCoreApplication::removeTranslator(&translator_); }
  bool loaded() const { return loaded_; }

 private:
  QTranslator translator_;
  bool loaded_ = false;
};

TEST(ConsoleWords, EveryAlarmTypeOfTheEnginesPolicyHasAWordInBothLanguages) {
  const auto types = engine::AlarmPolicy::defaults().types();
  ASSERT_GE(types.size(), 12u);
  std::vector<QString> english;
  for (const auto& type : types) {
    EXPECT_TRUE(words::has_alarm_type(type)) << type << " has no word: add it to console_words.cpp";
    english.push_back(words::alarm_type(type));
  }
  Chinese zh;
  ASSERT_TRUE(zh.loaded());
  for (std::size_t i = 0; i < types.size(); ++i)
    EXPECT_NE(words::alarm_type(types[i]), english[i]) << types[i] << " has no zh translation";
}

TEST(ConsoleWords, EveryStatusPriorityAndCallStateHasAWord) {
  using namespace protocol;
  for (auto p : {Priority::kHigh, Priority::kMedium, Priority::kLow})
    EXPECT_NE(words::priority(to_string(p)), QString::fromUtf8(to_string(p).data()));
  for (auto s : {AlarmStatus::kRaised, AlarmStatus::kAcknowledged, AlarmStatus::kPresent})
    EXPECT_NE(words::status(to_string(s)), QString::fromUtf8(to_string(s).data()));
  for (auto c :
       {CallState::kNone, CallState::kPlaced, CallState::kAcknowledged, CallState::kPresent})
    EXPECT_NE(words::call(to_string(c)), QString::fromUtf8(to_string(c).data()));
  for (auto r : {RoundState::kOk, RoundState::kDue, RoundState::kOverdue})
    EXPECT_NE(words::round(to_string(r)), QString::fromUtf8(to_string(r).data()));
  for (auto k : {NodeKind::kKiosk, NodeKind::kGateway, NodeKind::kVision, NodeKind::kEngine,
                 NodeKind::kConsole, NodeKind::kSimulator})
    EXPECT_NE(words::node_kind(to_string(k)), QString::fromUtf8(to_string(k).data()));
}

TEST(ConsoleWords, EveryPageStateHasAWordInChinese) {
  Chinese zh;
  ASSERT_TRUE(zh.loaded());
  for (const char* state :
       {"sent", "delivered", "read", "accepted", "declined", "timed_out", "unreachable"}) {
    EXPECT_TRUE(protocol::is_page_state(state));
    EXPECT_NE(words::page_state(state), QString(state)) << state << " has no zh word";
  }
}

TEST(ConsoleWords, TheBoardSaysWhoWasPagedAndWhereEachStands) {
  ManualClock clock{1'000'000};
  AlarmBoardModel board{clock};
  protocol::AlarmState a;
  a.alarm = "a1";
  a.type = "call";
  a.room = "103";
  a.raised_ts = a.ts = 1'000'000;
  a.paged = {{"n01", "timed_out", 1'000'000}, {"n02", "read", 1'048'000}};
  board.apply(a);
  board.set_names({{"n01", "Zhang Wei"}});
  clock.advance(60'000);
  EXPECT_EQ(board.data(board.index(0), AlarmBoardModel::PagingTextRole).toString(),
            "Zhang Wei no answer 1:00 · n02 read 0:12");
}

TEST(ConsoleWords, AnUnknownNameIsShownAsItIsNeverBlank) {
  EXPECT_EQ(words::alarm_type("smoke"), "smoke");
  EXPECT_EQ(words::request("blanket"), "blanket");
  EXPECT_EQ(words::note(""), "");
  EXPECT_EQ(words::escalation(0), "");
  EXPECT_EQ(words::escalation(1), "Escalated to charge nurse");
  EXPECT_EQ(words::alarm_title("service_request", "water"), "Request: Water");
  EXPECT_EQ(words::alarm_title("service_request", ""), "Request");
  EXPECT_EQ(words::alarm_title("call", "water"), "Nurse call");
}

TEST(ConsoleWords, TheBoardsWordsFollowTheLanguage) {
  ManualClock clock{1'000'000};
  AlarmBoardModel board{clock};
  protocol::AlarmState a;
  a.alarm = "a1";
  a.type = "service_request";
  a.detail = "water";
  a.priority = protocol::Priority::kLow;
  a.status = protocol::AlarmStatus::kAcknowledged;
  a.by = "n01";
  a.escalation = 1;
  a.note = "resident reports OK";
  a.room = "101";
  a.raised_ts = a.ts = 1'000'000;
  board.apply(a);
  const auto text = [&](int role) { return board.data(board.index(0), role).toString(); };
  EXPECT_EQ(text(AlarmBoardModel::TitleTextRole), "Request: Water");
  EXPECT_EQ(text(AlarmBoardModel::PriorityTextRole), "LOW");
  EXPECT_EQ(text(AlarmBoardModel::StatusTextRole), "Nurse coming · n01");
  EXPECT_EQ(text(AlarmBoardModel::EscalationTextRole), "Escalated to charge nurse");
  EXPECT_EQ(text(AlarmBoardModel::NoteTextRole), "Resident reports OK");
  EXPECT_FALSE(board.data(board.index(0), AlarmBoardModel::WaitingRole).toBool());

  Chinese zh;
  ASSERT_TRUE(zh.loaded());
  QSignalSpy changed(&board, &QAbstractItemModel::dataChanged);
  board.relabel();
  ASSERT_EQ(changed.count(), 1);
  EXPECT_TRUE(changed[0][2].value<QList<int>>().contains(AlarmBoardModel::TitleTextRole));
  EXPECT_NE(text(AlarmBoardModel::TitleTextRole), "Request: Water");
  EXPECT_TRUE(text(AlarmBoardModel::StatusTextRole).endsWith(" · n01"));
  EXPECT_NE(text(AlarmBoardModel::PriorityTextRole), "LOW");
}

}  // namespace
}  // namespace anju::console
