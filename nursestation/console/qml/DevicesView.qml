import QtQuick
import Anju.Console
import QtQuick.Layouts

// Every node the station knows: online or not, and when it was last heard.
Item {
    id: page
    required property var station

    ListView {
        id: list
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8
        clip: true
        model: page.station.devices
        header: RowLayout {
            width: list.width
            height: 48
            spacing: 16
            Repeater {
                model: [[qsTr("Device"), 260], [qsTr("Kind"), 220], [qsTr("Room"), 120],
                        [qsTr("State"), 180], [qsTr("Last heard"), 180], [qsTr("Figures"), -1]]
                Text {
                    required property var modelData
                    text: modelData[0]
                    Layout.preferredWidth: modelData[1]
                    Layout.fillWidth: modelData[1] < 0
                    color: Theme.textDim
                    font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily }
                }
            }
        }
        delegate: Rectangle {
            required property string node
            required property string kind
            required property string room
            required property bool online
            required property string lastSeen
            required property string stats
            width: list.width
            height: 64
            radius: 8
            color: online ? Theme.surface : Theme.offlineSurface
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 12
                spacing: 16
                Text { text: node; Layout.preferredWidth: 260; color: Theme.text; font { pixelSize: Theme.fontBody; bold: true; family: Theme.fontFamily } }
                Text { text: Words.kind(kind); Layout.preferredWidth: 220; color: Theme.textDim; font { pixelSize: Theme.fontBody; family: Theme.fontFamily } }
                Text { text: room === "" ? "—" : room; Layout.preferredWidth: 120; color: Theme.textDim; font { pixelSize: Theme.fontBody; family: Theme.fontFamily } }
                Text { text: online ? qsTr("Online") : qsTr("OFFLINE"); Layout.preferredWidth: 180; color: online ? Theme.ok : Theme.highText; font { pixelSize: Theme.fontBody; bold: true; family: Theme.fontFamily } }
                Text { text: lastSeen; Layout.preferredWidth: 180; color: Theme.textDim; font { pixelSize: Theme.fontBody; family: Theme.fontFamily } }
                Text { text: stats; Layout.fillWidth: true; elide: Text.ElideRight; color: Theme.textDim; font { pixelSize: Theme.fontSmall; family: Theme.fontFamily } }
            }
        }
    }
}
