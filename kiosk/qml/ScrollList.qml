// A list that may be longer than the screen. It never shows an entry cut in half (a half-visible
// line is hard to read and easy to miss): entries that do not fit whole are hidden, and "Earlier" /
// "More" buttons move a page of whole entries, so nobody has to swipe (swiping works too).
import QtQuick
import Anju.Kiosk

Item {
    id: scroll
    property alias model: list.model
    property alias delegate: list.delegate
    property alias spacing: list.spacing
    property alias count: list.count
    // Measured against the whole height (not the list's, which shrinks for the buttons), so showing
    // the buttons can never change whether they are needed.
    readonly property bool overflows: list.contentHeight > scroll.height + 1

    function fits(item) {
        const top = item.y - list.contentY
        return top >= -1 && top + item.height <= list.height + 1
    }
    function hidePartial() {
        const items = list.contentItem.children
        for (let i = 0; i < items.length; ++i) items[i].opacity = fits(items[i]) ? 1 : 0
    }
    function pageDown() {
        // The first entry not wholly shown becomes the first one.
        for (let i = 0; i < list.count; ++i) {
            const item = list.itemAtIndex(i)
            if (item && item.y + item.height > list.contentY + list.height + 1) {
                list.positionViewAtIndex(i, ListView.Beginning)
                break
            }
        }
        Qt.callLater(hidePartial)
    }
    function pageUp() {
        let first = list.indexAt(0, list.contentY + 1)
        if (first <= 0) { list.positionViewAtBeginning(); Qt.callLater(hidePartial); return }
        list.positionViewAtIndex(first - 1, ListView.End)
        // Line up the top of the page with a whole entry.
        const top = list.indexAt(0, list.contentY + 1)
        const item = list.itemAtIndex(top)
        if (item && item.y < list.contentY - 1) list.positionViewAtIndex(top + 1, ListView.Beginning)
        Qt.callLater(hidePartial)
    }

    ListView {
        id: list
        anchors { left: parent.left; right: parent.right; top: parent.top
                  bottom: scroll.overflows ? pager.top : parent.bottom
                  bottomMargin: scroll.overflows ? Theme.gapPx / 2 : 0 }
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        spacing: Theme.gapPx / 2
        onContentYChanged: Qt.callLater(scroll.hidePartial)
        onHeightChanged: Qt.callLater(scroll.hidePartial)
        onContentHeightChanged: Qt.callLater(scroll.hidePartial)
        onCountChanged: Qt.callLater(scroll.hidePartial)
    }
    Row {
        id: pager
        visible: scroll.overflows
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: visible ? Theme.targetPx : 0
        spacing: Theme.gapPx
        KioskButton {
            objectName: "pageUp"
            width: (parent.width - parent.spacing) / 2
            height: parent.height
            iconName: "arrow"
            iconSize: 48
            text: Tr.page_up
            labelPx: Theme.bodyPx
            enabled: !list.atYBeginning
            onActivated: scroll.pageUp()
        }
        KioskButton {
            objectName: "pageDown"
            width: (parent.width - parent.spacing) / 2
            height: parent.height
            iconName: "arrow"
            iconRotation: 180
            iconSize: 48
            text: Tr.page_down
            labelPx: Theme.bodyPx
            enabled: !list.atYEnd
            onActivated: scroll.pageDown()
        }
    }
}
