// Staff actions after sign-in, all on one page: mark present (a round check-in), cancel the call,
// send a note (a preset, or typed on a keyboard); "Done" returns to the resident screen.
import QtQuick
import Anju.Kiosk

Rectangle {
    id: actions
    property bool compact: false
    color: Theme.colors.staff
    radius: Theme.radiusPx
    readonly property real gap: compact ? Theme.gapPx / 2 : Theme.gapPx

    MouseArea {  // any touch keeps staff mode open
        anchors.fill: parent
        onPressed: (mouse) => { Kiosk.staff.touch(); mouse.accepted = false }
    }

    Item {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.gapPx }
        height: done.height
        KText {
            objectName: "signedIn"
            anchors { left: parent.left; right: done.left; rightMargin: Theme.gapPx; verticalCenter: parent.verticalCenter }
            text: Tr.staff_signed_in.arg(Kiosk.staff.staffName)
            color: Theme.colors.staffText
            font.pixelSize: Theme.titlePx
            font.bold: true
        }
        KioskButton {
            id: done
            objectName: "staffDone"
            anchors.right: parent.right
            iconName: "check"
            text: Tr.staff_sign_out
            hint: actions.compact ? "" : Tr.staff_sign_out_hint
            fill: Theme.colors.surface
            ink: Theme.colors.surfaceText
            onActivated: Kiosk.staff.signOut()
        }
    }

    Column {
        id: left
        anchors { left: parent.left; top: top.bottom; bottom: parent.bottom; margins: Theme.gapPx }
        width: (parent.width - 3 * Theme.gapPx) * 0.45
        spacing: actions.gap

        Rectangle {
            width: parent.width
            height: statusText.implicitHeight + Theme.gapPx
            radius: Theme.radiusPx
            color: Theme.colors.surface
            KText {
                id: statusText
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                          margins: Theme.gapPx / 2 }
                text: Tr.call_status.arg(Kiosk.call.active ? Kiosk.call.headline : Tr.staff_no_call)
                      + (Kiosk.call.connected ? "" : "\n" + Tr.offline_banner)
                color: Theme.colors.surfaceText
            }
        }
        KioskButton {
            objectName: "markPresent"
            width: parent.width
            iconName: "here"
            text: Tr.staff_mark_present
            hint: Tr.staff_mark_present_hint
            fill: Theme.colors.acknowledged
            ink: Theme.colors.acknowledgedText
            onActivated: Kiosk.staff.markPresent()
        }
        KioskButton {
            objectName: "cancelCall"
            width: parent.width
            iconName: "cancel"
            text: Tr.staff_cancel_call
            hint: Kiosk.call.active ? Tr.staff_cancel_hint : Tr.staff_no_call
            fill: Theme.colors.call
            ink: Theme.colors.callText
            enabled: Kiosk.call.active
            onActivated: Kiosk.staff.cancelCall()
        }
        Rectangle {
            width: parent.width
            visible: feedback.text.length > 0
            height: visible ? feedback.implicitHeight + Theme.gapPx : 0
            radius: Theme.radiusPx
            color: Theme.colors.surface
            KText {
                id: feedback
                objectName: "staffMessage"
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                          margins: Theme.gapPx / 2 }
                text: Kiosk.staff.message
                color: Theme.colors.surfaceText
                font.bold: true
            }
        }
    }

    Column {
        anchors { left: left.right; leftMargin: Theme.gapPx; right: parent.right; rightMargin: Theme.gapPx
                  top: top.bottom; topMargin: Theme.gapPx; bottom: parent.bottom; bottomMargin: Theme.gapPx }
        spacing: actions.gap
        KText {
            visible: !actions.compact  // the note buttons and the input say it on a small screen
            text: Tr.staff_add_note
            color: Theme.colors.staffText
            font.pixelSize: Theme.titlePx
            font.bold: true
        }
        Grid {
            id: presets
            width: parent.width
            columns: 2
            spacing: actions.gap
            Repeater {
                model: ["note_resting", "note_toilet", "note_water", "note_turned", "note_followup"]
                KioskButton {
                    required property string modelData
                    objectName: modelData
                    width: (presets.width - presets.spacing) / 2
                    height: actions.compact ? Theme.minTargetPx + 6 : Theme.targetPx
                    text: Tr[modelData]
                    labelPx: Theme.bodyPx
                    fill: Theme.colors.surface
                    ink: Theme.colors.surfaceText
                    onActivated: Kiosk.staff.sendNote(Tr[modelData])
                }
            }
        }
        Row {
            width: parent.width
            spacing: actions.gap
            Rectangle {
                width: parent.width - send.width - parent.spacing
                height: send.height
                radius: Theme.radiusPx
                color: Theme.colors.surface
                border.color: Theme.colors.border
                border.width: Theme.borderPx
                TextInput {
                    id: noteInput
                    objectName: "noteInput"
                    anchors { fill: parent; margins: Theme.gapPx / 2 }
                    verticalAlignment: TextInput.AlignVCenter
                    color: Theme.colors.surfaceText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodyPx
                    maximumLength: 200
                    clip: true
                    onAccepted: { Kiosk.staff.sendNote(text); text = "" }
                }
                KText {
                    anchors { left: noteInput.left; right: noteInput.right; verticalCenter: parent.verticalCenter }
                    visible: noteInput.text.length === 0
                    text: Tr.staff_note_custom
                    color: Theme.colors.surfaceText
                }
            }
            KioskButton {
                id: send
                objectName: "sendNote"
                height: actions.compact ? Theme.minTargetPx + 6 : Theme.targetPx
                iconName: "note"
                text: Tr.staff_send_note
                enabled: noteInput.text.length > 0
                onActivated: { Kiosk.staff.sendNote(noteInput.text); noteInput.text = "" }
            }
        }
    }
}
