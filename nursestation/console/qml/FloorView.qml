import QtQuick
import Anju.Console
import QtQuick.Controls
import QtQuick.Layouts

// Rooms as tiles, coloured by their most urgent alarm, each with the nurse it is assigned to.
// A charge nurse gives a room to a nurse in two taps: the room, then the nurse.
Item {
    id: page
    required property var station
    property string pickingRoom: ""      // the room whose nurse is being chosen
    property string pickingAssigned: ""  // its nurse now

    // Start of a shift: one room to each nurse on duty, then one tap shares out the rest.
    RowLayout {
        id: hint
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 24 }
        visible: page.station.canAssign
        spacing: 24
        Text {
            Layout.fillWidth: true
            text: qsTr("Tap a room to give it to a nurse for this shift. Give each nurse on duty one room, then share out the rest.")
            wrapMode: Text.WordWrap
            color: Theme.textDim
            font { pixelSize: Theme.fontBody; family: Theme.fontFamily }
        }
        BigButton {
            objectName: "assign-fill"
            text: qsTr("Share out the other rooms")
            onClicked: page.station.fillRooms()
        }
    }

    GridView {
        id: grid
        anchors { fill: parent; margins: 16; topMargin: hint.visible ? hint.implicitHeight + 40 : 16 }
        cellWidth: 300
        cellHeight: 200
        clip: true
        model: page.station.rooms
        delegate: Item {
            id: tile
            required property string room
            required property int active
            required property string topPriority
            required property string call
            required property string staff
            required property string assigned
            required property string assignedName
            required property string staffName
            width: grid.cellWidth
            height: grid.cellHeight
            Rectangle {
                objectName: "room-" + tile.room
                anchors.fill: parent
                anchors.margins: 8
                radius: 14
                color: tile.topPriority === "" ? Theme.surface : Theme.priorityColor(tile.topPriority)
                border.color: tile.staff !== "" ? Theme.ok : Theme.surfaceRaised
                border.width: tile.staff !== "" ? 6 : 2
                TapHandler {
                    enabled: page.station.canAssign
                    onTapped: {
                        page.pickingRoom = tile.room
                        page.pickingAssigned = tile.assigned
                        picker.open()
                    }
                }
                Column {
                    anchors.centerIn: parent
                    spacing: 2
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: tile.room
                        color: tile.topPriority === "" ? Theme.text : Theme.onPriority(tile.topPriority)
                        font { pixelSize: Theme.fontHuge; bold: true; family: Theme.fontFamily }
                    }
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: Words.call(tile.call) + (tile.active > 1 ? "  (" + tile.active + ")" : "")
                        color: tile.topPriority === "" ? Theme.textDim : Theme.onPriority(tile.topPriority)
                        font { pixelSize: Theme.fontBody; family: Theme.fontFamily }
                    }
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        visible: tile.staff !== ""
                        text: qsTr("Staff: %1").arg(tile.staffName)
                        color: tile.topPriority === "" ? Theme.ok : Theme.onPriority(tile.topPriority)
                        font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily }
                    }
                    Text {
                        objectName: "assigned-" + tile.room
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: tile.assigned !== "" ? tile.assignedName : qsTr("No nurse assigned")
                        color: tile.topPriority === "" ? (tile.assigned !== "" ? Theme.text : Theme.textDim)
                                                       : Theme.onPriority(tile.topPriority)
                        font { pixelSize: Theme.fontSmall; family: Theme.fontFamily; italic: tile.assigned === "" }
                    }
                }
            }
        }
    }

    Popup {
        id: picker
        objectName: "assign-picker"
        modal: true
        anchors.centerIn: parent
        width: 820
        padding: 28
        background: Rectangle { color: Theme.surface; radius: 16; border.color: Theme.selected; border.width: 2 }
        contentItem: ColumnLayout {
            spacing: 20
            Text {
                text: qsTr("Room %1: who takes it this shift?").arg(page.pickingRoom)
                color: Theme.text
                font { pixelSize: Theme.fontLarge; bold: true; family: Theme.fontFamily }
            }
            GridLayout {
                columns: 2
                rowSpacing: 14
                columnSpacing: 14
                Layout.fillWidth: true
                Repeater {
                    model: page.station.staff
                    BigButton {
                        required property var modelData
                        objectName: "assign-" + modelData.id
                        text: modelData.name
                        fill: modelData.id === page.pickingAssigned ? Theme.chosen : Theme.surfaceRaised
                        Layout.fillWidth: true
                        Layout.preferredHeight: 84
                        onClicked: {
                            page.station.assign(page.pickingRoom, modelData.id)
                            picker.close()
                        }
                    }
                }
            }
            RowLayout {
                spacing: 14
                Layout.fillWidth: true
                BigButton {
                    objectName: "assign-nobody"
                    text: qsTr("Nobody")
                    Layout.fillWidth: true
                    onClicked: {
                        page.station.assign(page.pickingRoom, "")
                        picker.close()
                    }
                }
                BigButton {
                    objectName: "assign-cancel"
                    text: qsTr("Cancel")
                    Layout.fillWidth: true
                    onClicked: picker.close()
                }
            }
        }
    }
}
