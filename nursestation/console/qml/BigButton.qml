import QtQuick
import Anju.Console
import QtQuick.Controls

// A button a gloved or hurried hand cannot miss.
Button {
    id: control
    property color fill: Theme.surfaceRaised
    property color ink: Theme.text
    implicitHeight: Theme.touch
    implicitWidth: Math.max(160, contentItem.implicitWidth + 48)
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    font.bold: true
    contentItem: Text {
        text: control.text
        font: control.font
        color: control.ink
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: 10
        color: control.down ? Qt.darker(control.fill, 1.3) : control.fill
        border.color: Qt.lighter(control.fill, 1.4)
        border.width: 2
    }
}
