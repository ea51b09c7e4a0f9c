import QtQuick
import Anju.Console

// Rooms as tiles, coloured by their most urgent alarm.
Item {
    id: page
    required property var station

    GridView {
        id: grid
        anchors.fill: parent
        anchors.margins: 16
        cellWidth: 300
        cellHeight: 190
        clip: true
        model: page.station.rooms
        delegate: Item {
            required property string room
            required property int active
            required property string topPriority
            required property string call
            required property string staff
            width: grid.cellWidth
            height: grid.cellHeight
            Rectangle {
                anchors.fill: parent
                anchors.margins: 8
                radius: 14
                color: topPriority === "" ? Theme.surface : Theme.priorityColor(topPriority)
                border.color: staff !== "" ? Theme.ok : Theme.surfaceRaised
                border.width: staff !== "" ? 6 : 2
                Column {
                    anchors.centerIn: parent
                    spacing: 6
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: room
                        color: topPriority === "" ? Theme.text : Theme.onPriority(topPriority)
                        font { pixelSize: Theme.fontHuge; bold: true; family: Theme.fontFamily }
                    }
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: Words.call(call) + (active > 1 ? "  (" + active + ")" : "")
                        color: topPriority === "" ? Theme.textDim : Theme.onPriority(topPriority)
                        font { pixelSize: Theme.fontBody; family: Theme.fontFamily }
                    }
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        visible: staff !== ""
                        text: qsTr("Staff: %1").arg(staff)
                        color: topPriority === "" ? Theme.ok : Theme.onPriority(topPriority)
                        font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily }
                    }
                }
            }
        }
    }
}
