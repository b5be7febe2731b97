//go:build !wasm

package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// serviceWorkerEdits adjust go-app's service worker template:
//   - install and activate run inside event.waitUntil, so the worker only
//     counts as installed once every route and app.wasm are in the cache (the
//     stock template awaits outside waitUntil, so going offline right after
//     the first visit could find an incomplete cache);
//   - navigations match the cache ignoring the query string, so a deep link
//     such as /simulasi?contoh=… also opens offline;
//   - a navigation the network cannot answer gets the app's shell;
//   - pelatih.wasm is not in the first download: the worker keeps it in the
//     version's cache when a trainer's page first fetches it, so those
//     screens open offline after one visit.
var serviceWorkerEdits = []struct{ old, new string }{
	{
		`self.addEventListener("install", async (event) => {
  try {
    console.log("installing app worker {{.Version}}");
    await installWorker();
    await self.skipWaiting();
  } catch (error) {
    console.error("error during installation:", error);
  }
});`,
		`self.addEventListener("install", (event) => {
  console.log("installing app worker {{.Version}}");
  event.waitUntil(installWorker().then(() => self.skipWaiting()));
});`,
	},
	{
		`self.addEventListener("activate", async (event) => {
  try {
    await deletePreviousCaches(); // Await cache cleanup
    await self.clients.claim(); // Ensure the service worker takes control of the clients
    console.log("app worker {{.Version}} is activated");
  } catch (error) {
    console.error("error during activation:", error);
  }
});`,
		`self.addEventListener("activate", (event) => {
  event.waitUntil(deletePreviousCaches().then(() => self.clients.claim()));
});`,
	},
	{
		`  event.respondWith(fetchWithCache(event.request));
});

async function fetchWithCache(request) {`,
		`  event.respondWith(fetchWithCache(event.request, event));
});

// Kept in the cache when first fetched (app/serviceworker.go).
const cacheOnUse = ["` + Pelatih.Wasm() + `"];

async function fetchWithCache(request, event) {`,
	},
	{
		`const cachedResponse = await caches.match(request);`,
		`const cachedResponse = await caches.match(request, { ignoreSearch: request.mode === "navigate" });`,
	},
	{
		// Offline, a page with a parameter (/s/{id}, /kelas/{code}) is not
		// in the cache: answer with the app's shell ("/"), which routes by
		// the address and says what needs the network, instead of the
		// browser's error page (issue 13).
		`  return await fetch(request);
}`,
		`  try {
    const response = await fetch(request);
    if (response.ok && request.method === "GET" && cacheOnUse.includes(new URL(request.url).pathname)) {
      const copy = response.clone();
      event.waitUntil(caches.open(cacheName).then((cache) => cache.put(request, copy)));
    }
    return response;
  } catch (err) {
    if (request.mode === "navigate") {
      const shell = await caches.match("/");
      if (shell) return shell;
    }
    throw err;
  }
}`,
	},
}

// ServiceWorkerJS returns the adjusted template and how many edits applied;
// a test requires all of them, so a go-app upgrade that changes the template
// is noticed.
func ServiceWorkerJS() (string, int) {
	s, n := app.DefaultAppWorkerJS, 0
	for _, e := range serviceWorkerEdits {
		if strings.Contains(s, e.old) {
			s = strings.Replace(s, e.old, e.new, 1)
			n++
		}
	}
	return s, n
}
