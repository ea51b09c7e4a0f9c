// Keeps the page's files so a reload works while the network is gone for a moment: answered from
// the cache at once, refreshed from the station in the background. Alarms never come from here:
// they come live over the WebSocket, and the page says when it is not live.
"use strict";
const CACHE = "anju-phone-v1";
const FILES = ["/", "/app.js", "/words.js", "/style.css", "/manifest.webmanifest", "/icon.svg"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  const key = url.pathname === "/index.html" ? "/" : url.pathname;
  if (!FILES.includes(key)) return;
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    const cached = await cache.match(key);
    const fresh = fetch(event.request).then((response) => {
      if (response.ok) cache.put(key, response.clone());
      return response;
    });
    if (cached) {
      fresh.catch(() => {});  // offline: the cached copy stands
      return cached;
    }
    return fresh;
  }));
});
