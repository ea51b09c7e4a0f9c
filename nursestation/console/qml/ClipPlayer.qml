import QtQuick
import Anju.Console
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia

// One incident's clip: the privacy-filtered video (the original only when a manager asks; the
// clip server audits it), the detector's boxes at the player's position, play/pause/seek with
// big targets, and how fast staff responded.
ColumnLayout {
    id: player
    required property var station
    required property var incident
    readonly property var clips: station.clips
    readonly property bool hasIncident: incident.incidentId !== undefined
    spacing: 10

    function clock(ms) { return ms > 0 ? Qt.formatDateTime(new Date(ms), "HH:mm:ss") : "—" }
    function after(ms) {
        if (!(ms > 0) || !(incident.raisedMs > 0)) return ""
        const s = Math.round((ms - incident.raisedMs) / 1000)
        return s < 60 ? qsTr("+%1 s").arg(s) : qsTr("+%1 min %2 s").arg(Math.floor(s / 60)).arg(s % 60)
    }
    function mmss(ms) {
        const s = Math.floor(ms / 1000)
        return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0")
    }

    component Step: Rectangle {
        property string label
        property string time
        property string delta
        Layout.fillWidth: true
        implicitHeight: 118
        radius: 10
        color: Theme.surface
        Column {
            anchors.centerIn: parent
            spacing: 2
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: parent.parent.label
                color: Theme.textDim
                font { pixelSize: Theme.fontSmall; family: Theme.fontFamily }
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: parent.parent.time
                color: Theme.text
                font { pixelSize: Theme.fontBody; bold: true; family: Theme.fontFamily }
            }
            // How long after the alarm; its own line so it never runs into the next step.
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: parent.parent.delta || " "
                color: Theme.medium
                font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily }
            }
        }
    }

    // Title and the privacy badge.
    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        Text {
            Layout.fillWidth: true
            elide: Text.ElideRight
            text: player.hasIncident
                  ? qsTr("Room %1").arg(player.incident.room) + " · " + Words.type(player.incident.type)
                    + " · " + Qt.formatDateTime(new Date(player.incident.raisedMs), "yyyy-MM-dd HH:mm")
                  : qsTr("Choose an incident")
            color: Theme.text
            font { pixelSize: Theme.fontBody; bold: true; family: Theme.fontFamily }
        }
        Rectangle {
            implicitWidth: badge.implicitWidth + 28
            implicitHeight: 44
            radius: 22
            color: player.clips.original ? Theme.high : Theme.okSurface
            Text {
                id: badge
                anchors.centerIn: parent
                text: player.clips.original ? qsTr("ORIGINAL VIDEO · audited") : qsTr("Privacy mode")
                color: Theme.text
                font { pixelSize: Theme.fontSmall; bold: true; family: Theme.fontFamily }
            }
        }
    }

    // The picture: video when loaded, otherwise the thumbnail or what stands in the way.
    Rectangle {
        id: screen
        Layout.fillWidth: true
        Layout.preferredHeight: width * 9 / 16
        Layout.maximumHeight: width * 9 / 16
        color: "#000000"
        radius: 6

        Image {
            anchors.fill: parent
            visible: player.clips.state !== "ready" && player.clips.thumbnailUrl != ""
            source: player.clips.thumbnailUrl
            fillMode: Image.PreserveAspectFit
        }
        Column {
            anchors.centerIn: parent
            width: parent.width * 0.8
            spacing: 20
            visible: player.clips.state !== "ready"
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: !player.hasIncident ? ""
                      : !player.clips.configured ? qsTr("Clip not loaded — clip server not configured")
                      : player.clips.state === "loading" ? qsTr("Loading the clip…")
                      : player.clips.state === "error" ? player.clips.error
                      : qsTr("The clip is fetched from the camera node when you ask for it.")
                color: player.clips.state === "error" ? Theme.medium : Theme.textDim
                font { pixelSize: Theme.fontBody; family: Theme.fontFamily }
            }
            BigButton {
                objectName: "load-clip"
                anchors.horizontalCenter: parent.horizontalCenter
                visible: player.hasIncident && player.clips.configured && player.clips.state !== "loading"
                text: player.clips.state === "error" ? qsTr("Try again") : qsTr("Load the clip")
                onClicked: player.clips.load(player.incident.clip)
            }
        }
        // The media player exists only while a clip is loaded: nothing is decoded otherwise.
        Loader {
            id: video
            anchors.fill: parent
            active: player.clips.state === "ready"
            sourceComponent: Item {
                property alias media: media
                objectName: "clip-video"
                MediaPlayer {
                    id: media
                    source: player.clips.videoUrl
                    videoOutput: output
                }
                VideoOutput {
                    id: output
                    anchors.fill: parent
                    fillMode: VideoOutput.PreserveAspectFit
                }
                // The detector's boxes at the shown frame, scaled from clip pixels.
                Item {
                    x: output.contentRect.x
                    y: output.contentRect.y
                    width: output.contentRect.width
                    height: output.contentRect.height
                    readonly property real sx: player.clips.frameWidth > 0 ? width / player.clips.frameWidth : 0
                    readonly property real sy: player.clips.frameHeight > 0 ? height / player.clips.frameHeight : 0
                    Repeater {
                        model: player.clips.boxesAt(media.position / 1000)
                        delegate: Rectangle {
                            required property var modelData
                            objectName: "detector-box"
                            x: modelData.x * parent.sx
                            y: modelData.y * parent.sy
                            width: modelData.width * parent.sx
                            height: modelData.height * parent.sy
                            color: "transparent"
                            border.color: Theme.medium
                            border.width: 4
                        }
                    }
                }
            }
        }
    }

    // Play, pause, seek: big targets.
    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        enabled: video.item !== null
        BigButton {
            objectName: "play-pause"
            text: video.item && video.item.media.playbackState === MediaPlayer.PlayingState ? qsTr("Pause") : qsTr("Play")
            onClicked: video.item.media.playbackState === MediaPlayer.PlayingState
                       ? video.item.media.pause() : video.item.media.play()
        }
        BigButton {
            text: qsTr("−5 s")
            implicitWidth: 110
            onClicked: video.item.media.position = Math.max(0, video.item.media.position - 5000)
        }
        Slider {
            id: seek
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            from: 0
            to: video.item ? Math.max(1, video.item.media.duration) : 1
            value: video.item ? video.item.media.position : 0
            onMoved: video.item.media.position = value
        }
        BigButton {
            text: qsTr("+5 s")
            implicitWidth: 110
            onClicked: video.item.media.position = Math.min(video.item.media.duration, video.item.media.position + 5000)
        }
        Text {
            text: video.item ? player.mmss(video.item.media.position) + " / " + player.mmss(video.item.media.duration) : "0:00 / 0:00"
            color: Theme.text
            font { pixelSize: Theme.fontBody; family: Theme.fontFamily }
        }
    }

    // How fast staff came: raised, acknowledged, in the room, closed.
    RowLayout {
        Layout.fillWidth: true
        spacing: 10
        visible: player.hasIncident
        Step { label: qsTr("Raised"); time: player.clock(player.incident.raisedMs) }
        Step {
            label: qsTr("Acknowledged")
            time: player.clock(player.incident.acknowledgedMs)
            delta: player.after(player.incident.acknowledgedMs)
        }
        Step {
            label: qsTr("Staff in room")
            time: player.clock(player.incident.presentMs)
            delta: player.after(player.incident.presentMs)
        }
        Step {
            label: qsTr("Closed")
            time: player.clock(player.incident.closedMs)
            delta: player.after(player.incident.closedMs)
        }
    }

    // The original video, for a manager who needs it; the server records every viewing.
    RowLayout {
        Layout.fillWidth: true
        visible: player.clips.mayViewOriginal
        Switch {
            id: originalSwitch
            checked: player.clips.original
            onToggled: player.clips.original = checked
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Show the original video (no privacy filter). Each viewing is recorded in the clip server's audit.")
            color: Theme.textDim
            font { pixelSize: Theme.fontSmall; family: Theme.fontFamily }
        }
    }
    Item { Layout.fillHeight: true }
}
