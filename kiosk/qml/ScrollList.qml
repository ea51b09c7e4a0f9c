// A list that may be longer than the screen: "more" buttons move it a page at a time, so nobody
// has to swipe (swiping is allowed too). The buttons appear only when there is more to see.
import QtQuick
import Anju.Kiosk

Item {
    id: scroll
    property alias model: list.model
    property alias delegate: list.delegate
    property alias spacing: list.spacing
    property alias count: list.count
    readonly property bool overflows: list.contentHeight > list.height + 1

    ListView {
        id: list
        anchors { left: parent.left; right: parent.right; top: parent.top
                  bottom: scroll.overflows ? pager.top : parent.bottom
                  bottomMargin: scroll.overflows ? Theme.gapPx / 2 : 0 }
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        spacing: Theme.gapPx / 2
    }
    Row {
        id: pager
        visible: scroll.overflows
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: visible ? Theme.minTargetPx : 0
        spacing: Theme.gapPx
        KioskButton {
            width: (parent.width - parent.spacing) / 2
            height: parent.height
            iconName: "arrow"
            text: Tr.page_up
            enabled: !list.atYBeginning
            onActivated: list.contentY = Math.max(list.originY, list.contentY - list.height * 0.8)
        }
        KioskButton {
            width: (parent.width - parent.spacing) / 2
            height: parent.height
            iconName: "arrow"
            iconRotation: 180
            text: Tr.page_down
            enabled: !list.atYEnd
            onActivated: list.contentY = Math.min(list.originY + list.contentHeight - list.height,
                                                  list.contentY + list.height * 0.8)
        }
    }
}
