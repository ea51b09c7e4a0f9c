<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../text/phrasebook.cpp" line="26"/>
        <source>English</source>
        <comment>lang_name</comment>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="27"/>
        <source>Room %1</source>
        <comment>room</comment>
        <translation>%1 房间</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="30"/>
        <source>Call nurse</source>
        <comment>call_nurse</comment>
        <translation>呼叫护士</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="31"/>
        <source>Press here if you need a nurse</source>
        <comment>call_nurse_hint</comment>
        <translation>需要护士请按这里</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="32"/>
        <source>Call again</source>
        <comment>call_again</comment>
        <translation>再次呼叫</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="33"/>
        <source>Emergency call</source>
        <comment>emergency</comment>
        <translation>紧急呼叫</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="34"/>
        <source>Press here if you need help now</source>
        <comment>emergency_hint</comment>
        <translation>需要帮助请按这里</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="35"/>
        <source>Call for help</source>
        <comment>call_for_help</comment>
        <translation>呼叫帮助</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="38"/>
        <source>Your call has been sent</source>
        <comment>state_placed</comment>
        <translation>您的呼叫已发出</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="39"/>
        <source>The nurse station has your call. Please wait.</source>
        <comment>placed_detail</comment>
        <translation>护士站已收到您的呼叫，请稍候。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="40"/>
        <source>Sending to the nurse station. Please wait.</source>
        <comment>placed_detail_sending</comment>
        <translation>正在发送到护士站，请稍候。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="42"/>
        <source>Call placed – connecting</source>
        <comment>state_connecting</comment>
        <translation>已呼叫 – 正在连接</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="43"/>
        <source>Your call is saved. It is sent as soon as the connection is back.</source>
        <comment>connecting_detail</comment>
        <translation>您的呼叫已保存，网络恢复后会自动发送。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="45"/>
        <source>A nurse is coming</source>
        <comment>state_acknowledged</comment>
        <translation>护士正在赶来</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="46"/>
        <source>Please stay where you are.</source>
        <comment>ack_detail</comment>
        <translation>请在原地稍候。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="47"/>
        <source>%1 is on the way.</source>
        <comment>ack_detail_named</comment>
        <translation>%1 正在赶来。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="48"/>
        <source>A nurse is here</source>
        <comment>state_present</comment>
        <translation>护士已到</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="49"/>
        <source>%1 is with you.</source>
        <comment>present_detail_named</comment>
        <translation>%1 在您身边。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="50"/>
        <source>Emergency call sent</source>
        <comment>emergency_placed</comment>
        <translation>紧急呼叫已发出</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="51"/>
        <source>Someone will come at once. Stay where you are.</source>
        <comment>emergency_detail</comment>
        <translation>马上有人来，请在原地等候。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="53"/>
        <source>Emergency call – connecting</source>
        <comment>emergency_connecting</comment>
        <translation>紧急呼叫 – 正在连接</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="54"/>
        <source>Help is coming</source>
        <comment>emergency_ack</comment>
        <translation>马上有人来帮您</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="55"/>
        <source>Called at %1</source>
        <comment>called_at</comment>
        <translation>呼叫时间 %1</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="56"/>
        <source>The nurse ends the call when they arrive.</source>
        <comment>staff_ends_call</comment>
        <translation>护士到场后会结束呼叫。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="57"/>
        <source>I&apos;m OK</source>
        <comment>i_am_ok</comment>
        <translation>我没事</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="58"/>
        <source>The nurse knows you are OK and will still come to see you.</source>
        <comment>ok_reported</comment>
        <translation>已告诉护士您没事，护士仍会来看您。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="60"/>
        <source>Say it again</source>
        <comment>hear_again</comment>
        <translation>再听一遍</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="63"/>
        <source>You have already called. A nurse will come. Please wait.</source>
        <comment>say_already_called</comment>
        <translation>您已经呼叫过了，护士会来，请稍候。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="65"/>
        <source>Connection is back. Your call has been sent.</source>
        <comment>say_reconnected</comment>
        <translation>网络已恢复，您的呼叫已发送。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="66"/>
        <source>The call has ended.</source>
        <comment>say_call_ended</comment>
        <translation>呼叫已结束。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="67"/>
        <source>%1. Your request has been sent.</source>
        <comment>say_request_sent</comment>
        <translation>%1。您的请求已发出。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="70"/>
        <source>No connection. Calls are saved and sent automatically.</source>
        <comment>offline_banner</comment>
        <translation>网络已断开。呼叫会被保存并自动发送。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="74"/>
        <source>I need</source>
        <comment>service_title</comment>
        <translation>我需要</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="75"/>
        <source>Water</source>
        <comment>service_water</comment>
        <translation>喝水</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="76"/>
        <source>Toilet help</source>
        <comment>service_toilet</comment>
        <translation>上厕所</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="77"/>
        <source>Pain</source>
        <comment>service_pain</comment>
        <translation>疼痛</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="78"/>
        <source>Turn over</source>
        <comment>service_turn</comment>
        <translation>翻身</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="79"/>
        <source>Meal</source>
        <comment>service_meal</comment>
        <translation>吃饭</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="80"/>
        <source>Asked %1</source>
        <comment>service_requested</comment>
        <translation>已请求 %1</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="83"/>
        <source>Today</source>
        <comment>today</comment>
        <translation>今日安排</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="84"/>
        <source>Activities</source>
        <comment>today_activities</comment>
        <translation>今日活动</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="85"/>
        <source>Menu</source>
        <comment>today_menu</comment>
        <translation>今日菜单</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="86"/>
        <source>No activities today</source>
        <comment>no_activities</comment>
        <translation>今天没有活动</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="87"/>
        <source>The menu is not ready yet</source>
        <comment>no_menu</comment>
        <translation>今天的菜单暂未公布</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="88"/>
        <source>The schedule cannot be read. Please tell the staff.</source>
        <comment>schedule_unavailable</comment>
        <translation>日程无法读取，请告诉工作人员。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="90"/>
        <source>Breakfast</source>
        <comment>meal_breakfast</comment>
        <translation>早餐</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="91"/>
        <source>Lunch</source>
        <comment>meal_lunch</comment>
        <translation>午餐</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="92"/>
        <source>Dinner</source>
        <comment>meal_dinner</comment>
        <translation>晚餐</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="93"/>
        <source>Snack</source>
        <comment>meal_snack</comment>
        <translation>加餐</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="94"/>
        <source>Now</source>
        <comment>now_label</comment>
        <translation>正在进行</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="95"/>
        <source>Next</source>
        <comment>next_label</comment>
        <translation>接下来</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="96"/>
        <source>Back</source>
        <comment>back</comment>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="97"/>
        <source>Earlier</source>
        <comment>page_up</comment>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="98"/>
        <source>More</source>
        <comment>page_down</comment>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="99"/>
        <source>Morning</source>
        <comment>part_morning</comment>
        <translation>上午</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="100"/>
        <source>Midday</source>
        <comment>part_noon</comment>
        <translation>中午</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="101"/>
        <source>Afternoon</source>
        <comment>part_afternoon</comment>
        <translation>下午</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="102"/>
        <source>Evening</source>
        <comment>part_evening</comment>
        <translation>晚上</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="103"/>
        <source>Night</source>
        <comment>part_night</comment>
        <translation>夜间</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="106"/>
        <source>Find your way</source>
        <comment>directory_title</comment>
        <translation>指路</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="107"/>
        <source>Happening now</source>
        <comment>happening_now</comment>
        <translation>正在进行</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="108"/>
        <source>Later today</source>
        <comment>later_today</comment>
        <translation>今天稍后</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="109"/>
        <source>Free time</source>
        <comment>nothing_now</comment>
        <translation>自由活动</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="110"/>
        <source>Turn left</source>
        <comment>dir_left</comment>
        <translation>向左走</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="111"/>
        <source>Turn right</source>
        <comment>dir_right</comment>
        <translation>向右走</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="112"/>
        <source>Straight ahead</source>
        <comment>dir_ahead</comment>
        <translation>向前直走</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="113"/>
        <source>Behind you</source>
        <comment>dir_behind</comment>
        <translation>在您身后</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="114"/>
        <source>Go upstairs</source>
        <comment>dir_up</comment>
        <translation>上楼</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="115"/>
        <source>Go downstairs</source>
        <comment>dir_down</comment>
        <translation>下楼</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="116"/>
        <source>%1 m</source>
        <comment>distance_m</comment>
        <translation>%1 米</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="117"/>
        <source>Floor %1</source>
        <comment>floor</comment>
        <translation>%1 楼</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="118"/>
        <source>The directory cannot be read. Please ask the staff.</source>
        <comment>directory_unavailable</comment>
        <translation>指路信息无法读取，请询问工作人员。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="122"/>
        <source>Staff</source>
        <comment>staff</comment>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="123"/>
        <source>Enter your PIN or scan your badge</source>
        <comment>staff_enter_pin</comment>
        <translation>请输入密码或刷工卡</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="124"/>
        <source>PIN not recognised. Try again.</source>
        <comment>staff_pin_wrong</comment>
        <translation>密码不正确，请重试。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="125"/>
        <source>Too many attempts. Try again in %1 seconds.</source>
        <comment>staff_locked</comment>
        <translation>尝试次数过多，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="126"/>
        <source>Checking…</source>
        <comment>staff_checking</comment>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="127"/>
        <source>No staff PINs are set up on this kiosk.</source>
        <comment>staff_no_pins</comment>
        <translation>本设备尚未设置工作人员密码。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="128"/>
        <source>Clear</source>
        <comment>key_clear</comment>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="129"/>
        <source>Delete</source>
        <comment>key_delete</comment>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="130"/>
        <source>OK</source>
        <comment>key_ok</comment>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="131"/>
        <source>Signed in: %1</source>
        <comment>staff_signed_in</comment>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="132"/>
        <source>Mark present</source>
        <comment>staff_mark_present</comment>
        <translation>到场签到</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="133"/>
        <source>Counts as a round check-in</source>
        <comment>staff_mark_present_hint</comment>
        <translation>记为一次查房</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="134"/>
        <source>Cancel the call</source>
        <comment>staff_cancel_call</comment>
        <translation>取消呼叫</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="135"/>
        <source>Ends the call in this room</source>
        <comment>staff_cancel_hint</comment>
        <translation>结束本房间的呼叫</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="136"/>
        <source>No active call</source>
        <comment>staff_no_call</comment>
        <translation>当前没有呼叫</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="137"/>
        <source>Add a note</source>
        <comment>staff_add_note</comment>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="138"/>
        <source>Type a note</source>
        <comment>staff_note_custom</comment>
        <translation>输入备注</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="139"/>
        <source>Send note</source>
        <comment>staff_send_note</comment>
        <translation>发送备注</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="140"/>
        <source>Resident resting</source>
        <comment>note_resting</comment>
        <translation>老人在休息</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="141"/>
        <source>Helped to the toilet</source>
        <comment>note_toilet</comment>
        <translation>已协助如厕</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="142"/>
        <source>Gave water</source>
        <comment>note_water</comment>
        <translation>已送水</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="143"/>
        <source>Turned in bed</source>
        <comment>note_turned</comment>
        <translation>已协助翻身</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="144"/>
        <source>Needs follow-up</source>
        <comment>note_followup</comment>
        <translation>需要跟进</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="145"/>
        <source>Check-in recorded.</source>
        <comment>staff_done_present</comment>
        <translation>已签到。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="146"/>
        <source>Call cancelled.</source>
        <comment>staff_done_cancel</comment>
        <translation>呼叫已取消。</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="147"/>
        <source>Note sent: %1</source>
        <comment>staff_done_note</comment>
        <translation>备注已发送：%1</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="148"/>
        <source>Done</source>
        <comment>staff_sign_out</comment>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="149"/>
        <source>Back to the resident screen</source>
        <comment>staff_sign_out_hint</comment>
        <translation>返回老人界面</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="150"/>
        <source>Call: %1</source>
        <comment>call_status</comment>
        <translation>呼叫状态：%1</translation>
    </message>
    <message>
        <location filename="../text/phrasebook.cpp" line="151"/>
        <source>A nurse</source>
        <comment>nurse</comment>
        <translation>护士</translation>
    </message>
</context>
</TS>
