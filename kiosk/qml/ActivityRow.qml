// One activity: time, title and place; the one going on now is marked with words, not colour only.
import QtQuick
import Anju.Kiosk

Rectangle {
    id: row
    required property string time
    required property string title
    required property string place
    required property bool isNow

    implicitHeight: column.implicitHeight + Theme.gapPx
    radius: Theme.radiusPx
    color: isNow ? Theme.colors.placed : Theme.colors.surface
    border.color: Theme.colors.border
    border.width: Theme.borderPx
    readonly property color ink: isNow ? Theme.colors.placedText : Theme.colors.surfaceText

    Column {
        id: column
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                  leftMargin: Theme.gapPx; rightMargin: Theme.gapPx }
        spacing: 2
        KText {
            width: parent.width
            text: (row.isNow ? Tr.now_label + " · " : "") + row.time
            color: row.ink
            font.bold: true
        }
        KText {
            width: parent.width
            text: row.title
            color: row.ink
            font.pixelSize: Theme.labelPx
            font.bold: true
        }
        KText {
            width: parent.width
            visible: row.place.length > 0
            text: row.place
            color: row.ink
        }
    }
}
