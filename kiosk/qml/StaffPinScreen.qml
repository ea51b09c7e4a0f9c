// Staff sign-in: a large keypad (a badge reader that types its code works too: keys go to the same
// place). Entered digits show as dots; the result is said in words.
import QtQuick
import Anju.Kiosk

Rectangle {
    id: pin
    property bool compact: false
    signal back()
    color: Theme.colors.staff
    radius: Theme.radiusPx
    focus: true
    Component.onCompleted: forceActiveFocus()

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Backspace) Kiosk.staff.deleteKey()
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) Kiosk.staff.submit()
        else if (event.key === Qt.Key_Escape) pin.back()
        else if (event.text.length > 0) Kiosk.staff.pressKey(event.text)
        event.accepted = true
    }

    Column {
        id: side
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: Theme.gapPx }
        width: (parent.width - 3 * Theme.gapPx) * 0.42
        spacing: pin.compact ? Theme.gapPx / 2 : Theme.gapPx

        KText {
            width: parent.width
            text: Tr.staff_enter_pin
            color: Theme.colors.staffText
            font.pixelSize: pin.compact ? Theme.bodyPx + 4 : Theme.titlePx
            font.bold: true
        }
        Rectangle {
            objectName: "codeDots"
            width: parent.width
            height: pin.compact ? Theme.minTargetPx : Theme.targetPx
            radius: Theme.radiusPx
            color: Theme.colors.surface
            border.color: Theme.colors.border
            border.width: Theme.borderPx
            KText {
                anchors.centerIn: parent
                text: "●".repeat(Math.min(Kiosk.staff.codeLength, 12))
                color: Theme.colors.surfaceText
                font.pixelSize: Theme.headlinePx
            }
        }
        Rectangle {
            width: parent.width
            height: message.text.length > 0 ? message.implicitHeight + Theme.gapPx : 0
            visible: message.text.length > 0
            radius: Theme.radiusPx
            color: Kiosk.staff.messageIsError ? Theme.colors.error : Theme.colors.surface
            KText {
                id: message
                objectName: "staffMessage"
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                          margins: Theme.gapPx / 2 }
                text: Kiosk.staff.message
                color: Kiosk.staff.messageIsError ? Theme.colors.errorText : Theme.colors.surfaceText
                font.bold: true
            }
        }
    }

    Column {
        anchors { left: side.left; right: side.right; bottom: parent.bottom; bottomMargin: Theme.gapPx }
        spacing: pin.compact ? Theme.gapPx / 2 : Theme.gapPx
        KioskButton {
            objectName: "pinOk"
            width: parent.width
            height: pin.compact ? Theme.minTargetPx + 6 : Theme.targetPx
            iconName: "check"
            text: Tr.key_ok
            fill: Theme.colors.acknowledged
            ink: Theme.colors.acknowledgedText
            enabled: Kiosk.staff.codeLength > 0 && Kiosk.staff.state === StaffSession.Entering
            onActivated: Kiosk.staff.submit()
        }
        KioskButton {
            objectName: "pinBack"
            width: parent.width
            height: pin.compact ? Theme.minTargetPx + 6 : Theme.targetPx
            iconName: "back"
            text: Tr.back
            fill: Theme.colors.surface
            ink: Theme.colors.surfaceText
            onActivated: pin.back()
        }
    }

    Grid {
        id: keypad
        objectName: "keypad"
        anchors { left: side.right; leftMargin: Theme.gapPx; right: parent.right; rightMargin: Theme.gapPx
                  top: parent.top; topMargin: Theme.gapPx; bottom: parent.bottom; bottomMargin: Theme.gapPx }
        columns: 3
        spacing: pin.compact ? 20 : Theme.gapPx
        readonly property real keyWidth: (width - 2 * spacing) / 3
        readonly property real keyHeight: (height - 3 * spacing) / 4
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "delete"]
            KioskButton {
                required property string modelData
                objectName: "key_" + modelData
                width: keypad.keyWidth
                height: keypad.keyHeight
                fill: Theme.colors.surface
                ink: Theme.colors.surfaceText
                readonly property bool digit: modelData.length === 1
                iconName: modelData === "delete" ? "backspace" : modelData === "clear" ? "cancel" : ""
                vertical: true
                iconSize: 44
                text: modelData === "clear" ? Tr.key_clear : modelData === "delete" ? Tr.key_delete : modelData
                labelPx: digit ? 64 : Theme.bodyPx + 4
                onActivated: {
                    Kiosk.staff.touch()
                    if (modelData === "clear") Kiosk.staff.clearCode()
                    else if (modelData === "delete") Kiosk.staff.deleteKey()
                    else Kiosk.staff.pressKey(modelData)
                }
            }
        }
    }
}
