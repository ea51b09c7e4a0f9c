<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlarmBoard</name>
    <message>
        <location filename="../qml/AlarmBoard.qml" line="25"/>
        <source>No active alarms</source>
        <translation>当前无警报</translation>
    </message>
</context>
<context>
    <name>AlarmRow</name>
    <message>
        <location filename="../qml/AlarmRow.qml" line="63"/>
        <source>Room %1</source>
        <translation>%1 房</translation>
    </message>
    <message>
        <location filename="../qml/AlarmRow.qml" line="85"/>
        <source>Video clip recorded (see Review)</source>
        <translation>已录制视频（见事件复核）</translation>
    </message>
    <message>
        <location filename="../qml/AlarmRow.qml" line="86"/>
        <source>Sound paused</source>
        <translation>声音已暂停</translation>
    </message>
    <message>
        <location filename="../qml/AlarmRow.qml" line="96"/>
        <source>Silence</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../qml/AlarmRow.qml" line="102"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../qml/AlarmRow.qml" line="110"/>
        <source>Resolve</source>
        <translation>解除</translation>
    </message>
</context>
<context>
    <name>ClipPlayer</name>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="22"/>
        <source>+%1 s</source>
        <translation>+%1 秒</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="22"/>
        <source>+%1 min %2 s</source>
        <translation>+%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="70"/>
        <source>Room %1</source>
        <translation>%1 房</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="72"/>
        <source>Choose an incident</source>
        <translation>请选择一个事件</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="84"/>
        <source>ORIGINAL VIDEO · audited</source>
        <translation>原始视频 · 已记入审计</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="84"/>
        <source>Privacy mode</source>
        <translation>隐私模式</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="116"/>
        <source>Clip not loaded — clip server not configured</source>
        <translation>未加载视频——未配置视频服务器</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="117"/>
        <source>Loading the clip…</source>
        <translation>正在加载视频…</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="119"/>
        <source>The clip is fetched from the camera node when you ask for it.</source>
        <translation>按下按钮后才从摄像头节点获取视频。</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="127"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="127"/>
        <source>Load the clip</source>
        <translation>加载视频</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="183"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="183"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="188"/>
        <source>−5 s</source>
        <translation>−5 秒</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="202"/>
        <source>+5 s</source>
        <translation>+5 秒</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="218"/>
        <source>Raised</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="220"/>
        <source>Acknowledged</source>
        <translation>已应答</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="225"/>
        <source>Staff in room</source>
        <translation>护理人员到场</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="230"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../qml/ClipPlayer.qml" line="248"/>
        <source>Show the original video (no privacy filter). Each viewing is recorded in the clip server&apos;s audit.</source>
        <translation>显示原始视频（无隐私处理）。每次查看都会记入视频服务器的审计日志。</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <location filename="../qml/DevicesView.qml" line="22"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../qml/DevicesView.qml" line="22"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../qml/DevicesView.qml" line="22"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../qml/DevicesView.qml" line="23"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../qml/DevicesView.qml" line="23"/>
        <source>Last heard</source>
        <translation>最后联系</translation>
    </message>
    <message>
        <location filename="../qml/DevicesView.qml" line="23"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../qml/DevicesView.qml" line="52"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../qml/DevicesView.qml" line="52"/>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../qml/FloorView.qml" line="22"/>
        <source>Tap a room to give it to a nurse for this shift. Give each nurse on duty one room, then share out the rest.</source>
        <translation>点击房间，把它分给本班的一位护士。先给每位当班护士一个房间，再分配其余房间。</translation>
    </message>
    <message>
        <location filename="../qml/FloorView.qml" line="29"/>
        <source>Share out the other rooms</source>
        <translation>分配其余房间</translation>
    </message>
    <message>
        <location filename="../qml/FloorView.qml" line="87"/>
        <source>Staff: %1</source>
        <translation>护理人员：%1</translation>
    </message>
    <message>
        <location filename="../qml/FloorView.qml" line="94"/>
        <source>No nurse assigned</source>
        <translation>未分配护士</translation>
    </message>
    <message>
        <location filename="../qml/FloorView.qml" line="115"/>
        <source>Room %1: who takes it this shift?</source>
        <translation>%1 房：本班由谁负责？</translation>
    </message>
    <message>
        <location filename="../qml/FloorView.qml" line="145"/>
        <source>Nobody</source>
        <translation>不分配</translation>
    </message>
    <message>
        <location filename="../qml/FloorView.qml" line="154"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <location filename="../incident_report.cpp" line="25"/>
        <source>Fall</source>
        <translation>跌倒</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="26"/>
        <source>Self-lowering (no fall)</source>
        <translation>自行坐下/躺下（未跌倒）</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="27"/>
        <source>Near miss</source>
        <translation>险些跌倒</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="28"/>
        <source>False alarm</source>
        <translation>误报</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="29"/>
        <source>Not reviewed yet</source>
        <translation>尚未复核</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="33"/>
        <source>Fall detected by camera</source>
        <translation>摄像头检测到跌倒</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="34"/>
        <source>Bed exit</source>
        <translation>离床</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="35"/>
        <source>Wandering</source>
        <translation>游走</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="53"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="54"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="63"/>
        <source>after %1</source>
        <translation>%1 后</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="80"/>
        <location filename="../incident_report.cpp" line="82"/>
        <source>Incident report</source>
        <translation>事件报告</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="84"/>
        <source>Incident</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="85"/>
        <source>Site</source>
        <translation>院区</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="86"/>
        <source>What happened</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="87"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="88"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="92"/>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="93"/>
        <source>Alarm raised</source>
        <translation>报警时间</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="94"/>
        <source>Acknowledged</source>
        <translation>已应答</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="95"/>
        <source>Staff in the room</source>
        <translation>护理人员到场</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="96"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="97"/>
        <source>Attended by (staff id)</source>
        <translation>处理人（员工编号）</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="102"/>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="103"/>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="104"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="105"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="106"/>
        <source>Reviewed by (staff id)</source>
        <translation>复核人（员工编号）</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="108"/>
        <source>Reviewed on</source>
        <translation>复核时间</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="112"/>
        <source>Picture at the event</source>
        <translation>事件发生时的画面</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="115"/>
        <source>No picture available.</source>
        <translation>没有可用的画面。</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="118"/>
        <source>Privacy-filtered frame</source>
        <translation>经隐私处理的画面</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="122"/>
        <source>The picture is privacy-filtered (people blurred or shown as silhouettes).</source>
        <translation>画面已做隐私处理（人物已模糊或显示为剪影）。</translation>
    </message>
    <message>
        <location filename="../incident_report.cpp" line="127"/>
        <source>Generated by %1 on %2 from the Anju nurse station. Clip reference: %3.</source>
        <translation>由 %1 于 %2 在安居护士站生成。视频编号：%3。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../console_words.cpp" line="14"/>
        <source>Nurse call</source>
        <translation>护士呼叫</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="15"/>
        <source>Bathroom call</source>
        <translation>卫生间呼叫</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="16"/>
        <source>Emergency</source>
        <translation>紧急呼叫</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="17"/>
        <source>Staff emergency</source>
        <translation>员工求助</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="18"/>
        <source>Request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="19"/>
        <source>Fall detected</source>
        <translation>检测到跌倒</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="20"/>
        <source>Wandering</source>
        <translation>游走</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="21"/>
        <source>Bed exit</source>
        <translation>离床</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="22"/>
        <source>Low battery</source>
        <translation>电量低</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="23"/>
        <source>Camera offline</source>
        <translation>摄像头离线</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="24"/>
        <source>Device offline</source>
        <translation>设备离线</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="25"/>
        <source>Round overdue</source>
        <translation>巡房超时</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="28"/>
        <source>Water</source>
        <translation>喝水</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="29"/>
        <source>Toilet help</source>
        <translation>如厕帮助</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="30"/>
        <source>Pain</source>
        <translation>疼痛</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="31"/>
        <source>Turn over</source>
        <translation>翻身</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="32"/>
        <source>Meal</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="36"/>
        <source>Resident reports OK</source>
        <translation>老人表示没事</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="37"/>
        <source>Person got up</source>
        <translation>已自行起身</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="40"/>
        <source>HIGH</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="41"/>
        <source>MEDIUM</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="42"/>
        <source>LOW</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="45"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="46"/>
        <location filename="../console_words.cpp" line="52"/>
        <source>Nurse coming</source>
        <translation>护士正在赶来</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="47"/>
        <location filename="../console_words.cpp" line="53"/>
        <source>Staff in room</source>
        <translation>护理人员在房间</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="51"/>
        <source>Call waiting</source>
        <translation>呼叫等待中</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="50"/>
        <source>Quiet</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="80"/>
        <source>paged</source>
        <translation>已呼叫</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="81"/>
        <source>received</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="82"/>
        <source>read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="83"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="84"/>
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="85"/>
        <source>no answer</source>
        <translation>未回应</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="86"/>
        <source>phone offline</source>
        <translation>手机离线</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="140"/>
        <source>Escalated to all staff</source>
        <translation>已升级至全体人员</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="141"/>
        <source>Escalated to charge nurse</source>
        <translation>已升级至护士长</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="58"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="57"/>
        <source>Due now</source>
        <translation>现在该查</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="56"/>
        <source>On schedule</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="61"/>
        <source>Day shift</source>
        <translation>白班</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="62"/>
        <source>Evening shift</source>
        <translation>中班</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="63"/>
        <source>Night shift</source>
        <translation>夜班</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="68"/>
        <source>Manager</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="67"/>
        <source>Charge nurse</source>
        <translation>护士长</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="66"/>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="71"/>
        <source>Kiosk</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="72"/>
        <source>Call gateway</source>
        <translation>呼叫网关</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="73"/>
        <source>Camera node</source>
        <translation>摄像节点</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="74"/>
        <source>Station engine</source>
        <translation>护士站引擎</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="75"/>
        <source>Console</source>
        <translation>护士站</translation>
    </message>
    <message>
        <location filename="../console_words.cpp" line="76"/>
        <source>Simulator</source>
        <translation>模拟器</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="16"/>
        <location filename="../qml/Main.qml" line="51"/>
        <source>Anju Nurse Station</source>
        <translation>安居 护士站</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="80"/>
        <source>%1 escalated to you</source>
        <translation>%1 条已升级给您</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="94"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="94"/>
        <source>NO CONNECTION</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="105"/>
        <source>Sign out</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="105"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="122"/>
        <source>Alarms (%1)</source>
        <translation>警报 (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="123"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="124"/>
        <source>Devices (%1 offline)</source>
        <translation>设备 (%1 离线)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="128"/>
        <source>Rounds (%1 overdue)</source>
        <translation>巡房（%1 超时）</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="128"/>
        <source>Rounds</source>
        <translation>巡房</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="130"/>
        <source>Shift report</source>
        <translation>交班报告</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="134"/>
        <source>Review (%1 new)</source>
        <translation>事件复核（%1 条新）</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="134"/>
        <source>Review</source>
        <translation>复核</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../qml/ReportView.qml" line="53"/>
        <source>This shift</source>
        <translation>本班</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="58"/>
        <source>Previous shift</source>
        <translation>上一班</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="68"/>
        <source>Waiting for the station engine&apos;s report…</source>
        <translation>正在等待护士站引擎的报告…</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="78"/>
        <location filename="../qml/ReportView.qml" line="116"/>
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="79"/>
        <source>Alarms per hour</source>
        <translation>每小时报警</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="80"/>
        <source>Response p50 (m:ss)</source>
        <translation>响应中位数（分:秒）</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="82"/>
        <source>Response p90 (m:ss)</source>
        <translation>响应 p90（分:秒）</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="86"/>
        <location filename="../qml/ReportView.qml" line="118"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="88"/>
        <source>Rounds on time</source>
        <translation>按时巡房</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="92"/>
        <source>Falls</source>
        <translation>跌倒</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="98"/>
        <source>Rooms that missed rounds: %1</source>
        <translation>漏查房间：%1</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="115"/>
        <source>Alarm type</source>
        <translation>报警类型</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="117"/>
        <source>Answered</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="119"/>
        <source>p50</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="120"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../qml/ReviewForm.qml" line="49"/>
        <source>What happened?</source>
        <translation>发生了什么？</translation>
    </message>
    <message>
        <location filename="../qml/ReviewForm.qml" line="56"/>
        <source>Fall</source>
        <translation>跌倒</translation>
    </message>
    <message>
        <location filename="../qml/ReviewForm.qml" line="57"/>
        <source>Self-lowering</source>
        <translation>自行坐下</translation>
    </message>
    <message>
        <location filename="../qml/ReviewForm.qml" line="58"/>
        <source>Near miss</source>
        <translation>险些跌倒</translation>
    </message>
    <message>
        <location filename="../qml/ReviewForm.qml" line="59"/>
        <source>False alarm</source>
        <translation>误报</translation>
    </message>
    <message>
        <location filename="../qml/ReviewForm.qml" line="61"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../qml/ReviewForm.qml" line="67"/>
        <source>What staff found, injuries, what was done</source>
        <translation>护理人员看到的情况、伤情、采取的措施</translation>
    </message>
    <message>
        <location filename="../qml/ReviewForm.qml" line="69"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../qml/ReviewForm.qml" line="74"/>
        <source>Why it happened, what will change</source>
        <translation>发生原因，以及将如何改进</translation>
    </message>
    <message>
        <location filename="../qml/ReviewForm.qml" line="81"/>
        <source>Save review</source>
        <translation>保存复核</translation>
    </message>
    <message>
        <location filename="../qml/ReviewForm.qml" line="90"/>
        <source>Reviewed by %1, %2</source>
        <translation>复核人 %1，%2</translation>
    </message>
    <message>
        <location filename="../qml/ReviewForm.qml" line="92"/>
        <source>Not reviewed yet</source>
        <translation>尚未复核</translation>
    </message>
    <message>
        <location filename="../qml/ReviewForm.qml" line="101"/>
        <source>Export for a family meeting or a regulator</source>
        <translation>导出（用于家属沟通或监管部门）</translation>
    </message>
    <message>
        <location filename="../qml/ReviewForm.qml" line="106"/>
        <source>Folder, e.g. /media/usb</source>
        <translation>文件夹，例如 /media/usb</translation>
    </message>
    <message>
        <location filename="../qml/ReviewForm.qml" line="114"/>
        <source>Export clip and report</source>
        <translation>导出视频和报告</translation>
    </message>
    <message>
        <location filename="../qml/ReviewForm.qml" line="122"/>
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../qml/ReviewView.qml" line="22"/>
        <source>Fall</source>
        <translation>跌倒</translation>
    </message>
    <message>
        <location filename="../qml/ReviewView.qml" line="23"/>
        <source>Self-lowering</source>
        <translation>自行坐下</translation>
    </message>
    <message>
        <location filename="../qml/ReviewView.qml" line="24"/>
        <source>Near miss</source>
        <translation>险些跌倒</translation>
    </message>
    <message>
        <location filename="../qml/ReviewView.qml" line="25"/>
        <source>False alarm</source>
        <translation>误报</translation>
    </message>
    <message>
        <location filename="../qml/ReviewView.qml" line="27"/>
        <source>Not reviewed</source>
        <translation>未复核</translation>
    </message>
    <message>
        <location filename="../qml/ReviewView.qml" line="83"/>
        <source>Incident review is for managers and charge nurses. Sign in with such an account to see clips and record outcomes.</source>
        <translation>事件复核仅限管理员和护士长。请用相应账号登录，以查看视频并记录结论。</translation>
    </message>
    <message>
        <location filename="../qml/ReviewView.qml" line="109"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../qml/ReviewView.qml" line="116"/>
        <source>All rooms</source>
        <translation>全部房间</translation>
    </message>
    <message>
        <location filename="../qml/ReviewView.qml" line="117"/>
        <location filename="../qml/ReviewView.qml" line="239"/>
        <source>Room %1</source>
        <translation>%1 房</translation>
    </message>
    <message>
        <location filename="../qml/ReviewView.qml" line="124"/>
        <source>Any outcome</source>
        <translation>全部结论</translation>
    </message>
    <message>
        <location filename="../qml/ReviewView.qml" line="125"/>
        <source>Not reviewed (%1)</source>
        <translation>未复核（%1）</translation>
    </message>
    <message>
        <location filename="../qml/ReviewView.qml" line="135"/>
        <source>Any date</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../qml/ReviewView.qml" line="136"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../qml/ReviewView.qml" line="137"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../qml/ReviewView.qml" line="138"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../qml/ReviewView.qml" line="144"/>
        <source>%1 of %2 incidents</source>
        <translation>%1 / %2 个事件</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <location filename="../qml/RoundsView.qml" line="42"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="43"/>
        <source>Due now</source>
        <translation>现在该查</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="45"/>
        <source>On schedule</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="53"/>
        <source>No rooms on a round schedule yet.</source>
        <translation>还没有房间设置巡房计划。</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="68"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="69"/>
        <source>Round</source>
        <translation>巡房</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="70"/>
        <source>Next round</source>
        <translation>下次巡房</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="71"/>
        <source>Last check-in</source>
        <translation>上次签到</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="109"/>
        <source>%1 min late</source>
        <translation>晚了 %1 分钟</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="110"/>
        <source>in %1 min</source>
        <translation>%1 分钟后</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="118"/>
        <source>none this shift</source>
        <translation>本班尚无</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../qml/SignIn.qml" line="22"/>
        <location filename="../qml/SignIn.qml" line="52"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../qml/SignIn.qml" line="30"/>
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../qml/SignIn.qml" line="38"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>anju::console::ClipClient</name>
    <message>
        <location filename="../clip_client.cpp" line="104"/>
        <source>The clip server&apos;s certificate is not trusted (is the site CA file right?)</source>
        <translation>视频服务器的证书不受信任（请检查院区 CA 文件）</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="106"/>
        <source>Clip server unreachable (%1)</source>
        <translation>无法连接视频服务器（%1）</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="109"/>
        <source>The clip server did not accept your sign-in; sign in again</source>
        <translation>视频服务器不接受您的登录，请重新登录</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="111"/>
        <source>Only managers may see the original video</source>
        <translation>只有管理员可以查看原始视频</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="112"/>
        <source>Your role may not see clips</source>
        <translation>您的角色无权查看视频</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="114"/>
        <source>Clip not found on the server (it may have been deleted)</source>
        <translation>服务器上找不到该视频（可能已被删除）</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="116"/>
        <source>The clip server refused the clip reference</source>
        <translation>视频服务器拒绝了该视频编号</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="118"/>
        <source>Clip server error (HTTP %1)</source>
        <translation>视频服务器错误（HTTP %1）</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="119"/>
        <source>Clip server error: %1</source>
        <translation>视频服务器错误：%1</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="135"/>
        <source>Sign in at the console to see clips</source>
        <translation>请在护士站登录后查看视频</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="157"/>
        <source>The clip server sent no token</source>
        <translation>视频服务器未返回令牌</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="179"/>
        <location filename="../clip_client.cpp" line="387"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="221"/>
        <location filename="../clip_client.cpp" line="352"/>
        <source>This incident has no valid clip reference</source>
        <translation>此事件没有有效的视频编号</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="223"/>
        <source>Clip not loaded — no clip server configured for %1</source>
        <translation>未加载视频——未为 %1 配置视频服务器</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="224"/>
        <location filename="../clip_client.cpp" line="365"/>
        <source>Cannot create a private folder for clips</source>
        <translation>无法为视频创建私有文件夹</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="239"/>
        <source>The clip&apos;s box file is damaged</source>
        <translation>视频的检测框文件已损坏</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="356"/>
        <source>No clip server configured for %1</source>
        <translation>未为 %1 配置视频服务器</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="361"/>
        <source>Choose a folder that exists and can be written</source>
        <translation>请选择一个存在且可写入的文件夹</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="374"/>
        <source>Exporting the clip…</source>
        <translation>正在导出视频…</translation>
    </message>
    <message>
        <location filename="../clip_client.cpp" line="389"/>
        <source>Clip saved: %1</source>
        <translation>视频已保存：%1</translation>
    </message>
</context>
<context>
    <name>anju::console::ConsoleController</name>
    <message>
        <location filename="../console_controller.cpp" line="136"/>
        <source>Unknown user or wrong password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="188"/>
        <location filename="../console_controller.cpp" line="264"/>
        <location filename="../console_controller.cpp" line="288"/>
        <location filename="../console_controller.cpp" line="315"/>
        <source>Sign in first</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="207"/>
        <source>Cannot send: %1</source>
        <translation>无法发送：%1</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="211"/>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="194"/>
        <source>This alarm is no longer active</source>
        <translation>此报警已结束</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="226"/>
        <source>Calls are cancelled at the bedside</source>
        <translation>呼叫须在床旁取消</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="269"/>
        <location filename="../console_controller.cpp" line="293"/>
        <source>Only a manager or a charge nurse may assign rooms</source>
        <translation>只有主管或护士长可以分配房间</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="275"/>
        <source>%1 is not a nurse of this facility</source>
        <translation>%1 不是本机构的护士</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="301"/>
        <source>Every room has a nurse</source>
        <translation>每个房间都已有护士</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="302"/>
        <source>Give each nurse on duty one room first; the other rooms are then shared among them</source>
        <translation>请先给每位当班护士一个房间，其余房间再平均分给她们</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="320"/>
        <source>Only a manager or a charge nurse may review incidents</source>
        <translation>只有管理员或护士长可以复核事件</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="325"/>
        <location filename="../console_controller.cpp" line="351"/>
        <location filename="../console_controller.cpp" line="390"/>
        <source>This incident is not known to this console</source>
        <translation>本护士站没有这个事件</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="329"/>
        <source>Choose what happened before saving</source>
        <translation>请先选择发生了什么再保存</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="346"/>
        <location filename="../console_controller.cpp" line="385"/>
        <source>Only a manager or a charge nurse may export incidents</source>
        <translation>只有管理员或护士长可以导出事件</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="356"/>
        <source>Choose a folder that exists and can be written</source>
        <translation>请选择一个存在且可写入的文件夹</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="374"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
</TS>
