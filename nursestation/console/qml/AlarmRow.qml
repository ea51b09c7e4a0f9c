import QtQuick
import Anju.Console
import QtQuick.Layouts

// One alarm on the board. Colour by priority; flashing and buttons as the model says (the engine's
// policy and IEC 60601-1-8 decide in C++); silencing stops only the sound, never the light.
Rectangle {
    id: row
    required property var station
    required property string alarmId
    required property string priority
    required property string room
    required property string bed
    required property string ageText
    required property int escalation
    required property bool silenced
    required property string clip
    required property bool canAcknowledge
    required property bool canResolve
    required property int flashPeriodMs
    required property bool waiting
    required property string titleText
    required property string priorityText
    required property string statusText
    required property string escalationText
    required property string noteText
    required property string pagingText

    height: 112
    radius: 12
    color: Theme.surface
    border.width: escalation > 0 && waiting ? 4 : 0
    border.color: Theme.high

    Rectangle {
        id: lamp
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        width: 150
        radius: 12
        color: Theme.priorityColor(row.priority)
        SequentialAnimation on opacity {
            running: row.flashPeriodMs > 0
            loops: Animation.Infinite
            NumberAnimation { to: 0.35; duration: row.flashPeriodMs }
            NumberAnimation { to: 1.0; duration: row.flashPeriodMs }
            onRunningChanged: if (!running) lamp.opacity = 1
        }
        Text {
            anchors.centerIn: parent
            text: row.priorityText
            color: Theme.onPriority(row.priority)
            font { pixelSize: Theme.fontBody; bold: true; family: Theme.fontFamily }
        }
    }

    RowLayout {
        anchors { left: lamp.right; right: parent.right; top: parent.top; bottom: parent.bottom; leftMargin: 24; rightMargin: 16 }
        spacing: 24
        ColumnLayout {
            Layout.preferredWidth: 230
            spacing: 0
            Text {
                text: qsTr("Room %1").arg(row.room === "" ? "—" : row.room) + (row.bed !== "" ? " · " + row.bed : "")
                color: Theme.text
                font { pixelSize: Theme.fontLarge; bold: true; family: Theme.fontFamily }
            }
            Text {
                text: row.ageText
                color: row.escalation > 0 ? Theme.highText : Theme.textDim
                font { pixelSize: Theme.fontBody; family: Theme.fontFamily; bold: row.escalation > 0 }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                text: row.titleText
                color: Theme.text
                font { pixelSize: Theme.fontLarge; family: Theme.fontFamily }
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Text {
                text: [row.statusText, row.pagingText, row.escalationText, row.noteText !== "" ? "“" + row.noteText + "”" : "",
                       row.clip !== "" ? qsTr("Video clip recorded (see Review)") : "",
                       row.silenced ? qsTr("Sound paused") : ""].filter(s => s !== "").join("   ")
                color: Theme.textDim
                font { pixelSize: Theme.fontSmall; family: Theme.fontFamily }
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        BigButton {
            objectName: "silence-" + row.alarmId
            visible: row.waiting && !row.silenced
            text: qsTr("Silence")
            onClicked: row.station.silence(row.alarmId)
        }
        BigButton {
            objectName: "acknowledge-" + row.alarmId
            visible: row.canAcknowledge
            text: qsTr("Acknowledge")
            fill: Theme.ok
            ink: Theme.onOk
            onClicked: row.station.acknowledge(row.alarmId)
        }
        BigButton {
            objectName: "resolve-" + row.alarmId
            visible: row.canResolve
            text: qsTr("Resolve")
            onClicked: row.station.resolve(row.alarmId)
        }
    }
}
