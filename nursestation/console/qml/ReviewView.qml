import QtQuick
import Anju.Console
import QtQuick.Controls
import QtQuick.Layouts

// Incident review for managers and charge nurses: the incidents with clips (filters on the
// left), the privacy-filtered clip with the detector's boxes, and the review form. Filtering is
// done by the C++ model; this page only sets its filter properties.
Item {
    id: page
    required property var station
    readonly property var incidents: station.incidents
    property string selectedId: ""
    // Re-read when the engine publishes a newer copy of the incident (revision changes).
    readonly property var current: {
        incidents.revision
        return selectedId === "" ? ({}) : incidents.get(selectedId)
    }

    function outcomeLabel(o) {
        switch (o) {
        case "fall": return qsTr("Fall")
        case "self_lowering": return qsTr("Self-lowering")
        case "near_miss": return qsTr("Near miss")
        case "false_alarm": return qsTr("False alarm")
        }
        return qsTr("Not reviewed")
    }
    function select(id, clip) {
        selectedId = id
        station.clips.unload()
    }
    onVisibleChanged: {
        if (visible && selectedId === "" && incidents.count > 0)
            selectedId = incidents.idAt(0)
    }

    component Filter: ComboBox {
        id: filter
        Layout.fillWidth: true
        Layout.preferredWidth: 1  // the two columns share the width equally
        implicitHeight: Theme.touch
        font.pixelSize: Theme.fontSmall
        font.family: Theme.fontFamily
        textRole: "text"
        valueRole: "value"
        // The filter in force; the choices are rebuilt as incidents arrive, so the shown choice
        // is found again by value rather than kept by index.
        property var applied: ""
        onModelChanged: Qt.callLater(() => currentIndex = Math.max(0, indexOfValue(applied)))
        contentItem: Text {
            leftPadding: 14
            rightPadding: filter.indicator.width + 8
            text: filter.displayText
            font: filter.font
            color: Theme.text
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
        }
        indicator: Text {
            x: filter.width - width - 14
            y: (filter.height - height) / 2
            text: "▾"
            color: Theme.textDim
            font.pixelSize: Theme.fontBody
        }
        background: Rectangle {
            radius: 8
            color: filter.down ? Theme.surfaceRaised : Theme.surface
            border.color: Theme.surfaceRaised
            border.width: 2
        }
    }

    // Nurses see why the page is empty rather than a blank screen.
    Text {
        objectName: "review-refused"
        anchors.centerIn: parent
        width: parent.width * 0.6
        visible: !page.station.canReview
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Incident review is for managers and charge nurses. Sign in with such an account to see clips and record outcomes.")
        color: Theme.textDim
        font { pixelSize: Theme.fontLarge; family: Theme.fontFamily }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 16
        visible: page.station.canReview

        // The list and its filters.
        ColumnLayout {
            Layout.preferredWidth: 560
            Layout.minimumWidth: 560
            Layout.maximumWidth: 560
            Layout.fillHeight: true
            spacing: 10
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 10
                rowSpacing: 10
                Filter {
                    id: typeFilter
                    applied: page.incidents.typeFilter
                    model: [{ text: qsTr("All types"), value: "" }].concat(
                               page.incidents.types.map(t => ({ text: Words.type(t), value: t })))
                    onActivated: page.incidents.typeFilter = currentValue
                }
                Filter {
                    id: roomFilter
                    applied: page.incidents.roomFilter
                    model: [{ text: qsTr("All rooms"), value: "" }].concat(
                               page.incidents.rooms.map(r => ({ text: qsTr("Room %1").arg(r), value: r })))
                    onActivated: page.incidents.roomFilter = currentValue
                }
                Filter {
                    id: outcomeFilter
                    objectName: "filter-outcome"
                    applied: page.incidents.outcomeFilter
                    model: [{ text: qsTr("Any outcome"), value: "" },
                            { text: qsTr("Not reviewed (%1)").arg(page.incidents.unreviewedCount), value: "unreviewed" },
                            { text: page.outcomeLabel("fall"), value: "fall" },
                            { text: page.outcomeLabel("self_lowering"), value: "self_lowering" },
                            { text: page.outcomeLabel("near_miss"), value: "near_miss" },
                            { text: page.outcomeLabel("false_alarm"), value: "false_alarm" }]
                    onActivated: page.incidents.outcomeFilter = currentValue
                }
                Filter {
                    id: dateFilter
                    applied: 0
                    model: [{ text: qsTr("Any date"), value: 0 },
                            { text: qsTr("Last 24 hours"), value: 1 },
                            { text: qsTr("Last 7 days"), value: 7 },
                            { text: qsTr("Last 30 days"), value: 30 }]
                    onActivated: page.incidents.fromMs =
                                 currentValue === 0 ? 0 : page.station.nowMs - currentValue * 86400000
                }
            }
            Text {
                text: qsTr("%1 of %2 incidents").arg(page.incidents.count).arg(page.incidents.total)
                color: Theme.textDim
                font { pixelSize: Theme.fontSmall; family: Theme.fontFamily }
            }
            ListView {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 8
                model: page.incidents
                delegate: Rectangle {
                    id: row
                    objectName: "incident-" + incidentId
                    required property string incidentId
                    required property string type
                    required property string room
                    required property string outcome
                    required property var raisedMs
                    required property string clip
                    readonly property bool chosen: page.selectedId === incidentId
                    width: ListView.view.width
                    height: 96
                    radius: 10
                    color: chosen ? Theme.selected : Theme.surface
                    border.color: outcome === "" ? Theme.medium : Theme.surfaceRaised
                    border.width: 2
                    Column {
                        anchors.left: parent.left
                        anchors.leftMargin: 16
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width - 190
                        spacing: 4
                        Text {
                            width: parent.width
                            elide: Text.ElideRight
                            text: page.roomText(row.room)
                            color: Theme.text
                            font { pixelSize: 24; bold: true; family: "Noto Sans CJK SC" }
                        }
                        Text {
                            width: parent.width
                            elide: Text.ElideRight
                            text: page.typeText(row.type) + " · "
                                  + Qt.formatDateTime(new Date(row.raisedMs), "yyyy-MM-dd HH:mm")
                            color: Theme.textDim
                            font { pixelSize: 20; family: "Noto Sans CJK SC" }
                        }
                    }
                    Rectangle {
                        anchors.right: parent.right
                        anchors.rightMargin: 12
                        anchors.verticalCenter: parent.verticalCenter
                        width: 160
                        height: 44
                        radius: 22
                        color: row.outcome === "" ? Theme.warnSurface : Theme.surfaceRaised
                        Text {
                            anchors.fill: parent
                            anchors.margins: 6
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: 14
                            text: page.outcomeLabel(row.outcome)
                            color: row.outcome === "" ? Theme.medium : Theme.text
                            font { pixelSize: 20; bold: true; family: "Noto Sans CJK SC" }
                        }
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: page.select(row.incidentId, row.clip)
                    }
                }
            }
        }

        ClipPlayer {
            Layout.fillWidth: true
            Layout.fillHeight: true
            station: page.station
            incident: page.current
        }

        ReviewForm {
            Layout.preferredWidth: 500
            Layout.maximumWidth: 500
            Layout.fillHeight: true
            station: page.station
            incident: page.current
        }
    }

    // Labels reached through functions of the page, so the list delegates use no singleton.
    function typeText(t) { return Words.type(t) }
    function roomText(r) { return qsTr("Room %1").arg(r) }
}
