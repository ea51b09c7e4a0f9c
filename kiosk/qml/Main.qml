// The kiosk window: offline banner, header, and one screen below it. Resident screens: home
// (bedside, bathroom or hallway) and "Today"; staff screens: keypad, then actions. Nothing is more
// than two levels deep, and every screen has a way back and a way to call.
import QtQuick
import QtQuick.Window
import Anju.Kiosk

Window {
    id: root
    width: 1920
    height: 1080
    title: "Anju"
    color: Theme.colors.background

    readonly property bool compact: height < 900
    property string screen: Kiosk.initialScreen
    readonly property bool staffScreen: screen === "staff-pin" || screen === "staff-actions"
    property int lastPhase: Kiosk.call.phase

    // A disconnection shorter than the notice delay (a broker restart) is not worth a banner;
    // a waiting call says "connecting" at once regardless.
    property bool offlineNotice: false
    Timer {
        interval: Kiosk.offlineNoticeMs
        running: !Kiosk.call.connected && !root.offlineNotice
        onTriggered: root.offlineNotice = true
    }

    Connections {
        target: Kiosk.call
        function onChanged() {
            if (Kiosk.call.connected) root.offlineNotice = false
            // A change in the call brings a resident back to where it is shown.
            if (Kiosk.call.phase !== root.lastPhase && root.screen === "today") root.screen = "home"
            root.lastPhase = Kiosk.call.phase
        }
    }
    Connections {
        target: Kiosk.staff
        function onChanged() {
            if (Kiosk.staff.state === StaffSession.SignedIn && root.screen === "staff-pin")
                root.screen = "staff-actions"
        }
        function onSignedOut() { root.screen = "home" }
    }

    OfflineBanner {
        id: banner
        anchors { left: parent.left; right: parent.right; top: parent.top }
        // Staff screens say it in their status line instead: they need the room for their actions.
        visible: (root.offlineNotice || Kiosk.call.connecting) && !root.staffScreen
        height: visible ? implicitHeight : 0
    }
    Header {
        id: header
        // The hallway screen is its own header: a large clock, with the language and staff buttons.
        visible: Kiosk.mode !== "hallway" || root.screen !== "home"
        height: visible ? implicitHeight : 0
        anchors { left: parent.left; right: parent.right; top: banner.bottom }
        compact: root.compact
        showCall: root.screen === "today"
        showStaff: !root.staffScreen
        onStaffRequested: { Kiosk.staff.begin(); root.screen = "staff-pin" }
        onCallPressed: { Kiosk.call.call(); root.screen = "home" }
    }
    Loader {
        id: content
        objectName: "content"
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom
                  margins: root.compact ? 20 : Theme.gapPx }
        sourceComponent: root.screen === "today" ? today
                       : root.screen === "staff-pin" ? staffPin
                       : root.screen === "staff-actions" ? staffActions
                       : Kiosk.mode === "bathroom" ? bathroom
                       : Kiosk.mode === "hallway" ? hallway : bedside
    }

    Component { id: bedside; BedsideHome { compact: root.compact; onTodayRequested: root.screen = "today" } }
    Component { id: bathroom; BathroomHome { compact: root.compact } }
    Component {
        id: hallway
        HallwayHome {
            compact: root.compact
            onStaffRequested: { Kiosk.staff.begin(); root.screen = "staff-pin" }
        }
    }
    Component { id: today; TodayScreen { compact: root.compact; onBack: root.screen = "home" } }
    Component {
        id: staffPin
        StaffPinScreen { compact: root.compact; onBack: { Kiosk.staff.signOut(); root.screen = "home" } }
    }
    Component { id: staffActions; StaffActionsScreen { compact: root.compact } }
}
