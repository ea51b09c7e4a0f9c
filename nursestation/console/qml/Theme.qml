pragma Singleton
import QtQuick

// Colours and sizes for a night-time console: dark background, the standard alarm colours, and
// type large enough to read from a step away.
QtObject {
    readonly property color background: "#101418"
    readonly property color surface: "#1b2229"
    readonly property color surfaceRaised: "#252e37"
    readonly property color text: "#f2f5f7"
    readonly property color textDim: "#b7c2cc"
    readonly property color high: "#e0242b"
    readonly property color medium: "#f2c200"
    readonly property color low: "#22c4e0"
    readonly property color ok: "#2fbf71"
    readonly property color offline: "#8a96a3"
    readonly property int fontSmall: 20
    readonly property int fontBody: 24
    readonly property int fontLarge: 32
    readonly property int fontHuge: 44
    readonly property int touch: 64
    readonly property string fontFamily: "Noto Sans CJK SC"

    function priorityColor(p) {
        return p === "high" ? high : p === "medium" ? medium : p === "low" ? low : surfaceRaised
    }
    // Text on a priority colour: dark on yellow and cyan, white on red (contrast >= 4.5:1).
    function onPriority(p) { return p === "high" ? "#ffffff" : "#101418" }
}
