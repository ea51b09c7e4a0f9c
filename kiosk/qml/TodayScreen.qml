// Today: the day's activities and menu from the facility's schedule file.
import QtQuick
import Anju.Kiosk

Item {
    id: today
    property bool compact: false
    signal back()

    Row {
        id: titleRow
        anchors { left: parent.left; right: parent.right; top: parent.top }
        spacing: Theme.gapPx
        KioskButton {
            objectName: "backButton"
            height: Theme.targetPx
            iconName: "back"
            text: Tr.back
            onActivated: today.back()
        }
        KText {
            anchors.verticalCenter: parent.verticalCenter
            text: Tr.today + " · " + Kiosk.clock.date
            font.pixelSize: Theme.titlePx
            font.bold: true
        }
    }

    Rectangle {
        id: scheduleError
        visible: !Kiosk.schedule.ok
        anchors { left: parent.left; right: parent.right; top: titleRow.bottom; topMargin: Theme.gapPx / 2 }
        height: visible ? errorText.implicitHeight + Theme.gapPx : 0
        radius: Theme.radiusPx
        color: Theme.colors.error
        KText {
            id: errorText
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                      margins: Theme.gapPx }
            text: Tr.schedule_unavailable
            color: Theme.colors.errorText
            font.bold: true
        }
    }

    Item {
        anchors { left: parent.left; right: parent.right; top: scheduleError.bottom; bottom: parent.bottom
                  topMargin: Theme.gapPx / 2 }

        Column {
            id: activities
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
            width: (parent.width - Theme.gapPx) * 0.55
            spacing: Theme.gapPx / 2
            KText {
                id: activitiesTitle
                text: Tr.today_activities
                font.pixelSize: Theme.titlePx
                font.bold: true
            }
            KText {
                visible: Kiosk.activities.count === 0
                text: Tr.no_activities
            }
            ScrollList {
                width: parent.width
                height: parent.height - activitiesTitle.height - parent.spacing
                model: Kiosk.activities
                delegate: ActivityRow { width: ListView.view.width }
            }
        }

        Column {
            anchors { left: activities.right; leftMargin: Theme.gapPx; right: parent.right
                      top: parent.top; bottom: parent.bottom }
            spacing: Theme.gapPx / 2
            KText {
                id: menuTitle
                text: Tr.today_menu
                font.pixelSize: Theme.titlePx
                font.bold: true
            }
            KText {
                visible: Kiosk.menu.count === 0
                width: parent.width
                text: Tr.no_menu
            }
            ScrollList {
                width: parent.width
                height: parent.height - menuTitle.height - parent.spacing
                model: Kiosk.menu
                delegate: Rectangle {
                    required property string meal
                    required property string time
                    required property string dishes
                    width: ListView.view.width
                    implicitHeight: mealColumn.implicitHeight + Theme.gapPx
                    height: implicitHeight
                    radius: Theme.radiusPx
                    color: Theme.colors.surface
                    border.color: Theme.colors.border
                    border.width: Theme.borderPx
                    Column {
                        id: mealColumn
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                                  leftMargin: Theme.gapPx; rightMargin: Theme.gapPx }
                        KText {
                            width: parent.width
                            text: parent.parent.meal + (parent.parent.time.length > 0 ? " · " + parent.parent.time : "")
                            color: Theme.colors.surfaceText
                            font.pixelSize: Theme.labelPx
                            font.bold: true
                        }
                        KText {
                            width: parent.width
                            text: parent.parent.dishes
                            color: Theme.colors.surfaceText
                        }
                    }
                }
            }
        }
    }
}
