// One activity: time and place on one line, the title large below; the one going on now is
// marked with words ("Now"), not by colour alone.
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
        KText {
            width: parent.width
            text: (row.isNow ? Tr.now_label + " · " : "") + row.time + (row.place.length > 0 ? " · " + row.place : "")
            color: row.ink
            font.bold: row.isNow
        }
        KText {
            width: parent.width
            text: row.title
            color: row.ink
            font.pixelSize: Theme.labelPx - 4
            font.bold: true
        }
    }
}
