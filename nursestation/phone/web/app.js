// The nurse's phone page: signs in over the station's WebSocket, shows her alarms first and the
// floor after, answers pages (delivered and read on its own, accepted or declined by her), and
// says when it is not live. The station decides everything; this page only shows and asks.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const store = {
    get: (k) => { try { return localStorage.getItem(k); } catch (e) { return null; } },
    set: (k, v) => { try { v === null ? localStorage.removeItem(k) : localStorage.setItem(k, v); } catch (e) {} },
  };
  const state = {
    lang: store.get("anju.lang") || ((navigator.language || "").startsWith("zh") ? "zh" : "en"),
    token: store.get("anju.token"),
    me: null,             // {user, name, role}
    names: {},
    rooms: [],
    alarms: new Map(),    // alarm id -> card
    offset: 0,            // station clock - this phone's clock
    live: false,          // the WebSocket is open and signed in
    station: true,        // the gateway reaches the broker
    answered: new Set(),  // "alarm/state" already sent
    heard: 0,
    error: "",            // the station's last refusal, shown for a few seconds
    error_until: 0,
    backoff: 1000,
  };
  // For the latency benchmark: when each alarm's card was first on screen (this phone's clock, ms:
  // the frame after it was drawn).
  window.anjuShown = {};
  let ws = null;

  const t = (key, ...args) => {
    const s = (WORDS[state.lang] && WORDS[state.lang][key]) || WORDS.en[key] || key;
    return s.replace(/\{(\d)\}/g, (_, i) => args[Number(i)]);
  };
  const now = () => Date.now() + state.offset;
  const clock = (ms) => {
    const s = Math.max(0, Math.floor(ms / 1000));
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  };

  function send(message) {
    if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
  }

  function connect() {
    ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/v1/ws");
    ws.onopen = () => {
      state.backoff = 1000;
      state.heard = Date.now();
      if (state.token) send({op: "resume", token: state.token});
      else showSignIn();
    };
    ws.onmessage = (event) => {
      state.heard = Date.now();
      let m;
      try { m = JSON.parse(event.data); } catch (e) { return; }
      on_message(m);
    };
    ws.onclose = () => {
      state.live = false;
      render();
      setTimeout(connect, state.backoff);
      state.backoff = Math.min(state.backoff * 2, 10000);
    };
  }

  function on_message(m) {
    if ("now" in m) state.offset = m.now - Date.now();
    switch (m.op) {
      case "welcome":
        state.token = m.token;
        store.set("anju.token", m.token);
        state.me = {user: m.user, name: m.name, role: m.role};
        store.set("anju.me", JSON.stringify(state.me));  // a reload while offline still knows her
        state.names = m.names || {};
        state.rooms = m.rooms || [];
        state.alarms.clear();  // the station sends every card again
        state.live = true;
        $("refused").textContent = "";
        showBoard();
        break;
      case "refused":
        state.token = null;
        state.me = null;
        store.set("anju.token", null);
        store.set("anju.me", null);
        state.live = false;
        showSignIn();
        $("refused").textContent = m.reason;
        break;
      case "alarm":
        on_card(m.alarm);
        break;
      case "gone":
        state.alarms.delete(m.alarm);
        break;
      case "rooms":
        state.rooms = m.rooms || [];
        break;
      case "station":
        state.station = m.connected;
        break;
      case "error":  // an answer the station could not take: say so, give the buttons back
        state.error = m.reason;
        state.error_until = Date.now() + 8000;
        drawn.clear();
        break;
    }
    render();
  }

  function on_card(card) {
    const before = state.alarms.get(card.alarm);
    state.alarms.set(card.alarm, card);
    if (!(card.alarm in window.anjuShown)) {
      window.anjuShown[card.alarm] = 0;
      requestAnimationFrame(() => { window.anjuShown[card.alarm] = Date.now(); });
    }
    if (card.page === "sent") answer(card, "delivered");
    const newly_mine = card.mine && card.status === "raised" && (!before || !before.mine || before.page !== card.page);
    if (newly_mine) alert_her(card.priority);
  }

  function answer(card, what) {
    const key = card.alarm + "/" + what + "/" + (card.page || "");
    if (state.answered.has(key)) return;
    state.answered.add(key);
    send({op: "answer", alarm: card.alarm, state: what});
  }

  // Sound and vibration, stronger for high alarms. The sound needs one tap on the page first
  // (browsers' rule): signing in is one; after a reload the banner asks for one.
  let audio = null;
  function ensure_audio() {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      if (audio.state === "suspended") audio.resume().then(render, () => {});
    } catch (e) {}
    render();
  }
  const sound_on = () => audio !== null && audio.state === "running";
  function alert_her(priority) {
    const high = priority === "high";
    if (navigator.vibrate) navigator.vibrate(high ? [400, 150, 400, 150, 400] : [200]);
    if (!audio) return;
    const beeps = high ? 3 : 1;
    for (let i = 0; i < beeps; i++) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = high ? 988 : 660;
      gain.gain.value = 0.3;
      osc.connect(gain).connect(audio.destination);
      const at = audio.currentTime + i * 0.35;
      osc.start(at);
      osc.stop(at + 0.2);
    }
  }

  function showSignIn() {
    $("signin").hidden = false;
    $("board").hidden = true;
    $("signout").hidden = true;
    render();
  }
  function showBoard() {
    $("signin").hidden = true;
    $("board").hidden = false;
    $("signout").hidden = false;
  }

  function title(card) {
    let s = t("type." + card.type);
    if (card.type === "service_request" && card.detail) s += ": " + t("detail." + card.detail);
    return s;
  }

  function place(card) {
    let s = card.room ? t("room", card.room) : "";
    if (card.bed) s += " · " + t("bed", card.bed);
    return s;
  }

  function status_line(card) {
    if (card.status === "present") return t("at_bedside");
    if (card.status === "acknowledged") return t("taken_by", state.names[card.by] || card.by || "");
    if (card.page && ["sent", "delivered", "read"].includes(card.page)) {
      const left = card.page_deadline_ts ? " · " + t("left", clock(card.page_deadline_ts - now())) : "";
      return t("paged_you") + left;
    }
    return t("waiting");
  }

  function button(label, cls, action, card) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = cls;
    b.textContent = label;
    b.dataset.action = action;
    b.onclick = () => {
      b.dataset.sending = "1";
      if (action === "here") send({op: "here", alarm: card.alarm});
      else send({op: "answer", alarm: card.alarm, state: action});
      b.disabled = true;
      b.textContent = t("sending");
    };
    return b;
  }

  // A card's element, drawn again only when the card (or the words) changed: the once-a-second
  // tick only updates its age and countdown, so a finger on a button never loses it to a redraw.
  const drawn = new Map();  // alarm id -> {sig, el}
  function element_for(card) {
    const sig = JSON.stringify(card) + state.lang + (state.names[card.by] || "");
    const old = drawn.get(card.alarm);
    if (old && old.sig === sig) {
      tick(old.el, card);
      return old.el;
    }
    const el = draw(card);
    drawn.set(card.alarm, {sig, el});
    return el;
  }

  function tick(el, card) {
    // Offline, a tap could not reach the station: the buttons wait until the page is live again.
    for (const b of el.querySelectorAll(".actions button")) if (!b.dataset.sending) b.disabled = !state.live;
    el.querySelector(".age").textContent = clock(now() - card.raised_ts);
    el.querySelector(".status").textContent = (card.priority === "high" ? t("priority_high") + " · " : "") +
      (card.escalation ? t("escalated") + " · " : "") + status_line(card);
  }

  function draw(card) {
    const el = document.createElement("article");
    el.className = "card " + card.priority + " " + card.status + (card.mine ? " mine" : "");
    el.dataset.alarm = card.alarm;
    const head = document.createElement("div");
    head.className = "head";
    const what = document.createElement("span");
    what.className = "what";
    what.textContent = title(card);
    const age = document.createElement("span");
    age.className = "age";
    head.append(what, age);
    const where = document.createElement("div");
    where.className = "where";
    where.textContent = place(card);
    const line = document.createElement("div");
    line.className = "status";
    const actions = document.createElement("div");
    actions.className = "actions";
    if (card.can_accept) actions.append(button(card.page ? t("accept") : t("take"), "primary", "accepted", card));
    if (card.can_decline) actions.append(button(t("decline"), "secondary", "declined", card));
    if (card.can_here) actions.append(button(t("here"), "secondary", "here", card));
    el.append(head, where, line, actions);
    tick(el, card);
    return el;
  }

  function render() {
    document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
    document.title = t("title");
    $("title").textContent = t("title");
    $("user-label").textContent = t("user");
    $("password-label").textContent = t("password");
    $("signin-button").textContent = t("sign_in");
    $("signout").textContent = t("sign_out");
    $("lang").textContent = t("language");
    $("mine-title").textContent = t("mine");
    $("floor-title").textContent = t("floor");
    $("name").textContent = state.me ? state.me.name : "";
    $("rooms").textContent = state.me
      ? t("my_rooms") + ": " + (state.rooms.length ? state.rooms.join(" ") : t("no_rooms")) : "";
    const banner = !state.live && state.me ? t("not_live") : state.live && !state.station ? t("station_down")
      : Date.now() < state.error_until ? t("not_taken", state.error)
      : state.live && !sound_on() ? t("sound_off") : "";
    $("banner").hidden = !banner;
    $("banner").textContent = banner;
    const cards = [...state.alarms.values()].sort((a, b) =>
      (b.mine - a.mine) || ((a.status !== "raised") - (b.status !== "raised")) ||
      (rank(a.priority) - rank(b.priority)) || (a.raised_ts - b.raised_ts));
    // Offline, an empty list says nothing about the floor: say that instead of "nothing".
    fill($("mine"), cards.filter((c) => c.mine), state.live ? t("nothing_mine") : t("unknown"));
    fill($("floor"), cards.filter((c) => !c.mine), state.live ? t("nothing_floor") : t("unknown"));
    // Read: her page is on a screen she is looking at.
    if (state.live && document.visibilityState === "visible" && !$("board").hidden)
      for (const c of cards) if (c.page === "sent" || c.page === "delivered") answer(c, "read");
  }
  const rank = (p) => ({high: 0, medium: 1, low: 2})[p] ?? 3;

  function fill(box, cards, empty) {
    for (const id of drawn.keys()) if (!state.alarms.has(id)) drawn.delete(id);
    const want = cards.length ? cards.map(element_for)
      : [box.querySelector("p.empty") || document.createElement("p")];
    if (!cards.length) Object.assign(want[0], {className: "empty", textContent: empty});
    const have = [...box.children];
    if (have.length !== want.length || have.some((el, i) => el !== want[i])) box.replaceChildren(...want);
  }

  $("signin").onsubmit = (event) => {
    event.preventDefault();
    ensure_audio();
    send({op: "sign_in", user: $("user").value.trim(), password: $("password").value});
    $("password").value = "";
  };
  $("signout").onclick = () => {
    send({op: "sign_out"});
    state.token = null;
    state.me = null;
    store.set("anju.token", null);
    store.set("anju.me", null);
    state.alarms.clear();
    showSignIn();
  };
  $("lang").onclick = () => {
    state.lang = state.lang === "zh" ? "en" : "zh";
    store.set("anju.lang", state.lang);
    render();
  };
  document.addEventListener("visibilitychange", render);
  document.addEventListener("pointerdown", ensure_audio, {capture: true});
  // Ages and countdowns tick; a connection that went quiet is dropped and made again.
  setInterval(() => {
    if (ws && ws.readyState === WebSocket.OPEN && Date.now() - state.heard > 25000) ws.close();
    render();
  }, 1000);
  setInterval(() => send({op: "ping"}), 10000);

  if ("serviceWorker" in navigator) navigator.serviceWorker.register("sw.js").catch(() => {});
  // Reloaded with a token (maybe with the network gone): her board, not live until the station
  // answers, instead of a sign-in form she does not need.
  if (state.token) {
    try { state.me = JSON.parse(store.get("anju.me")); } catch (e) { state.me = null; }
    if (state.me) showBoard();
  }
  render();
  connect();
})();
