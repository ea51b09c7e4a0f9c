// The call: one big button while there is no call; the call's state with "I'm OK", "Say it again"
// and "Call again" while there is one. The resident has no way to cancel a call: staff end it.
import QtQuick
import Anju.Kiosk

Item {
    id: card
    property bool emergencyMode: false  // bathroom: the button raises an emergency
    property bool compact: false
    readonly property string callWords: emergencyMode ? Tr.emergency : Tr.call_nurse
    readonly property string otherWords: emergencyMode ? TrOther.emergency : TrOther.call_nurse
    // Small screens keep every button above the minimum target, a little closer to it.
    readonly property int buttonHeight: compact ? Theme.minTargetPx + 6 : Theme.targetPx
    function press() { emergencyMode ? Kiosk.call.emergency() : Kiosk.call.call() }

    KioskButton {
        objectName: "callButton"
        visible: !Kiosk.call.active
        anchors.fill: parent
        vertical: true
        fill: card.emergencyMode ? Theme.colors.emergency : Theme.colors.call
        ink: card.emergencyMode ? Theme.colors.emergencyText : Theme.colors.callText
        iconName: card.emergencyMode ? "emergency" : "bell"
        iconSize: card.compact ? 110 : 140
        text: card.callWords
        labelPx: card.compact ? 64 : 80
        secondText: card.otherWords
        secondPx: card.compact ? 40 : 48
        hint: card.emergencyMode ? Tr.emergency_hint : Tr.call_nurse_hint
        onActivated: card.press()
    }

    Column {
        visible: Kiosk.call.active
        anchors.fill: parent
        spacing: card.compact ? Theme.gapPx / 2 : Theme.gapPx

        CallStatusPanel {
            width: parent.width
            height: parent.height - actions.height - callAgain.height - 2 * parent.spacing
            // By the room it has, not by the screen: a bathroom panel is wide enough even at 1280x800.
            compact: height < 420 && width < 1000
        }
        Row {
            id: actions
            width: parent.width
            spacing: Theme.gapPx
            KioskButton {
                objectName: "okButton"
                width: (parent.width - parent.spacing) / 2
                height: card.buttonHeight
                iconSize: card.compact ? 48 : Theme.iconPx
                labelPx: card.compact ? 36 : Theme.labelPx
                iconName: "check"
                text: Tr.i_am_ok
                fill: Theme.colors.surface
                ink: Theme.colors.surfaceText
                onActivated: Kiosk.call.imOk()
            }
            KioskButton {
                objectName: "sayAgainButton"
                width: (parent.width - parent.spacing) / 2
                height: card.buttonHeight
                iconSize: card.compact ? 48 : Theme.iconPx
                labelPx: card.compact ? 36 : Theme.labelPx
                iconName: "speaker"
                text: Tr.hear_again
                fill: Theme.colors.surface
                ink: Theme.colors.surfaceText
                onActivated: Kiosk.call.sayAgain()
            }
        }
        KioskButton {
            id: callAgain
            objectName: "callAgainButton"
            width: parent.width
            height: card.buttonHeight
            iconSize: card.compact ? 48 : Theme.iconPx
            iconName: card.emergencyMode ? "emergency" : "bell"
            text: card.emergencyMode ? Tr.emergency : Tr.call_again
            fill: card.emergencyMode ? Theme.colors.emergency : Theme.colors.call
            ink: card.emergencyMode ? Theme.colors.emergencyText : Theme.colors.callText
            onActivated: card.press()
        }
    }
}
