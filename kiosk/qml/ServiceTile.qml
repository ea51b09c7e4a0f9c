// A service request: icon and word; once asked, it says so and when ("Asked at 14:02") until the
// station has seen to the room.
import QtQuick
import Anju.Kiosk

KioskButton {
    id: tile
    required property string kind
    required property string label
    required property string icon
    required property bool requested
    required property string requestedAt
    property bool compact: false

    objectName: "service_" + kind
    vertical: true
    iconName: icon
    iconSize: compact ? 56 : Theme.iconPx + 16
    text: label
    secondText: requestedAt
    secondPx: Theme.minTextPx
    fill: requested ? Theme.colors.requested : Theme.colors.surface
    ink: requested ? Theme.colors.requestedText : Theme.colors.surfaceText
    onActivated: Kiosk.call.requestService(kind)
}
