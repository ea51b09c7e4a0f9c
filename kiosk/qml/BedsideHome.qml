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
        width: parent.width * (Kiosk.call.active ? 0.54 : 0.44)
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
                compact: home.compact || tiles.columns === 2
            }
        }
        KioskButton {
            objectName: "todayButton"
            width: tiles.cellWidth
            height: tiles.cellHeight
            vertical: true
            iconName: "calendar"
            iconSize: home.compact || tiles.columns === 2 ? 56 : Theme.iconPx + 16
            text: Tr.today
            onActivated: home.todayRequested()
        }
    }
}
