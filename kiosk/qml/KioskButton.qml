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
    property real iconRotation: 0
    property color fill: Theme.colors.action
    property color ink: Theme.colors.actionText
    property int labelPx: Theme.labelPx
    property int secondPx: Theme.bodyPx
    property int iconSize: Theme.iconPx
    property bool vertical: false   // icon above the words (tiles) instead of beside them
    signal activated()

    readonly property color textColor: enabled ? ink : Theme.colors.disabledText
    readonly property bool hasIcon: iconName.length > 0
    readonly property real padding: Theme.gapPx / 2 + Theme.borderPx
    // The words' natural width, before any wrapping. Measured apart from the Text items, whose
    // implicit size follows their (wrapped) width and would make layouts chase themselves.
    readonly property real wordsWidth: Math.ceil(Math.max(labelMetrics.advanceWidth,
                                                          secondText.length > 0 ? secondMetrics.advanceWidth : 0,
                                                          hint.length > 0 ? hintMetrics.advanceWidth : 0)) + 2
    TextMetrics { id: labelMetrics; font: label.font; text: button.text }
    TextMetrics { id: secondMetrics; font: second.font; text: button.secondText }
    TextMetrics { id: hintMetrics; font: hintText.font; text: button.hint }

    implicitWidth: Math.max(Theme.targetPx, 2 * padding + wordsWidth
                            + (hasIcon && !vertical ? iconSize + Theme.gapPx / 2 : 0))
    implicitHeight: Math.max(Theme.targetPx, 2 * padding + words.implicitHeight
                             + (hasIcon && vertical ? iconSize + Theme.gapPx / 2 : 0))
    radius: Theme.radiusPx
    color: enabled ? fill : Theme.colors.disabled
    border.color: Theme.highContrast || fill === Theme.colors.surface || !enabled ? Theme.colors.border
                                                                                 : "transparent"
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

    Icon {
        id: icon
        visible: button.hasIcon
        name: button.iconName
        color: button.textColor
        size: button.iconSize
        rotation: button.iconRotation
        x: button.vertical ? (button.width - width) / 2
                           : Math.max(button.padding, (button.width - button.implicitWidth) / 2 + button.padding)
        y: button.vertical ? (button.height - height - Theme.gapPx / 2 - words.implicitHeight) / 2
                           : (button.height - height) / 2
    }

    Column {
        id: words
        readonly property real available: button.width - 2 * button.padding
                                          - (button.hasIcon && !button.vertical ? icon.width + Theme.gapPx / 2 : 0)
        width: Math.min(button.wordsWidth, available)
        x: button.vertical ? (button.width - width) / 2
                           : (button.hasIcon ? icon.x + icon.width + Theme.gapPx / 2 : (button.width - width) / 2)
        y: button.vertical && button.hasIcon ? icon.y + icon.height + Theme.gapPx / 2 : (button.height - height) / 2
        spacing: 2

        KText {
            id: label
            width: parent.width
            horizontalAlignment: button.vertical || !button.hasIcon ? Text.AlignHCenter : Text.AlignLeft
            text: button.text
            color: button.textColor
            font.pixelSize: button.labelPx
            font.bold: true
        }
        KText {
            id: second
            visible: button.secondText.length > 0
            width: parent.width
            horizontalAlignment: label.horizontalAlignment
            text: button.secondText
            color: button.textColor
            font.pixelSize: button.secondPx
        }
        KText {
            id: hintText
            visible: button.hint.length > 0
            width: parent.width
            horizontalAlignment: label.horizontalAlignment
            text: button.hint
            color: button.textColor
            font.pixelSize: Theme.minTextPx
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
