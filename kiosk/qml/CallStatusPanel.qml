// Where the call stands, in words and colour: amber while waiting (orange while still connecting),
// green when a nurse is coming, blue when a nurse is here; red for an emergency. It stays until
// the station's state changes: nothing here goes away on a timer.
import QtQuick
import Anju.Kiosk

Rectangle {
    id: panel
    objectName: "callStatus"
    property bool compact: false
    readonly property var call: Kiosk.call
    readonly property color ink: call.connecting ? Theme.colors.connectingText
                                 : call.phase === CallSession.Acknowledged ? Theme.colors.acknowledgedText
                                 : call.phase === CallSession.Present ? Theme.colors.presentText
                                 : call.isEmergency ? Theme.colors.emergencyText : Theme.colors.placedText

    radius: Theme.radiusPx
    color: call.connecting ? Theme.colors.connecting
           : call.phase === CallSession.Acknowledged ? Theme.colors.acknowledged
           : call.phase === CallSession.Present ? Theme.colors.present
           : call.isEmergency ? Theme.colors.emergency : Theme.colors.placed
    border.color: Theme.colors.border
    border.width: Theme.highContrast ? Theme.borderPx : 0

    Column {
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                  margins: Theme.gapPx }
        spacing: panel.compact ? 10 : Theme.gapPx / 2
        Row {
            width: parent.width
            spacing: Theme.gapPx / 2
            Icon {
                id: stateIcon
                anchors.verticalCenter: parent.verticalCenter
                size: panel.compact ? 72 : 112
                color: panel.ink
                name: panel.call.connecting ? "offline"
                      : panel.call.phase === CallSession.Acknowledged ? "nurse"
                      : panel.call.phase === CallSession.Present ? "here"
                      : panel.call.isEmergency ? "emergency"
                      : panel.call.stationConfirmed ? "bell" : "sending"
            }
            KText {
                objectName: "callHeadline"
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width - stateIcon.width - parent.spacing
                text: panel.call.headline
                color: panel.ink
                font.pixelSize: panel.compact ? 42 : Theme.headlinePx + 8
                font.bold: true
            }
        }
        KText {
            objectName: "callDetail"
            width: parent.width
            visible: text.length > 0
            text: panel.call.detail
            color: panel.ink
            font.pixelSize: panel.compact ? Theme.bodyPx : Theme.labelPx
        }
        KText {
            width: parent.width
            visible: panel.call.residentReportedOk
            text: Tr.ok_reported
            color: panel.ink
        }
        KText {
            width: parent.width
            // On a small screen the call's time is kept and the explanation left to the staff.
            text: Tr.called_at.arg(panel.call.calledAt) + (panel.compact ? "" : "\n" + Tr.staff_ends_call)
            color: panel.ink
            font.pixelSize: panel.compact ? Theme.minTextPx : Theme.bodyPx
        }
    }
}
