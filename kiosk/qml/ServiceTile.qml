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

    objectName: "service_" + kind
    vertical: true
    // A small tile that has been asked for shows its words and time without the icon: both lines
    // must fit, and the tile's colour already sets it apart.
    readonly property bool small: height < 190
    iconName: small && requested ? "" : icon
    iconSize: Math.max(48, Math.min(Theme.iconPx + 32, Math.round(height * 0.3)))
    text: label
    labelPx: small ? 34 : Theme.labelPx
    secondText: requestedAt
    secondPx: Theme.minTextPx
    fill: requested ? Theme.colors.requested : Theme.colors.surface
    ink: requested ? Theme.colors.requestedText : Theme.colors.surfaceText
    border.color: Theme.colors.border
    onActivated: Kiosk.call.requestService(kind)
}
