pragma Singleton
import QtQuick

// Words for wire names, translated. The wire names stay English everywhere else.
QtObject {
    function type(t) {
        switch (t) {
        case "call": return qsTr("Nurse call")
        case "bathroom_call": return qsTr("Bathroom call")
        case "emergency": return qsTr("Emergency")
        case "staff_emergency": return qsTr("Staff emergency")
        case "service_request": return qsTr("Request")
        case "fall": return qsTr("Fall detected")
        case "wander": return qsTr("Wandering")
        case "bed_exit": return qsTr("Bed exit")
        case "low_battery": return qsTr("Low battery")
        case "camera_offline": return qsTr("Camera offline")
        case "node_offline": return qsTr("Device offline")
        case "round_overdue": return qsTr("Round overdue")
        }
        return t
    }
    function request(d) {
        switch (d) {
        case "water": return qsTr("Water")
        case "toilet": return qsTr("Toilet help")
        case "pain": return qsTr("Pain")
        case "turn": return qsTr("Turn over")
        case "meal": return qsTr("Meal")
        }
        return d
    }
    // Notes the engine attaches to an alarm (see alarm_engine.cpp).
    function note(n) {
        switch (n) {
        case "resident reports OK": return qsTr("Resident reports OK")
        case "person got up": return qsTr("Person got up")
        }
        return n
    }
    function priority(p) {
        return p === "high" ? qsTr("HIGH") : p === "medium" ? qsTr("MEDIUM") : qsTr("LOW")
    }
    function status(s) {
        switch (s) {
        case "raised": return qsTr("Waiting")
        case "acknowledged": return qsTr("Nurse coming")
        case "present": return qsTr("Staff in room")
        }
        return s
    }
    function call(c) {
        switch (c) {
        case "placed": return qsTr("Call waiting")
        case "acknowledged": return qsTr("Nurse coming")
        case "present": return qsTr("Staff in room")
        }
        return qsTr("Quiet")
    }
    function escalation(level) {
        return level >= 2 ? qsTr("Escalated to all staff") : level === 1 ? qsTr("Escalated to charge nurse") : ""
    }
    function round(s) {
        return s === "overdue" ? qsTr("Overdue") : s === "due" ? qsTr("Due now") : qsTr("On schedule")
    }
    function shift(s) {
        switch (s) {
        case "day": return qsTr("Day shift")
        case "evening": return qsTr("Evening shift")
        case "night": return qsTr("Night shift")
        }
        return s
    }
    function role(r) {
        return r === "manager" ? qsTr("Manager") : r === "charge_nurse" ? qsTr("Charge nurse") : qsTr("Nurse")
    }
    function kind(k) {
        switch (k) {
        case "kiosk": return qsTr("Kiosk")
        case "gateway": return qsTr("Call gateway")
        case "vision": return qsTr("Camera node")
        case "engine": return qsTr("Station engine")
        case "console": return qsTr("Console")
        case "simulator": return qsTr("Simulator")
        }
        return k
    }
}
