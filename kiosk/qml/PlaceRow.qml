// One wayfinding entry: an arrow and the direction in words, the place, distance and floor.
import QtQuick
import Anju.Kiosk

Rectangle {
    id: place
    required property string name
    required property string direction
    required property string directionText
    required property string distance
    required property string floor
    required property string icon

    implicitHeight: Math.max(Theme.targetPx, column.implicitHeight + Theme.gapPx)
    radius: Theme.radiusPx
    color: Theme.colors.surface
    border.color: Theme.colors.border
    border.width: Theme.borderPx

    Icon {
        id: arrow
        anchors { left: parent.left; leftMargin: Theme.gapPx / 2; verticalCenter: parent.verticalCenter }
        size: 80
        color: Theme.colors.surfaceText
        name: place.direction === "up" ? "stairs-up"
              : place.direction === "down" ? "stairs-down"
              : place.direction === "behind" ? "behind" : "arrow"
        rotation: place.direction === "left" ? -90 : place.direction === "right" ? 90 : 0
    }
    Column {
        id: column
        anchors { left: arrow.right; leftMargin: Theme.gapPx / 2; right: parent.right
                  rightMargin: Theme.gapPx / 2; verticalCenter: parent.verticalCenter }
        KText {
            width: parent.width
            text: place.name
            color: Theme.colors.surfaceText
            font.pixelSize: Theme.labelPx
            font.bold: true
        }
        KText {
            width: parent.width
            text: [place.directionText, place.distance, place.floor].filter(s => s.length > 0).join(" · ")
            color: Theme.colors.surfaceText
        }
    }
}
