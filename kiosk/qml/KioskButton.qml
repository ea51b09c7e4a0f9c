// The one button of the kiosk: an icon with words (both languages where it matters), at least the
// minimum target size. It acts on release even if a shaking finger slid off it after pressing, and
// never needs a long press or a double tap.
import QtQuick
import Anju.Kiosk

Rectangle {
    id: button

    property string text
    property string secondText      // the same words in the other language, or a status
    property string hint            // a third, smaller line: what the button does
    property string iconName
    property color fill: Theme.colors.action
    property color ink: Theme.colors.actionText
    property int labelPx: Theme.labelPx
    property int secondPx: Theme.bodyPx
    property int iconSize: Theme.iconPx
    property real iconRotation: 0
    property bool vertical: false   // icon above the words (tiles) instead of beside them
    property bool bold: true
    signal activated()

    implicitWidth: Math.max(Theme.targetPx, content.implicitWidth + 2 * Theme.gapPx)
    implicitHeight: Math.max(Theme.targetPx, content.implicitHeight + Theme.gapPx)
    radius: Theme.radiusPx
    color: enabled ? fill : Theme.colors.disabled
    border.color: Theme.highContrast || fill === Theme.colors.surface ? Theme.colors.border : "transparent"
    border.width: Theme.borderPx

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: secondText
    Accessible.onPressAction: button.activated()

    Rectangle {  // pressed feedback: the button visibly goes in
        anchors.fill: parent
        radius: parent.radius
        color: button.ink
        opacity: area.pressed ? 0.18 : 0
    }

    Grid {
        id: content
        anchors.centerIn: parent
        width: Math.min(implicitWidth, button.width - 2 * Theme.gapPx)
        columns: button.vertical ? 1 : 2
        spacing: Theme.gapPx / 2
        horizontalItemAlignment: Grid.AlignHCenter
        verticalItemAlignment: Grid.AlignVCenter

        Icon {
            visible: button.iconName.length > 0
            name: button.iconName
            color: button.enabled ? button.ink : Theme.colors.disabledText
            size: button.iconSize
            rotation: button.iconRotation
        }
        Column {
            id: words
            spacing: 4
            width: Math.min(implicitWidth, button.width - 2 * Theme.gapPx
                            - (button.vertical || button.iconName.length === 0 ? 0 : button.iconSize + Theme.gapPx / 2))
            KText {
                width: Math.min(implicitWidth, parent.width)
                anchors.horizontalCenter: button.vertical ? parent.horizontalCenter : undefined
                horizontalAlignment: button.vertical ? Text.AlignHCenter : Text.AlignLeft
                text: button.text
                color: button.enabled ? button.ink : Theme.colors.disabledText
                font.pixelSize: button.labelPx
                font.bold: button.bold
            }
            KText {
                visible: button.secondText.length > 0
                width: Math.min(implicitWidth, parent.width)
                anchors.horizontalCenter: button.vertical ? parent.horizontalCenter : undefined
                horizontalAlignment: button.vertical ? Text.AlignHCenter : Text.AlignLeft
                text: button.secondText
                color: button.enabled ? button.ink : Theme.colors.disabledText
                font.pixelSize: button.secondPx
            }
            KText {
                visible: button.hint.length > 0
                width: Math.min(implicitWidth, parent.width)
                anchors.horizontalCenter: button.vertical ? parent.horizontalCenter : undefined
                horizontalAlignment: button.vertical ? Text.AlignHCenter : Text.AlignLeft
                text: button.hint
                color: button.enabled ? button.ink : Theme.colors.disabledText
                font.pixelSize: Theme.minTextPx
            }
        }
    }

    MouseArea {
        id: area
        anchors.fill: parent
        enabled: button.enabled
        preventStealing: true
        onReleased: button.activated()
    }
}
