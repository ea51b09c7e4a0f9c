import QtQuick
import Anju.Console
import QtQuick.Layouts

// Rounds: every room on a schedule, late ones first. The engine decides due and overdue; an
// overdue round is also a low alarm on the board until someone checks in at the bedside.
Item {
    id: page
    required property var station

    component Count: Rectangle {
        property string label
        property int value
        property color tint
        Layout.preferredWidth: 300
        Layout.preferredHeight: 96
        radius: 12
        color: value > 0 ? tint : Theme.surface
        Column {
            anchors.centerIn: parent
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: parent.parent.value
                color: parent.parent.value > 0 && parent.parent.tint !== Theme.surface ? Theme.ink : Theme.text
                font { pixelSize: Theme.fontHuge; bold: true; family: Theme.fontFamily }
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: parent.parent.label
                color: parent.parent.value > 0 && parent.parent.tint !== Theme.surface ? Theme.ink : Theme.textDim
                font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12
        RowLayout {
            spacing: 16
            Count { label: qsTr("Overdue"); value: page.station.rounds.overdueCount; tint: Theme.medium }
            Count { label: qsTr("Due now"); value: page.station.rounds.dueCount; tint: Theme.low }
            Count {
                label: qsTr("On schedule")
                value: page.station.rounds.count - page.station.rounds.overdueCount - page.station.rounds.dueCount
                tint: Theme.surface
            }
            Item { Layout.fillWidth: true }
        }
        Text {
            visible: page.station.rounds.count === 0
            text: qsTr("No rooms on a round schedule yet.")
            color: Theme.textDim
            font { pixelSize: Theme.fontBody; family: Theme.fontFamily }
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
            clip: true
            model: page.station.rounds
            header: RowLayout {
                width: list.width
                height: 48
                spacing: 16
                Text { text: qsTr("Room"); Layout.preferredWidth: 160; color: Theme.textDim; font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily } }
                Text { text: qsTr("Round"); Layout.preferredWidth: 220; color: Theme.textDim; font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily } }
                Text { text: qsTr("Next round"); Layout.preferredWidth: 340; color: Theme.textDim; font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily } }
                Text { text: qsTr("Last check-in"); Layout.fillWidth: true; color: Theme.textDim; font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily } }
            }
            delegate: Rectangle {
                id: row
                required property string room
                required property string roundState
                required property var dueMs
                required property int minutesLeft
                required property var lastMs
                required property string lastStaff
                readonly property bool late: roundState === "overdue"
                width: list.width
                height: 72
                radius: 8
                color: late ? Theme.warnSurface : Theme.surface
                border.color: late ? Theme.medium : roundState === "due" ? Theme.low : Theme.surface
                border.width: 3
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 16
                    spacing: 16
                    Text { text: row.room; Layout.preferredWidth: 160; color: Theme.text; font { pixelSize: Theme.fontLarge; bold: true; family: Theme.fontFamily } }
                    Rectangle {
                        Layout.preferredWidth: 200
                        Layout.preferredHeight: 48
                        radius: 24
                        color: row.late ? Theme.medium : row.roundState === "due" ? Theme.low : Theme.surfaceRaised
                        Text {
                            anchors.centerIn: parent
                            text: Words.round(row.roundState)
                            color: row.roundState === "ok" ? Theme.text : Theme.ink
                            font { pixelSize: Theme.fontBody; bold: true; family: Theme.fontFamily }
                        }
                    }
                    Item { Layout.preferredWidth: 4 }
                    Text {
                        Layout.preferredWidth: 340
                        text: Qt.formatDateTime(new Date(row.dueMs), "HH:mm") + "  ·  " +
                              (row.minutesLeft < 0 ? qsTr("%1 min late").arg(-row.minutesLeft)
                                                   : qsTr("in %1 min").arg(row.minutesLeft))
                        color: row.late ? Theme.medium : Theme.text
                        font { pixelSize: Theme.fontBody; bold: row.late; family: Theme.fontFamily }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.lastMs > 0 ? Qt.formatDateTime(new Date(row.lastMs), "HH:mm") +
                                               (row.lastStaff !== "" ? "  ·  " + row.lastStaff : "")
                                             : qsTr("none this shift")
                        color: Theme.textDim
                        font { pixelSize: Theme.fontBody; family: Theme.fontFamily }
                    }
                }
            }
        }
    }
}
