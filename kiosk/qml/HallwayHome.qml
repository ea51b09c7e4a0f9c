// Hallway screen: a large clock, what is going on now and later today, and the way to places;
// a call-for-help button for anyone who needs a member of staff here.
import QtQuick
import Anju.Kiosk

Item {
    id: hallway
    property bool compact: false

    Column {
        id: left
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        width: parent.width * 0.42
        spacing: hallway.compact ? Theme.gapPx / 2 : Theme.gapPx

        Row {
            spacing: Theme.gapPx / 2
            KText {
                id: bigTime
                objectName: "hallwayClock"
                text: Kiosk.clock.time
                font.pixelSize: hallway.compact ? 88 : 128
                font.bold: true
                lineHeight: 1.0
            }
            KText {
                anchors.baseline: bigTime.baseline
                text: Kiosk.clock.partOfDay
                font.pixelSize: Theme.headlinePx
            }
        }
        KText {
            id: bigDate
            width: parent.width
            text: Kiosk.clock.date
            font.pixelSize: Theme.titlePx
        }
        Item {
            width: parent.width
            height: parent.height - bigTime.height - bigDate.height - 2 * parent.spacing

            Column {
                visible: !Kiosk.call.active
                anchors.fill: parent
                spacing: hallway.compact ? Theme.gapPx / 2 : Theme.gapPx
                KText {
                    id: laterTitle
                    text: Tr.happening_now + " / " + Tr.later_today
                    font.pixelSize: Theme.titlePx
                    font.bold: true
                }
                KText {
                    id: nothingLeft
                    visible: Kiosk.activities.upcomingCount === 0
                    text: Tr.nothing_now
                }
                ScrollList {
                    width: parent.width
                    height: parent.height - laterTitle.height - help.height - 2 * parent.spacing
                            - (nothingLeft.visible ? nothingLeft.height + parent.spacing : 0)
                    model: Kiosk.activities
                    delegate: ActivityRow {
                        required property bool isPast
                        width: ListView.view.width
                        // What is over is left out here: a hallway shows what one can still join.
                        visible: !isPast
                        height: isPast ? 0 : implicitHeight
                    }
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
                compact: true
            }
        }
    }

    Column {
        anchors { left: left.right; leftMargin: Theme.gapPx * 1.5; right: parent.right
                  top: parent.top; bottom: parent.bottom }
        spacing: Theme.gapPx / 2
        KText {
            id: directoryTitle
            text: Tr.directory_title
            font.pixelSize: Theme.titlePx
            font.bold: true
        }
        KText {
            id: directoryError
            visible: !Kiosk.directory.ok
            width: parent.width
            text: Tr.directory_unavailable
        }
        ScrollList {
            width: parent.width
            height: parent.height - directoryTitle.height - (directoryError.visible ? directoryError.height : 0)
                    - parent.spacing
            model: Kiosk.directory
            delegate: PlaceRow { width: ListView.view.width }
        }
    }
}
