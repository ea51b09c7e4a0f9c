// Bathroom / emergency screen: one emergency button over the whole screen; once pressed, the
// call's state and the same "I'm OK" and "Say it again" as at the bedside.
import QtQuick
import Anju.Kiosk

Item {
    property bool compact: false
    CallCard {
        anchors.fill: parent
        emergencyMode: true
        compact: parent.compact
    }
}
