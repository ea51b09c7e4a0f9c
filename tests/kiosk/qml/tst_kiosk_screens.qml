// Every screen, in both languages, at 1920x1080 and at a bedside 1280x800, against the rules for
// older users: text >= 28 px, buttons >= 90 px with gaps between them, words inside their buttons
// and on the screen; and the resident's and staff's main paths by touch.
import QtQuick
import QtTest
import Anju.Kiosk
import KioskTest

Item {
    id: root
    width: 1920
    height: 1080

    Item {
        id: stage
        width: 1920
        height: 1080
    }

    Component { id: bedside; BedsideHome { anchors.fill: parent } }
    Component { id: bathroom; BathroomHome { anchors.fill: parent } }
    Component { id: hallway; HallwayHome { anchors.fill: parent } }
    Component { id: today; TodayScreen { anchors.fill: parent } }
    Component { id: staffPin; StaffPinScreen { anchors.fill: parent } }
    Component { id: staffActions; StaffActionsScreen { anchors.fill: parent } }
    Component { id: header; Header { width: parent.width } }

    TestCase {
        name: "KioskScreens"
        when: windowShown

        function sizesAndLanguages() {
            return [
                {tag: "zh 1920x1080", lang: "zh", w: 1920, h: 1080},
                {tag: "en 1920x1080", lang: "en", w: 1920, h: 1080},
                {tag: "zh 1280x800", lang: "zh", w: 1280, h: 800},
                {tag: "en 1280x800", lang: "en", w: 1280, h: 800},
            ]
        }

        // staffScreen: no offline banner (staff screens say it in their status); noHeader: the
        // hallway screen, which is its own header.
        function show(component, data, staffScreen, noHeader) {
            KioskTest.reset(data.lang)
            // Below the header, inside the margins, as Main.qml lays it out.
            // The offline banner (one line) is counted in: it is there while a call is connecting.
            // (Staff screens show it in their status line instead.)
            stage.height = data.h - (data.h < 900 ? 40 : 2 * Theme.gapPx) - (noHeader ? 0 : data.h < 900 ? 132 : 156)
                           - (staffScreen ? 0 : 76)
            stage.width = data.w - (data.h < 900 ? 40 : 2 * Theme.gapPx)
            var screen = createTemporaryObject(component, stage, {compact: data.h < 900})
            verify(screen)
            waitForRendering(screen)
            return screen
        }

        function descendants(item, out) {
            for (var i = 0; i < item.children.length; ++i) {
                out.push(item.children[i])
                descendants(item.children[i], out)
            }
            return out
        }
        function shown(item, top) {
            for (var p = item; p && p !== top.parent; p = p.parent)
                if (!p.visible || p.opacity === 0 || p.width <= 0 || p.height <= 0) return false
            return true
        }
        function isButton(item) { return item.hasOwnProperty("ink") && item.hasOwnProperty("iconName") }
        function isText(item) { return item.hasOwnProperty("wrapMode") && item.hasOwnProperty("font") && item.text !== undefined }
        function rectIn(item, top) { return item.mapToItem(top, 0, 0, item.width, item.height) }
        function inside(inner, outer) {
            return inner.x >= outer.x - 1 && inner.y >= outer.y - 1
                && inner.x + inner.width <= outer.x + outer.width + 1
                && inner.y + inner.height <= outer.y + outer.height + 1
        }
        function insideClippedList(item) {
            for (var p = item.parent; p; p = p.parent) if (p.clip) return true
            return false
        }

        // Where a text's glyphs are, in the screen's coordinates (alignment taken into account).
        function contentRect(text, top) {
            var dx = text.horizontalAlignment === Text.AlignHCenter ? (text.width - text.contentWidth) / 2
                   : text.horizontalAlignment === Text.AlignRight ? text.width - text.contentWidth : 0
            var dy = text.verticalAlignment === Text.AlignVCenter ? (text.height - text.contentHeight) / 2
                   : text.verticalAlignment === Text.AlignBottom ? text.height - text.contentHeight : 0
            var p = text.mapToItem(top, dx, dy)
            return Qt.rect(p.x, p.y, text.contentWidth, text.contentHeight)
        }
        function overlap(a, b) {
            var w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
            var h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
            return w > 2 && h > 2
        }

        // The rules, checked on whatever the screen shows now.
        function checkRules(screen, what) {
            var all = descendants(screen, [])
            var screenRect = Qt.rect(0, 0, screen.width, screen.height)
            var buttons = []
            var texts = []
            for (var i = 0; i < all.length; ++i) {
                var it = all[i]
                if (!shown(it, screen) || insideClippedList(it)) continue
                if (isText(it) && it.text.length > 0) {
                    verify(it.font.pixelSize >= Theme.minTextPx,
                           what + ": text '" + it.text + "' is " + it.font.pixelSize + " px")
                    var r = contentRect(it, screen)
                    texts.push({item: it, rect: r})
                    verify(inside(r, screenRect), what + ": text '" + it.text + "' runs off the screen " + JSON.stringify(r))
                    for (var b = it.parent; b && b !== screen; b = b.parent) {
                        if (!isButton(b)) continue
                        verify(inside(r, rectIn(b, screen)),
                               what + ": '" + it.text + "' does not fit its button '" + b.text + "'")
                        break
                    }
                }
                if (isButton(it)) {
                    verify(it.width >= Theme.minTargetPx && it.height >= Theme.minTargetPx,
                           what + ": button '" + it.text + "' is " + it.width + "x" + it.height)
                    verify(it.text.length > 0, what + ": a button without words")
                    buttons.push(it)
                }
            }
            // No words drawn over other words.
            for (var t = 0; t < texts.length; ++t)
                for (var u = t + 1; u < texts.length; ++u)
                    verify(!overlap(texts[t].rect, texts[u].rect),
                           what + ": '" + texts[t].item.text + "' overlaps '" + texts[u].item.text + "'")
            // Wide gaps: no two buttons closer than half the design gap.
            for (var m = 0; m < buttons.length; ++m) {
                for (var n = m + 1; n < buttons.length; ++n) {
                    var a = rectIn(buttons[m], screen), c = rectIn(buttons[n], screen)
                    var dx = Math.max(c.x - (a.x + a.width), a.x - (c.x + c.width))
                    var dy = Math.max(c.y - (a.y + a.height), a.y - (c.y + c.height))
                    verify(Math.max(dx, dy) >= Theme.gapPx / 2 - 1,
                           what + ": '" + buttons[m].text + "' and '" + buttons[n].text + "' are too close")
                }
            }
            return buttons.length
        }

        function find(screen, name) {
            var all = descendants(screen, [])
            for (var i = 0; i < all.length; ++i) if (all[i].objectName === name && shown(all[i], screen)) return all[i]
            return null
        }

        function test_bedside_data() { return sizesAndLanguages() }
        function test_bedside(data) {
            var screen = show(bedside, data)
            verify(checkRules(screen, "idle") >= 7)
            var call = find(screen, "callButton")
            verify(call, "the call button")
            compare(call.text, Tr.call_nurse)
            compare(call.secondText, TrOther.call_nurse, "the call button shows both languages")
            verify(call.width >= 400 && call.height >= 400, "the call button is big")

            KioskTest.setConnected(false)
            mouseClick(call)
            compare(Kiosk.call.active, true)
            waitForRendering(screen)
            compare(find(screen, "callHeadline").text, Tr.state_connecting)
            checkRules(screen, "connecting")

            KioskTest.setConnected(true)
            KioskTest.stationSays("placed", "")
            waitForRendering(screen)
            compare(find(screen, "callHeadline").text, Tr.state_placed)
            checkRules(screen, "placed")

            KioskTest.stationSays("acknowledged", "")
            waitForRendering(screen)
            compare(find(screen, "callHeadline").text, Tr.state_acknowledged)
            mouseClick(find(screen, "service_water"))
            waitForRendering(screen)
            compare(find(screen, "service_water").secondText.length > 0, true, "the tile says it was asked for")
            checkRules(screen, "acknowledged")

            KioskTest.stationSays("present", "nurse-li")
            waitForRendering(screen)
            compare(find(screen, "callHeadline").text, Tr.state_present)
            compare(find(screen, "callDetail").text, Tr.present_detail_named.arg("李娜 Li Na"))
            mouseClick(find(screen, "okButton"))
            compare(Kiosk.call.residentReportedOk, true)
            compare(Kiosk.call.active, true, "I'm OK never ends the call")
            waitForRendering(screen)
            checkRules(screen, "present")
            verify(!find(screen, "cancelCall"), "no way for a resident to cancel")
        }

        function test_bathroom_data() { return sizesAndLanguages() }
        function test_bathroom(data) {
            var screen = show(bathroom, data)
            checkRules(screen, "idle")
            var button = find(screen, "callButton")
            compare(button.text, Tr.emergency)
            verify(button.width > stage.width * 0.9, "the emergency button fills the screen")
            mouseClick(button)
            compare(Kiosk.call.isEmergency, true)
            waitForRendering(screen)
            compare(find(screen, "callHeadline").text, Tr.emergency_placed)
            checkRules(screen, "placed")
        }

        function test_hallway_data() { return sizesAndLanguages() }
        function test_hallway(data) {
            var screen = show(hallway, data, false, true)
            checkRules(screen, "idle")
            verify(find(screen, "hallwayClock").font.pixelSize >= 88)
            mouseClick(find(screen, "callButton"))
            waitForRendering(screen)
            compare(Kiosk.call.active, true)
            checkRules(screen, "call")
        }

        function test_today_data() { return sizesAndLanguages() }
        function test_today(data) {
            var screen = show(today, data)
            checkRules(screen, "today")
            var back = find(screen, "backButton")
            var backs = 0
            screen.back.connect(function() { backs++ })
            mouseClick(back)
            compare(backs, 1)
        }

        function test_header_data() { return sizesAndLanguages() }
        function test_header(data) {
            KioskTest.reset(data.lang)
            stage.width = data.w
            var bar = createTemporaryObject(header, stage, {compact: data.h < 900, showCall: true})
            waitForRendering(bar)
            checkRules(bar, "header")
            var before = Kiosk.language.code
            mouseClick(find(bar, "languageButton"))
            verify(Kiosk.language.code !== before, "the language switch works")
            waitForRendering(bar)
            checkRules(bar, "header after switch")
        }

        function test_staff_pin_data() { return sizesAndLanguages() }
        function test_staff_pin(data) {
            var screen = show(staffPin, data, true)
            Kiosk.staff.begin()
            checkRules(screen, "keypad")
            var keys = ["2", "5", "8", "0"]
            for (var i = 0; i < keys.length; ++i) {
                var key = find(screen, "key_" + keys[i])
                verify(key.height >= 90 && key.width >= 90)
                mouseClick(key)
            }
            compare(Kiosk.staff.codeLength, 4)
            mouseClick(find(screen, "key_delete"))
            compare(Kiosk.staff.codeLength, 3)
            mouseClick(find(screen, "key_0"))
            mouseClick(find(screen, "pinOk"))
            tryCompare(Kiosk.staff, "state", StaffSession.SignedIn, 5000)
            compare(Kiosk.staff.staffName, "李娜 Li Na")
        }

        function test_wrong_pin_is_said_in_words() {
            var screen = show(staffPin, {lang: "en", w: 1280, h: 800}, true)
            Kiosk.staff.begin()
            mouseClick(find(screen, "key_1"))
            mouseClick(find(screen, "key_1"))
            mouseClick(find(screen, "key_1"))
            mouseClick(find(screen, "key_1"))
            mouseClick(find(screen, "pinOk"))
            tryCompare(Kiosk.staff, "message", Tr.staff_pin_wrong, 5000)
            waitForRendering(screen)
            checkRules(screen, "wrong pin")
        }

        function test_staff_actions_data() { return sizesAndLanguages() }
        function test_staff_actions(data) {
            var screen = show(staffActions, data, true)
            Kiosk.call.call()
            Kiosk.staff.begin()
            Kiosk.staff.pressKey("2580")
            Kiosk.staff.submit()
            tryCompare(Kiosk.staff, "state", StaffSession.SignedIn, 5000)
            waitForRendering(screen)
            checkRules(screen, "signed in")
            KioskTest.setConnected(false)
            waitForRendering(screen)
            checkRules(screen, "signed in, offline")
            KioskTest.setConnected(true)
            mouseClick(find(screen, "markPresent"))
            compare(Kiosk.call.phase, CallSession.Present)
            mouseClick(find(screen, "note_water"))
            compare(Kiosk.staff.message, Tr.staff_done_note.arg(Tr.note_water))
            mouseClick(find(screen, "cancelCall"))
            compare(Kiosk.call.active, false)
            waitForRendering(screen)
            checkRules(screen, "after cancel")
            verify(!find(screen, "cancelCall").enabled, "nothing left to cancel")
            mouseClick(find(screen, "staffDone"))
            compare(Kiosk.staff.state, StaffSession.Entering)
        }
    }
}
