// Shown while the nurse station cannot be reached: calls still work (they wait in the outbox),
// and residents and staff should know why the answer may be slow.
import QtQuick
import Anju.Kiosk

Rectangle {
    id: banner
    objectName: "offlineBanner"
    implicitHeight: row.implicitHeight + Theme.gapPx
    color: Theme.colors.banner

    Row {
        id: row
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                  leftMargin: Theme.gapPx; rightMargin: Theme.gapPx }
        spacing: Theme.gapPx / 2
        Icon {
            anchors.verticalCenter: parent.verticalCenter
            name: "offline"
            color: Theme.colors.bannerText
            size: 48
        }
        KText {
            anchors.verticalCenter: parent.verticalCenter
            width: row.width - 48 - row.spacing
            text: Tr.offline_banner
            color: Theme.colors.bannerText
            font.bold: true
        }
    }
}
