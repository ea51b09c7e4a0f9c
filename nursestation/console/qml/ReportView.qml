import QtQuick
import Anju.Console
import QtQuick.Layouts

// The shift report the charge nurse hands over: response times by alarm type, alarms per hour,
// escalations, rounds compliance, falls. Figures come from the engine's journal.
Item {
    id: page
    required property var station
    readonly property var report: station.report

    component Figure: Rectangle {
        property string label
        property string value
        property bool warn: false
        Layout.fillWidth: true
        Layout.preferredHeight: 120
        radius: 12
        color: warn ? Theme.warnSurface : Theme.surface
        border.color: warn ? Theme.medium : Theme.surface
        border.width: 3
        Column {
            anchors.centerIn: parent
            spacing: 4
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: parent.parent.value
                color: parent.parent.warn ? Theme.medium : Theme.text
                font { pixelSize: Theme.fontHuge; bold: true; family: Theme.fontFamily }
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: parent.parent.label
                color: Theme.textDim
                font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily }
            }
        }
    }

    function duration(seconds) {
        if (seconds <= 0) return "—"
        const s = Math.round(seconds)
        return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 16
        RowLayout {
            spacing: 12
            BigButton {
                text: qsTr("This shift")
                fill: page.report.which === "current" ? Theme.selected : Theme.surface
                onClicked: page.report.which = "current"
            }
            BigButton {
                text: qsTr("Previous shift")
                fill: page.report.which === "previous" ? Theme.selected : Theme.surface
                onClicked: page.report.which = "previous"
            }
            Item { Layout.preferredWidth: 16 }
            Text {
                text: page.report.available
                      ? Words.shift(page.report.shift) + "  " +
                        Qt.formatDateTime(new Date(page.report.fromMs), "MM-dd HH:mm") + " – " +
                        Qt.formatDateTime(new Date(page.report.toMs), "HH:mm")
                      : qsTr("Waiting for the station engine's report…")
                color: Theme.text
                font { pixelSize: Theme.fontLarge; bold: true; family: Theme.fontFamily }
            }
            Item { Layout.fillWidth: true }
        }
        RowLayout {
            visible: page.report.available
            Layout.fillWidth: true
            spacing: 16
            Figure { label: qsTr("Alarms"); value: page.report.alarms }
            Figure { label: qsTr("Alarms per hour"); value: page.report.alarmsPerHour.toFixed(1) }
            Figure { label: qsTr("Response p50 (m:ss)"); value: page.duration(page.report.p50Seconds) }
            Figure {
                label: qsTr("Response p90 (m:ss)")
                value: page.duration(page.report.p90Seconds)
                warn: page.report.p90Seconds > 300
            }
            Figure { label: qsTr("Escalated"); value: page.report.escalated; warn: page.report.escalated > 0 }
            Figure {
                label: qsTr("Rounds on time")
                value: page.report.roundsCompliancePct < 0 ? "—" : page.report.roundsCompliancePct + "%"
                warn: page.report.roundsCompliancePct >= 0 && page.report.roundsCompliancePct < 90
            }
            Figure { label: qsTr("Falls"); value: page.report.falls; warn: page.report.falls > 0 }
        }
        Text {
            visible: page.report.available && page.report.roomsMissingRounds.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Rooms that missed rounds: %1").arg(
                      page.report.roomsMissingRounds.map(r => r.room + " (" + r.missed + ")").join("  ·  "))
            color: Theme.medium
            font { pixelSize: Theme.fontBody; bold: true; family: Theme.fontFamily }
        }
        ListView {
            id: table
            visible: page.report.available
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 6
            clip: true
            model: page.report
            header: RowLayout {
                width: table.width
                height: 52
                spacing: 16
                Text { text: qsTr("Alarm type"); Layout.fillWidth: true; color: Theme.textDim; font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily } }
                Text { text: qsTr("Alarms"); Layout.preferredWidth: 160; horizontalAlignment: Text.AlignRight; color: Theme.textDim; font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily } }
                Text { text: qsTr("Answered"); Layout.preferredWidth: 160; horizontalAlignment: Text.AlignRight; color: Theme.textDim; font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily } }
                Text { text: qsTr("Escalated"); Layout.preferredWidth: 160; horizontalAlignment: Text.AlignRight; color: Theme.textDim; font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily } }
                Text { text: qsTr("p50"); Layout.preferredWidth: 160; horizontalAlignment: Text.AlignRight; color: Theme.textDim; font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily } }
                Text { text: qsTr("p90"); Layout.preferredWidth: 160; horizontalAlignment: Text.AlignRight; color: Theme.textDim; font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily } }
                Item { Layout.preferredWidth: 16 }
            }
            delegate: Rectangle {
                id: line
                required property string type
                required property int alarms
                required property int answered
                required property int escalated
                required property double p50
                required property double p90
                width: table.width
                height: 60
                radius: 8
                color: Theme.surface
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 16
                    spacing: 16
                    Text { text: Words.type(line.type); Layout.fillWidth: true; color: Theme.text; font { pixelSize: Theme.fontBody; bold: true; family: Theme.fontFamily } }
                    Text { text: line.alarms; Layout.preferredWidth: 160; horizontalAlignment: Text.AlignRight; color: Theme.text; font { pixelSize: Theme.fontBody; family: Theme.fontFamily } }
                    Text { text: line.answered; Layout.preferredWidth: 160; horizontalAlignment: Text.AlignRight; color: Theme.text; font { pixelSize: Theme.fontBody; family: Theme.fontFamily } }
                    Text { text: line.escalated; Layout.preferredWidth: 160; horizontalAlignment: Text.AlignRight; color: line.escalated > 0 ? Theme.medium : Theme.text; font { pixelSize: Theme.fontBody; family: Theme.fontFamily } }
                    Text { text: page.duration(line.p50); Layout.preferredWidth: 160; horizontalAlignment: Text.AlignRight; color: Theme.text; font { pixelSize: Theme.fontBody; family: Theme.fontFamily } }
                    Text { text: page.duration(line.p90); Layout.preferredWidth: 160; horizontalAlignment: Text.AlignRight; color: line.p90 > 300 ? Theme.medium : Theme.text; font { pixelSize: Theme.fontBody; family: Theme.fontFamily } }
                    Item { Layout.preferredWidth: 16 }
                }
            }
        }
    }
}
