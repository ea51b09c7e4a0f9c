// The top bar on every screen: the time and date in large type (orientation), the room, the
// language switch and the way into staff mode. Off the home screen it also carries the call
// button, so a call is always one touch away.
import QtQuick
import Anju.Kiosk

Rectangle {
    id: header
    property bool showClock: true
    property bool showCall: false
    property bool showStaff: true
    property bool compact: false
    signal staffRequested()
    signal callPressed()

    implicitHeight: compact ? 132 : 156
    color: Theme.colors.surface
    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.borderPx
        color: Theme.colors.border
    }

    Column {
        id: clock
        visible: header.showClock
        anchors { left: parent.left; leftMargin: Theme.gapPx; verticalCenter: parent.verticalCenter }
        Row {
            spacing: Theme.gapPx / 2
            KText {
                text: Kiosk.clock.time
                color: Theme.colors.surfaceText
                font.pixelSize: header.compact ? 56 : Theme.clockPx
                font.bold: true
            }
            KText {
                anchors.baseline: parent.children[0].baseline
                text: Kiosk.clock.partOfDay
                color: Theme.colors.surfaceText
                font.pixelSize: Theme.titlePx
            }
        }
        KText {
            text: Kiosk.clock.date
            color: Theme.colors.surfaceText
        }
    }

    KText {
        id: roomLabel
        // Only where it fits whole between the clock and the buttons.
        visible: Kiosk.mode !== "hallway" && implicitWidth + 3 * Theme.gapPx <= buttons.x - clock.x - clock.width
        anchors { left: clock.visible ? clock.right : parent.left; leftMargin: Theme.gapPx * 2
                  verticalCenter: parent.verticalCenter }
        text: Tr.room.arg(Kiosk.room)
        color: Theme.colors.surfaceText
        font.pixelSize: Theme.titlePx
        font.bold: true
    }

    Row {
        id: buttons
        anchors { right: parent.right; rightMargin: Theme.gapPx; verticalCenter: parent.verticalCenter }
        spacing: Theme.gapPx
        KioskButton {
            visible: header.showCall
            height: Theme.targetPx
            iconName: "bell"
            text: Tr.call_nurse
            fill: Theme.colors.call
            ink: Theme.colors.callText
            onActivated: header.callPressed()
        }
        KioskButton {
            objectName: "languageButton"
            height: Theme.targetPx
            iconName: "language"
            text: TrOther.lang_name
            onActivated: Kiosk.language.toggle()
        }
        KioskButton {
            objectName: "staffButton"
            visible: header.showStaff
            height: Theme.targetPx
            iconName: "staff"
            text: Tr.staff
            fill: Theme.colors.surface
            ink: Theme.colors.surfaceText
            onActivated: header.staffRequested()
        }
    }
}
