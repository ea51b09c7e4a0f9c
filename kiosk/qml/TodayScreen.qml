// Today: the day's activities and menu from the facility's schedule file. The date is in the
// header above; this page adds only what is on. Titles share the row of the Back button, so a
// small screen shows as many whole entries as it can.
import QtQuick
import Anju.Kiosk

Item {
    id: today
    property bool compact: false
    signal back()
    readonly property real leftWidth: (width - Theme.gapPx) * 0.55

    KioskButton {
        id: back
        objectName: "backButton"
        anchors { left: parent.left; top: parent.top }
        height: Theme.targetPx
        iconName: "back"
        text: Tr.back
        onActivated: today.back()
    }
    KText {
        anchors { left: back.right; leftMargin: Theme.gapPx; verticalCenter: back.verticalCenter }
        width: today.leftWidth - back.width - Theme.gapPx
        text: Tr.today_activities
        font.pixelSize: Theme.titlePx
        font.bold: true
    }
    KText {
        x: today.leftWidth + Theme.gapPx
        anchors.verticalCenter: back.verticalCenter
        text: Tr.today_menu
        font.pixelSize: Theme.titlePx
        font.bold: true
    }

    Rectangle {
        id: scheduleError
        visible: !Kiosk.schedule.ok
        anchors { left: parent.left; right: parent.right; top: back.bottom; topMargin: visible ? Theme.gapPx / 2 : 0 }
        height: visible ? errorText.implicitHeight + Theme.gapPx / 2 : 0
        radius: Theme.radiusPx
        color: Theme.colors.error
        KText {
            id: errorText
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                      margins: Theme.gapPx / 2 }
            text: Tr.schedule_unavailable
            color: Theme.colors.errorText
            font.bold: true
        }
    }

    Item {
        id: activities
        anchors { left: parent.left; top: scheduleError.bottom; bottom: parent.bottom; topMargin: Theme.gapPx / 2 }
        width: today.leftWidth
        KText {
            visible: Kiosk.activities.count === 0
            width: parent.width
            text: Tr.no_activities
        }
        ScrollList {
            anchors.fill: parent
            model: Kiosk.activities
            delegate: ActivityRow { width: ListView.view.width }
        }
    }

    Item {
        anchors { left: activities.right; leftMargin: Theme.gapPx; right: parent.right
                  top: activities.top; bottom: parent.bottom }
        KText {
            visible: Kiosk.menu.count === 0
            width: parent.width
            text: Tr.no_menu
        }
        ScrollList {
            anchors.fill: parent
            model: Kiosk.menu
            delegate: Rectangle {
                id: meal
                required property string meal
                required property string time
                required property string dishes
                width: ListView.view.width
                height: mealColumn.implicitHeight + Theme.gapPx
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
                        text: meal.meal + (meal.time.length > 0 ? " · " + meal.time : "")
                        color: Theme.colors.surfaceText
                        font.pixelSize: Theme.labelPx - 4
                        font.bold: true
                    }
                    KText {
                        width: parent.width
                        text: meal.dishes
                        color: Theme.colors.surfaceText
                    }
                }
            }
        }
    }
}
