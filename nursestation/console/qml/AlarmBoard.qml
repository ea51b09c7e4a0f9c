import QtQuick
import Anju.Console
import QtQuick.Layouts

// Every active alarm: highest priority first, then oldest first.
Item {
    id: page
    required property var station

    ListView {
        id: list
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12
        clip: true
        model: page.station.alarms
        delegate: AlarmRow {
            width: list.width
            station: page.station
        }
    }
    Text {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("No active alarms")
        color: Theme.textDim
        font { pixelSize: Theme.fontHuge; family: Theme.fontFamily }
    }
}
