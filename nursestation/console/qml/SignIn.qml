import QtQuick
import Anju.Console
import QtQuick.Controls
import QtQuick.Layouts

// Staff sign in: actions on alarms are recorded under their name.
Item {
    id: page
    required property var station

    Rectangle {
        anchors.centerIn: parent
        width: 640
        height: 520
        radius: 16
        color: Theme.surface
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 48
            spacing: 20
            Text {
                text: qsTr("Sign in")
                color: Theme.text
                font { pixelSize: Theme.fontHuge; bold: true; family: Theme.fontFamily }
            }
            TextField {
                id: user
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                placeholderText: qsTr("Staff ID")
                font { pixelSize: Theme.fontBody; family: Theme.fontFamily }
                focus: true
            }
            TextField {
                id: password
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                placeholderText: qsTr("Password")
                echoMode: TextInput.Password
                font { pixelSize: Theme.fontBody; family: Theme.fontFamily }
                onAccepted: go.clicked()
            }
            Text {
                text: page.station.signInError
                visible: text !== ""
                color: Theme.highText
                font { pixelSize: Theme.fontBody; family: Theme.fontFamily }
            }
            BigButton {
                id: go
                Layout.fillWidth: true
                text: qsTr("Sign in")
                fill: Theme.ok
                ink: Theme.onOk
                onClicked: if (page.station.signIn(user.text, password.text)) password.text = ""
            }
        }
    }
}
