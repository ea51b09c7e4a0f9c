// Text for residents: the kiosk's font, never below the minimum size, wrapped rather than cut.
import QtQuick
import Anju.Kiosk

Text {
    color: Theme.colors.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodyPx
    wrapMode: Text.Wrap
    textFormat: Text.PlainText
}
