// Bedside resident screen: the call (left, always there) and the service requests and "Today"
// (right). One level; "Today" is the only page below it.
import QtQuick
import Anju.Kiosk

Item {
    id: home
    property bool compact: false
    signal todayRequested()

    CallCard {
        id: callCard
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        // A call in progress takes more room: its words matter more than the tiles then.
        width: parent.width * (Kiosk.call.active ? (home.compact ? 0.56 : 0.54) : 0.44)
        compact: home.compact
    }

    Grid {
        id: tiles
        anchors { left: callCard.right; leftMargin: Theme.gapPx; right: parent.right
                  top: parent.top; bottom: parent.bottom }
        columns: width < 700 ? 2 : 3
        readonly property int rows: Math.ceil(6 / columns)
        rowSpacing: home.compact ? Theme.gapPx / 2 : Theme.gapPx
        columnSpacing: Theme.gapPx
        readonly property real cellWidth: (width - (columns - 1) * columnSpacing) / columns
        readonly property real cellHeight: (height - (rows - 1) * rowSpacing) / rows

        Repeater {
            model: Kiosk.services
            ServiceTile {
                width: tiles.cellWidth
                height: tiles.cellHeight
            }
        }
        KioskButton {
            objectName: "todayButton"
            width: tiles.cellWidth
            height: tiles.cellHeight
            vertical: true
            iconName: "calendar"
            iconSize: Math.max(48, Math.min(Theme.iconPx + 32, Math.round(height * 0.3)))
            labelPx: height < 190 ? 34 : Theme.labelPx
            text: Tr.today
            onActivated: home.todayRequested()
        }
    }
}
