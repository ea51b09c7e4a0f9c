#include "text/phrasebook.h"

#include <array>

namespace anju::kiosk {
namespace {

// Short words, one idea per phrase, the most important word first: residents read slowly and
// some only catch the first words the voice says.
constexpr std::array kPhrases = std::to_array<Phrase>({
    // Language switch: the button shows the name of the language it switches to.
    {"lang_name", "English", "中文"},
    {"room", "Room %1", "%1 房间"},

    // The call button and the emergency button.
    {"call_nurse", "Call nurse", "呼叫护士"},
    {"call_nurse_hint", "Press here if you need a nurse", "需要护士请按这里"},
    {"call_again", "Call again", "再次呼叫"},
    {"emergency", "Emergency call", "紧急呼叫"},
    {"emergency_hint", "Press here if you need help now", "需要帮助请按这里"},
    {"call_for_help", "Call for help", "呼叫帮助"},

    // Where the call stands.
    {"state_placed", "Your call has been sent", "您的呼叫已发出"},
    {"placed_detail", "The nurse station has your call. Please wait.",
     "护士站已收到您的呼叫，请稍候。"},
    {"placed_detail_sending", "Sending to the nurse station. Please wait.",
     "正在发送到护士站，请稍候。"},
    {"state_connecting", "Call placed – connecting", "已呼叫 – 正在连接"},
    {"connecting_detail", "Your call is saved. It is sent as soon as the connection is back.",
     "您的呼叫已保存，网络恢复后会自动发送。"},
    {"state_acknowledged", "A nurse is coming", "护士正在赶来"},
    {"ack_detail", "Please stay where you are.", "请在原地稍候。"},
    {"ack_detail_named", "%1 is on the way.", "%1 正在赶来。"},
    {"state_present", "A nurse is here", "护士已到"},
    {"present_detail_named", "%1 is with you.", "%1 在您身边。"},
    {"emergency_placed", "Emergency call sent", "紧急呼叫已发出"},
    {"emergency_detail", "Someone will come at once. Stay where you are.",
     "马上有人来，请在原地等候。"},
    {"emergency_connecting", "Emergency call – connecting", "紧急呼叫 – 正在连接"},
    {"emergency_ack", "Help is coming", "马上有人来帮您"},
    {"called_at", "Called at %1", "呼叫时间 %1"},
    {"staff_ends_call", "The nurse ends the call when they arrive.", "护士到场后会结束呼叫。"},
    {"i_am_ok", "I'm OK", "我没事"},
    {"ok_reported", "The nurse knows you are OK and will still come to see you.",
     "已告诉护士您没事，护士仍会来看您。"},
    {"hear_again", "Say it again", "再听一遍"},

    // Said aloud (the screen shows the same words).
    {"say_already_called", "You have already called. A nurse will come. Please wait.",
     "您已经呼叫过了，护士会来，请稍候。"},
    {"say_reconnected", "Connection is back. Your call has been sent.",
     "网络已恢复，您的呼叫已发送。"},
    {"say_call_ended", "The call has ended.", "呼叫已结束。"},
    {"say_request_sent", "%1. Your request has been sent.", "%1。您的请求已发出。"},

    // Connection.
    {"offline_banner", "No connection. Calls are saved and sent automatically.",
     "网络已断开。呼叫会被保存并自动发送。"},

    // Service requests.
    {"service_title", "I need", "我需要"},
    {"service_water", "Water", "喝水"},
    {"service_toilet", "Toilet help", "上厕所"},
    {"service_pain", "Pain", "疼痛"},
    {"service_turn", "Turn over", "翻身"},
    {"service_meal", "Meal", "吃饭"},
    {"service_requested", "Asked %1", "已请求 %1"},

    // Today.
    {"today", "Today", "今日安排"},
    {"today_activities", "Activities", "今日活动"},
    {"today_menu", "Menu", "今日菜单"},
    {"no_activities", "No activities today", "今天没有活动"},
    {"no_menu", "The menu is not ready yet", "今天的菜单暂未公布"},
    {"schedule_unavailable", "The schedule cannot be read. Please tell the staff.",
     "日程无法读取，请告诉工作人员。"},
    {"meal_breakfast", "Breakfast", "早餐"},
    {"meal_lunch", "Lunch", "午餐"},
    {"meal_dinner", "Dinner", "晚餐"},
    {"meal_snack", "Snack", "加餐"},
    {"now_label", "Now", "正在进行"},
    {"next_label", "Next", "接下来"},
    {"back", "Back", "返回"},
    {"page_up", "Earlier", "上一页"},
    {"page_down", "More", "下一页"},
    {"part_morning", "Morning", "上午"},
    {"part_noon", "Midday", "中午"},
    {"part_afternoon", "Afternoon", "下午"},
    {"part_evening", "Evening", "晚上"},
    {"part_night", "Night", "夜间"},

    // Hallway.
    {"directory_title", "Find your way", "指路"},
    {"happening_now", "Happening now", "正在进行"},
    {"later_today", "Later today", "今天稍后"},
    {"nothing_now", "Free time", "自由活动"},
    {"dir_left", "Turn left", "向左走"},
    {"dir_right", "Turn right", "向右走"},
    {"dir_ahead", "Straight ahead", "向前直走"},
    {"dir_behind", "Behind you", "在您身后"},
    {"dir_up", "Go upstairs", "上楼"},
    {"dir_down", "Go downstairs", "下楼"},
    {"distance_m", "%1 m", "%1 米"},
    {"floor", "Floor %1", "%1 楼"},
    {"directory_unavailable", "The directory cannot be read. Please ask the staff.",
     "指路信息无法读取，请询问工作人员。"},

    // Staff mode.
    {"staff", "Staff", "工作人员"},
    {"staff_enter_pin", "Enter your PIN or scan your badge", "请输入密码或刷工卡"},
    {"staff_pin_wrong", "PIN not recognised. Try again.", "密码不正确，请重试。"},
    {"staff_locked", "Too many attempts. Try again in %1 seconds.",
     "尝试次数过多，请 %1 秒后再试。"},
    {"staff_checking", "Checking…", "正在验证…"},
    {"staff_no_pins", "No staff PINs are set up on this kiosk.", "本设备尚未设置工作人员密码。"},
    {"key_clear", "Clear", "清除"},
    {"key_delete", "Delete", "删除"},
    {"key_ok", "OK", "确定"},
    {"staff_signed_in", "Signed in: %1", "已登录：%1"},
    {"staff_mark_present", "Mark present", "到场签到"},
    {"staff_mark_present_hint", "Counts as a round check-in", "记为一次查房"},
    {"staff_cancel_call", "Cancel the call", "取消呼叫"},
    {"staff_cancel_hint", "Ends the call in this room", "结束本房间的呼叫"},
    {"staff_no_call", "No active call", "当前没有呼叫"},
    {"staff_add_note", "Add a note", "添加备注"},
    {"staff_note_custom", "Type a note", "输入备注"},
    {"staff_send_note", "Send note", "发送备注"},
    {"note_resting", "Resident resting", "老人在休息"},
    {"note_toilet", "Helped to the toilet", "已协助如厕"},
    {"note_water", "Gave water", "已送水"},
    {"note_turned", "Turned in bed", "已协助翻身"},
    {"note_followup", "Needs follow-up", "需要跟进"},
    {"staff_done_present", "Check-in recorded.", "已签到。"},
    {"staff_done_cancel", "Call cancelled.", "呼叫已取消。"},
    {"staff_done_note", "Note sent: %1", "备注已发送：%1"},
    {"staff_sign_out", "Done", "完成"},
    {"staff_sign_out_hint", "Back to the resident screen", "返回老人界面"},
    {"call_status", "Call: %1", "呼叫状态：%1"},
    {"nurse", "A nurse", "护士"},
});

}  // namespace

std::span<const Phrase> all_phrases() {
  return kPhrases;
}

std::string_view phrase(std::string_view key, Language language) {
  for (const auto& p : kPhrases)
    if (p.key == key) return language == Language::kZh ? p.zh : p.en;
  return key;
}

bool has_phrase(std::string_view key) {
  for (const auto& p : kPhrases)
    if (p.key == key) return true;
  return false;
}

std::string fill(std::string_view text, std::string_view arg) {
  std::string out(text);
  if (auto pos = out.find("%1"); pos != std::string::npos) out.replace(pos, 2, arg);
  return out;
}

}  // namespace anju::kiosk
