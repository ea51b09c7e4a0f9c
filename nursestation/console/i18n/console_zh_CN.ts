<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlarmBoard</name>
    <message>
        <location filename="../qml/AlarmBoard.qml" line="24"/>
        <source>No active alarms</source>
        <translation>当前无警报</translation>
    </message>
</context>
<context>
    <name>AlarmRow</name>
    <message>
        <location filename="../qml/AlarmRow.qml" line="57"/>
        <source>Room %1</source>
        <translation>%1 房</translation>
    </message>
    <message>
        <location filename="../qml/AlarmRow.qml" line="80"/>
        <source>Sound paused</source>
        <translation>声音已暂停</translation>
    </message>
    <message>
        <location filename="../qml/AlarmRow.qml" line="90"/>
        <source>Silence</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../qml/AlarmRow.qml" line="96"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../qml/AlarmRow.qml" line="104"/>
        <source>Resolve</source>
        <translation>解除</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <location filename="../qml/DevicesView.qml" line="21"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../qml/DevicesView.qml" line="21"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../qml/DevicesView.qml" line="21"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../qml/DevicesView.qml" line="22"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../qml/DevicesView.qml" line="22"/>
        <source>Last heard</source>
        <translation>最后联系</translation>
    </message>
    <message>
        <location filename="../qml/DevicesView.qml" line="22"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../qml/DevicesView.qml" line="51"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../qml/DevicesView.qml" line="51"/>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../qml/FloorView.qml" line="49"/>
        <source>Staff: %1</source>
        <translation>护理人员：%1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../qml/Labels.qml" line="8"/>
        <source>Nurse call</source>
        <translation>护士呼叫</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="9"/>
        <source>Bathroom call</source>
        <translation>卫生间呼叫</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="10"/>
        <source>Emergency</source>
        <translation>紧急呼叫</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="11"/>
        <source>Staff emergency</source>
        <translation>员工求助</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="12"/>
        <source>Request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="13"/>
        <source>Fall detected</source>
        <translation>检测到跌倒</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="14"/>
        <source>Wandering</source>
        <translation>游走</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="15"/>
        <source>Bed exit</source>
        <translation>离床</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="16"/>
        <source>Low battery</source>
        <translation>电量低</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="17"/>
        <source>Camera offline</source>
        <translation>摄像头离线</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="18"/>
        <source>Device offline</source>
        <translation>设备离线</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="19"/>
        <source>Round overdue</source>
        <translation>巡房超时</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="25"/>
        <source>Water</source>
        <translation>喝水</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="26"/>
        <source>Toilet help</source>
        <translation>如厕帮助</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="27"/>
        <source>Pain</source>
        <translation>疼痛</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="28"/>
        <source>Turn over</source>
        <translation>翻身</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="29"/>
        <source>Meal</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="36"/>
        <source>Resident reports OK</source>
        <translation>老人表示没事</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="37"/>
        <source>Person got up</source>
        <translation>已自行起身</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="42"/>
        <source>HIGH</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="42"/>
        <source>MEDIUM</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="42"/>
        <source>LOW</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="46"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="47"/>
        <location filename="../qml/Labels.qml" line="55"/>
        <source>Nurse coming</source>
        <translation>护士正在赶来</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="48"/>
        <location filename="../qml/Labels.qml" line="56"/>
        <source>Staff in room</source>
        <translation>护理人员在房间</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="54"/>
        <source>Call waiting</source>
        <translation>呼叫等待中</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="58"/>
        <source>Quiet</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="61"/>
        <source>Escalated to all staff</source>
        <translation>已升级至全体人员</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="61"/>
        <source>Escalated to charge nurse</source>
        <translation>已升级至护士长</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="64"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="64"/>
        <source>Due now</source>
        <translation>现在该查</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="64"/>
        <source>On schedule</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="68"/>
        <source>Day shift</source>
        <translation>白班</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="69"/>
        <source>Evening shift</source>
        <translation>中班</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="70"/>
        <source>Night shift</source>
        <translation>夜班</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="75"/>
        <source>Manager</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="75"/>
        <source>Charge nurse</source>
        <translation>护士长</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="75"/>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="79"/>
        <source>Kiosk</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="80"/>
        <source>Call gateway</source>
        <translation>呼叫网关</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="81"/>
        <source>Camera node</source>
        <translation>摄像节点</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="82"/>
        <source>Station engine</source>
        <translation>护士站引擎</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="83"/>
        <source>Console</source>
        <translation>护士站</translation>
    </message>
    <message>
        <location filename="../qml/Labels.qml" line="84"/>
        <source>Simulator</source>
        <translation>模拟器</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="15"/>
        <location filename="../qml/Main.qml" line="50"/>
        <source>Anju Nurse Station</source>
        <translation>安居 护士站</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="79"/>
        <source>%1 escalated to you</source>
        <translation>%1 条已升级给您</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="93"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="93"/>
        <source>NO CONNECTION</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="104"/>
        <source>Sign out</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="104"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="121"/>
        <source>Alarms (%1)</source>
        <translation>警报 (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="122"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="123"/>
        <source>Devices (%1 offline)</source>
        <translation>设备 (%1 离线)</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="127"/>
        <source>Rounds (%1 overdue)</source>
        <translation>巡房（%1 超时）</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="127"/>
        <source>Rounds</source>
        <translation>巡房</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="129"/>
        <source>Shift report</source>
        <translation>交班报告</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../qml/ReportView.qml" line="52"/>
        <source>This shift</source>
        <translation>本班</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="57"/>
        <source>Previous shift</source>
        <translation>上一班</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="67"/>
        <source>Waiting for the station engine&apos;s report…</source>
        <translation>正在等待护士站引擎的报告…</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="77"/>
        <location filename="../qml/ReportView.qml" line="106"/>
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="78"/>
        <source>Alarms per hour</source>
        <translation>每小时报警</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="79"/>
        <source>Response p50 (m:ss)</source>
        <translation>响应中位数（分:秒）</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="81"/>
        <source>Response p90 (m:ss)</source>
        <translation>响应 p90（分:秒）</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="85"/>
        <location filename="../qml/ReportView.qml" line="108"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="87"/>
        <source>Rounds on time</source>
        <translation>按时巡房</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="91"/>
        <source>Falls</source>
        <translation>跌倒</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="105"/>
        <source>Alarm type</source>
        <translation>报警类型</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="107"/>
        <source>Answered</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="109"/>
        <source>p50</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../qml/ReportView.qml" line="110"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <location filename="../qml/RoundsView.qml" line="41"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="42"/>
        <source>Due now</source>
        <translation>现在该查</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="44"/>
        <source>On schedule</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="52"/>
        <source>No rooms on a round schedule yet.</source>
        <translation>还没有房间设置巡房计划。</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="67"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="68"/>
        <source>Round</source>
        <translation>巡房</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="69"/>
        <source>Next round</source>
        <translation>下次巡房</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="70"/>
        <source>Last check-in</source>
        <translation>上次签到</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="108"/>
        <source>%1 min late</source>
        <translation>晚了 %1 分钟</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="109"/>
        <source>in %1 min</source>
        <translation>%1 分钟后</translation>
    </message>
    <message>
        <location filename="../qml/RoundsView.qml" line="117"/>
        <source>none this shift</source>
        <translation>本班尚无</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../qml/SignIn.qml" line="21"/>
        <location filename="../qml/SignIn.qml" line="51"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../qml/SignIn.qml" line="29"/>
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../qml/SignIn.qml" line="37"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>anju::console::ConsoleController</name>
    <message>
        <location filename="../console_controller.cpp" line="87"/>
        <source>Unknown user or wrong password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="135"/>
        <source>Sign in first</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="141"/>
        <source>This alarm is no longer active</source>
        <translation>此报警已结束</translation>
    </message>
    <message>
        <location filename="../console_controller.cpp" line="169"/>
        <source>Calls are cancelled at the bedside</source>
        <translation>呼叫须在床旁取消</translation>
    </message>
</context>
</TS>
