import QtQuick
import Anju.Console
import QtQuick.Controls
import QtQuick.Layouts

// The review of one incident: what happened (four large choices), notes, root cause, Save; and
// the export of the clip and a one-page report for a family meeting or a regulator.
ColumnLayout {
    id: form
    objectName: "review-form"
    required property var station
    required property var incident
    readonly property bool hasIncident: incident.incidentId !== undefined
    property string outcome: ""
    spacing: 10

    // A newer copy of the same incident (the engine's answer to Save) must not wipe what is
    // being typed; another incident loads its own review.
    property string shownId: ""
    onIncidentChanged: {
        if (!hasIncident || incident.incidentId === shownId) return
        shownId = incident.incidentId
        outcome = incident.outcome
        notes.text = incident.notes
        rootCause.text = incident.rootCause
    }

    component Choice: BigButton {
        property string value
        objectName: "outcome-" + value
        Layout.fillWidth: true
        implicitHeight: 76
        fill: form.outcome === value ? Theme.chosen : Theme.surface
        onClicked: form.outcome = value
    }
    component Caption: Text {
        color: Theme.textDim
        font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily }
    }
    component Field: TextArea {
        Layout.fillWidth: true
        wrapMode: TextEdit.Wrap
        color: Theme.text
        placeholderTextColor: Theme.placeholder
        font { pixelSize: Theme.fontSmall; family: Theme.fontFamily }
        background: Rectangle { color: Theme.surface; radius: 8; border.color: Theme.surfaceRaised; border.width: 2 }
    }

    Caption { text: qsTr("What happened?") }
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: 10
        rowSpacing: 10
        enabled: form.hasIncident
        Choice { value: "fall"; text: qsTr("Fall") }
        Choice { value: "self_lowering"; text: qsTr("Self-lowering") }
        Choice { value: "near_miss"; text: qsTr("Near miss") }
        Choice { value: "false_alarm"; text: qsTr("False alarm") }
    }
    Caption { text: qsTr("Notes") }
    Field {
        id: notes
        objectName: "review-notes"
        Layout.preferredHeight: 120
        enabled: form.hasIncident
        placeholderText: qsTr("What staff found, injuries, what was done")
    }
    Caption { text: qsTr("Root cause") }
    Field {
        id: rootCause
        Layout.preferredHeight: 90
        enabled: form.hasIncident
        placeholderText: qsTr("Why it happened, what will change")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        BigButton {
            objectName: "save-review"
            text: qsTr("Save review")
            enabled: form.hasIncident && form.outcome !== ""
            fill: Theme.chosen
            onClicked: form.station.review(form.incident.incidentId, form.outcome, notes.text, rootCause.text)
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: form.hasIncident && form.incident.reviewedBy
                  ? qsTr("Reviewed by %1, %2").arg(form.incident.reviewedBy)
                        .arg(Qt.formatDateTime(new Date(form.incident.reviewedMs), "yyyy-MM-dd HH:mm"))
                  : qsTr("Not reviewed yet")
            color: Theme.textDim
            font { pixelSize: Theme.fontSmall; family: Theme.fontFamily }
        }
    }

    Item { Layout.fillHeight: true }

    // Export: the clip (privacy version unless a manager chose the original) and the report.
    Caption { text: qsTr("Export for a family meeting or a regulator") }
    TextField {
        id: folder
        Layout.fillWidth: true
        implicitHeight: Theme.touch
        placeholderText: qsTr("Folder, e.g. /media/usb")
        color: Theme.text
        placeholderTextColor: Theme.placeholder
        font { pixelSize: Theme.fontSmall; family: Theme.fontFamily }
        background: Rectangle { color: Theme.surface; radius: 8; border.color: Theme.surfaceRaised; border.width: 2 }
    }
    BigButton {
        Layout.fillWidth: true
        text: qsTr("Export clip and report")
        enabled: form.hasIncident && folder.text.length > 0
        onClicked: form.station.exportIncident(form.incident.incidentId, folder.text)
    }
    Text {
        Layout.fillWidth: true
        wrapMode: Text.WrapAnywhere
        visible: text !== ""
        text: (form.station.reportPath ? qsTr("Report saved: %1").arg(form.station.reportPath) + "\n" : "")
              + form.station.clips.exportMessage
        color: form.station.clips.exportState === "error" ? Theme.medium : Theme.textDim
        font { pixelSize: Theme.fontSmall; family: Theme.fontFamily }
    }
}
