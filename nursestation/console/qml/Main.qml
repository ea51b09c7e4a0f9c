import QtQuick
import Anju.Console
import QtQuick.Controls
import QtQuick.Layouts

// The nurse station. Alarms are always on screen, signed in or not (UL 1069: every call reaches
// the station); signing in is needed only to act, so every action has a name on it.
ApplicationWindow {
    id: window
    required property var station
    property int page: 0
    width: 1920
    height: 1080
    visible: true
    color: Theme.background
    title: qsTr("Anju Nurse Station")

    function openSignIn() { signIn.open() }

    component PageButton: BigButton {
        property int pageIndex
        fill: window.page === pageIndex ? Theme.selected : Theme.surface
        onClicked: window.page = pageIndex
    }

    component PriorityChip: Rectangle {
        property string level
        property int count
        implicitWidth: chipText.implicitWidth + 32
        implicitHeight: 52
        radius: 26
        color: count > 0 ? Theme.priorityColor(level) : Theme.surfaceRaised
        Text {
            id: chipText
            anchors.centerIn: parent
            text: Words.priority(parent.level) + "  " + parent.count
            color: parent.count > 0 ? Theme.onPriority(parent.level) : Theme.textDim
            font { pixelSize: Theme.fontBody; bold: true; family: Theme.fontFamily }
        }
    }

    header: Rectangle {
        height: 88
        color: Theme.surface
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 24
            anchors.rightMargin: 24
            spacing: 12
            Text {
                text: qsTr("Anju Nurse Station")
                color: Theme.text
                font { pixelSize: Theme.fontBody; bold: true; family: Theme.fontFamily }
            }
            Text {
                text: Qt.formatDateTime(new Date(window.station.nowMs), "HH:mm:ss")
                color: Theme.text
                font { pixelSize: Theme.fontLarge; family: Theme.fontFamily }
            }
            PriorityChip { level: "high"; count: window.station.alarms.highCount }
            PriorityChip { level: "medium"; count: window.station.alarms.mediumCount }
            PriorityChip { level: "low"; count: window.station.alarms.lowCount }
            // Escalations routed to this console's role (charge nurse: level 1, everyone: level 2).
            Rectangle {
                id: escalated
                visible: window.station.escalatedToMe > 0
                implicitWidth: escalatedText.implicitWidth + 32
                implicitHeight: 52
                radius: 8
                color: Theme.high
                SequentialAnimation on opacity {
                    running: escalated.visible
                    loops: Animation.Infinite
                    NumberAnimation { to: 0.55; duration: 500 }
                    NumberAnimation { to: 1.0; duration: 500 }
                }
                Text {
                    id: escalatedText
                    anchors.centerIn: parent
                    text: qsTr("%1 escalated to you").arg(window.station.escalatedToMe)
                    color: Theme.onHigh
                    font { pixelSize: Theme.fontBody; bold: true; family: Theme.fontFamily }
                }
            }
            Item { Layout.fillWidth: true }
            Rectangle {
                implicitWidth: link.implicitWidth + 28
                implicitHeight: 44
                radius: 22
                color: window.station.connected ? Theme.okSurface : Theme.high
                Text {
                    id: link
                    anchors.centerIn: parent
                    text: window.station.connected ? qsTr("Connected") : qsTr("NO CONNECTION")
                    color: Theme.text
                    font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily }
                }
            }
            Text {
                text: window.station.signedIn ? window.station.userName + " · " + Words.role(window.station.userRole) : ""
                color: Theme.text
                font { pixelSize: Theme.fontBody; family: Theme.fontFamily }
            }
            BigButton {
                text: window.station.signedIn ? qsTr("Sign out") : qsTr("Sign in")
                onClicked: window.station.signedIn ? window.station.signOut() : signIn.open()
            }
            BigButton {
                text: window.station.language === "zh" ? "English" : "中文"
                onClicked: window.station.language = window.station.language === "zh" ? "en" : "zh"
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 16
            spacing: 12
            PageButton { pageIndex: 0; text: qsTr("Alarms (%1)").arg(window.station.alarms.count) }
            PageButton { pageIndex: 1; text: qsTr("Floor") }
            PageButton { pageIndex: 2; text: qsTr("Devices (%1 offline)").arg(window.station.devices.offlineCount) }
            PageButton {
                pageIndex: 3
                text: window.station.rounds.overdueCount > 0
                      ? qsTr("Rounds (%1 overdue)").arg(window.station.rounds.overdueCount) : qsTr("Rounds")
            }
            PageButton { pageIndex: 4; text: qsTr("Shift report") }
            PageButton {
                pageIndex: 5
                text: window.station.incidents.unreviewedCount > 0
                      ? qsTr("Review (%1 new)").arg(window.station.incidents.unreviewedCount) : qsTr("Review")
            }
            Item { Layout.fillWidth: true }
            Text {
                text: window.station.lastActionError
                color: Theme.medium
                font { pixelSize: Theme.fontBody; family: Theme.fontFamily }
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: window.page
            AlarmBoard { station: window.station }
            FloorView { station: window.station }
            DevicesView { station: window.station }
            RoundsView { station: window.station }
            ReportView { station: window.station }
            ReviewView { station: window.station }
        }
    }

    Popup {
        id: signIn
        anchors.centerIn: parent
        width: 700
        height: 600
        modal: true
        background: Item {}
        Overlay.modal: Rectangle { color: "#b0000000" }
        SignIn {
            anchors.fill: parent
            station: window.station
        }
        Connections {
            target: window.station
            function onSignInRequired() { signIn.open() }
            function onUserChanged() { if (window.station.signedIn) signIn.close() }
        }
    }
}
