// Inlined into <head> by scripts/post-build.mjs (allowed by its hash in the CSP), before the
// first paint and before the app's module script:
// - names the route for the static shell's styles (data-boot-route on <html>), so a tool's
//   route never paints the start page's text;
// - on a tool's route, requests its chunk and the shared chunks it needs after the first paint
//   (ROUTE_CHUNKS: the shared chunks' numbers per tool, and BUILD_DIR, filled in by
//   post-build.mjs from the chunk loader), instead of after the shell has started;
// - marks a shell that cannot start (class boot-failed: its start script did not load, or
//   the browser has no ES modules or WebAssembly; app.js marks a failed wasm the same way),
//   and one still loading after 20 s (boot-slow): the static shell then says so in Polish.
(function () {
  var root = document.documentElement;
  // A shared link (#/udostepnione?d=…) carries its data in the fragment: it leaves the address
  // bar and the history entry here, before the first paint (and, for a link pasted into the
  // address bar of the open app, before the app hears of the hashchange: this listener is the
  // first), and waits in memory for the app (src/browser/share.rs), so it is never bookmarked,
  // synced or seen over a shoulder.
  function takeShared() {
    var shared = /^#\/*udostepnione\/*\?(?:.*&)?d=([^&#]*)/i.exec(location.hash);
    if (!shared) return;
    window.__sharedData = shared[1];
    history.replaceState(null, '', location.pathname + location.search + '#/udostepnione');
  }
  takeShared();
  window.addEventListener('hashchange', takeShared);
  var route = location.hash.replace(/^#\/*/, '').split(/[?#]/)[0].replace(/\/+$/, '').toLowerCase();
  root.setAttribute('data-boot-route', route || 'start');
  // On a tool's route, its chunk and the shared chunks it needs are requested right after the
  // first paint, next to the shell's wasm (app.js requests that after the paint too: a request
  // made before the first paint counts against it in Lighthouse's estimate of the paint), and
  // handed to the chunk loader (window.__earlyFetch), so each is fetched once in every engine
  // (WebKit does not give a <link rel=preload as=fetch> to a later fetch() and fetched such
  // files twice). A failed request is reported by whoever takes it; taken once, a retry
  // fetches anew.
  var early = {};
  var taken = {};
  function fetchEarly(file) {
    var url = new URL(BUILD_DIR + file, location.href).href;
    if (taken[url]) return;
    var response = fetch(url);
    response['catch'](function () {});
    early[url] = response;
  }
  window.__earlyFetch = function (url) {
    var key = String(url);
    var response = early[key];
    delete early[key];
    taken[key] = true;
    return response || fetch(key);
  };
  var chunks = ROUTE_CHUNKS;
  if (Object.prototype.hasOwnProperty.call(chunks, route)) {
    var files = chunks[route].map(function (n) {
      return 'chunk_' + n;
    });
    files.push('split_' + route);
    requestAnimationFrame(function () {
      setTimeout(function () {
        for (var i = 0; i < files.length; i++) fetchEarly(files[i] + '.wasm');
      });
    });
  }
  function fail() {
    root.classList.add('boot-failed');
  }
  window.addEventListener('error', function (event) {
    if (event.target && event.target.tagName === 'SCRIPT') fail();
  }, true);
  if (!('noModule' in HTMLScriptElement.prototype) || typeof WebAssembly !== 'object') fail();
  setTimeout(function () {
    root.classList.add('boot-slow');
  }, 20000);
})();
