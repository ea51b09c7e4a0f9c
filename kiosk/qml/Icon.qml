// An icon drawn in the colour of the words beside it (icons never stand alone: see KioskButton).
import QtQuick
import Anju.Kiosk

Image {
    property string name
    property color color: Theme.colors.text
    property int size: Theme.iconPx

    width: size
    height: size
    sourceSize: Qt.size(size, size)
    source: name.length > 0 ? "image://icon/" + name + "/" + color.toString().substring(1) : ""
    fillMode: Image.PreserveAspectFit
    smooth: true
}
