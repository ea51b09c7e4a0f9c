// Hallway screen: a large clock and the date, what one can still join today, the way to places,
// and a call-for-help button for anyone who needs a member of staff here. It has no separate
// header: the language and staff buttons sit above the directory.
import QtQuick
import Anju.Kiosk

Item {
    id: hallway
    property bool compact: false
    signal staffRequested()

    Column {
        id: left
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        width: parent.width * (Kiosk.call.active ? 0.55 : 0.42)  // a call's words need room
        spacing: hallway.compact ? Theme.gapPx / 2 : Theme.gapPx

        Row {
            spacing: Theme.gapPx / 2
            KText {
                id: bigTime
                objectName: "hallwayClock"
                text: Kiosk.clock.time
                font.pixelSize: hallway.compact ? 96 : 140
                font.bold: true
            }
            KText {
                anchors.baseline: bigTime.baseline
                text: Kiosk.clock.partOfDay
                font.pixelSize: hallway.compact ? Theme.titlePx : Theme.headlinePx
            }
        }
        KText {
            id: bigDate
            visible: !Kiosk.call.active  // the call's words take the room; the time stays
            height: visible ? implicitHeight : 0
            width: parent.width
            text: Kiosk.clock.date
            font.pixelSize: hallway.compact ? Theme.bodyPx + 4 : Theme.titlePx
        }
        Item {
            width: parent.width
            height: parent.height - bigTime.height - bigDate.height - (bigDate.visible ? 2 : 1) * parent.spacing

            Column {
                visible: !Kiosk.call.active
                anchors.fill: parent
                spacing: hallway.compact ? Theme.gapPx / 2 : Theme.gapPx
                KText {
                    id: laterTitle
                    width: parent.width
                    text: Tr.later_today
                    font.pixelSize: Theme.titlePx
                    font.bold: true
                }
                KText {
                    id: nothingLeft
                    visible: Kiosk.upcoming.count === 0
                    width: parent.width
                    text: Tr.nothing_now
                }
                ScrollList {
                    width: parent.width
                    height: parent.height - laterTitle.height - help.height - 2 * parent.spacing
                            - (nothingLeft.visible ? nothingLeft.height + parent.spacing : 0)
                    model: Kiosk.upcoming  // a hallway shows what one can still join
                    delegate: ActivityRow { width: ListView.view.width }
                }
                KioskButton {
                    id: help
                    objectName: "callButton"
                    width: parent.width
                    height: Theme.targetPx + 20
                    iconName: "bell"
                    text: Tr.call_for_help
                    secondText: TrOther.call_for_help
                    fill: Theme.colors.call
                    ink: Theme.colors.callText
                    onActivated: Kiosk.call.call()
                }
            }
            CallCard {
                visible: Kiosk.call.active
                anchors.fill: parent
                compact: hallway.compact
            }
        }
    }

    Item {
        anchors { left: left.right; leftMargin: Theme.gapPx * 1.5; right: parent.right
                  top: parent.top; bottom: parent.bottom }

        Row {
            id: buttons
            anchors { right: parent.right; top: parent.top }
            spacing: Theme.gapPx
            KioskButton {
                objectName: "languageButton"
                height: Theme.targetPx
                iconName: "language"
                text: TrOther.lang_name
                onActivated: Kiosk.language.toggle()
            }
            KioskButton {
                objectName: "staffButton"
                height: Theme.targetPx
                iconName: "staff"
                text: Tr.staff
                fill: Theme.colors.surface
                ink: Theme.colors.surfaceText
                onActivated: hallway.staffRequested()
            }
        }
        KText {
            id: directoryTitle
            anchors { left: parent.left; top: buttons.bottom; topMargin: Theme.gapPx / 2 }
            text: Tr.directory_title
            font.pixelSize: Theme.titlePx
            font.bold: true
        }
        KText {
            id: directoryError
            visible: !Kiosk.directory.ok
            anchors { left: parent.left; right: parent.right; top: directoryTitle.bottom }
            height: visible ? implicitHeight : 0
            text: Tr.directory_unavailable
        }
        ScrollList {
            anchors { left: parent.left; right: parent.right; top: directoryError.bottom; bottom: parent.bottom
                      topMargin: Theme.gapPx / 2 }
            model: Kiosk.directory
            delegate: PlaceRow { width: ListView.view.width }
        }
    }
}
