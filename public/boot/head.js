// Inlined into <head> by scripts/post-build.mjs (allowed by its hash in the CSP), before the
// first paint and before the app's module script:
// - names the route for the static shell's styles (data-boot-route on <html>), so a tool's
//   route never paints the start page's text, and fills the static shell in for the route;
// - on a tool's route, requests its chunk and the shared chunks it needs after the first paint
//   (ROUTE_CHUNKS: the shared chunks' numbers per tool, and BUILD_DIR, filled in by
//   post-build.mjs from the chunk loader), instead of after the shell has started;
// - marks a shell that cannot start (class boot-failed: its start script did not load, or
//   the browser cannot run the app's wasm, then also boot-unsupported; app.js marks a failed
//   wasm the same way), and one still loading after 20 s (boot-slow): the static shell then
//   says so in Polish, with „Spróbuj ponownie”, or which browser to use instead.
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
  function routeOf() {
    return location.hash.replace(/^#\/*/, '').split(/[?#]/)[0].replace(/\/+$/, '').toLowerCase();
  }
  var route = routeOf();
  root.setAttribute('data-boot-route', route || 'start');
  // Whose layout the app will show (src/model/audience.rs decides; the app writes its last
  // decision to niezbednik/uklad): the mentee's bar and home, or the mentor's switcher and
  // tools. A shared link on a phone with nothing of a mentor's own is the mentee's, as the app
  // decides it, before the app has written anything.
  function layoutOf() {
    var stored = '';
    try {
      stored = localStorage.getItem('niezbednik/uklad') || '';
    } catch (e) {}
    // `mentee`, `mentor`, or either with `;wybrane` when the user chose it (src/model/audience.rs).
    var chosen = /;wybrane$/.test(stored);
    var shown = stored.replace(/;wybrane$/, '');
    if (chosen && (shown === 'mentor' || shown === 'mentee')) return shown;
    if (window.__sharedData === undefined) return shown === 'mentee' ? 'mentee' : 'mentor';
    try {
      for (var i = 0; i < localStorage.length; i++) {
        if (String(localStorage.key(i)).indexOf('niezbednik/mentee/') === 0) return 'mentor';
      }
      var roster = JSON.parse(localStorage.getItem('niezbednik/mentees') || 'null');
      var mentees = (roster && roster.data && roster.data.mentees) || [];
      if (mentees.length > 1) return 'mentor';
      for (var j = 0; j < mentees.length; j++) {
        var name = String(mentees[j].name || '').trim();
        // The app's stand-in (Roster::DEFAULT_NAME, and its earlier name) is nobody's.
        if (name && name !== 'Osoba mentorowana' && name !== 'Mój mentee') return 'mentor';
      }
    } catch (e) {}
    return 'mentee';
  }
  var layout = layoutOf();
  root.setAttribute('data-layout', layout);
  // The static shell (index.html) as the app will paint it: the route's navigation item marked
  // current and, on a tool's route, its first screen (heading, opening sentence; a shared
  // link's own) and the tool named in the loading note, in the app's words (SCREENS: src/route.rs,
  // Route::first_screen, written to public/boot/screens.json and filled in by post-build.mjs).
  // The shell is filled in as the parser inserts it: a mutation observer's callback runs before
  // the next paint, so no paint shows it empty (a script after it could come a paint too late,
  // and the filled-in text would shift the page). A tap on the static navigation before the app
  // runs does the same for the new route; once the app has mounted, the static shell is gone.
  var SCREENS = BOOT_SCREENS;
  function show() {
    var shell = document.getElementById('wczytywanie');
    if (!shell) return;
    var here = routeOf() || 'start';
    root.setAttribute('data-boot-route', here);
    var links = shell.querySelectorAll('.nav-link');
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute('href') === (here === 'start' ? '#/' : '#/' + here)) links[i].setAttribute('aria-current', 'page');
      else links[i].removeAttribute('aria-current');
    }
    // The mentee's own screens (home, data) where the layout has them.
    var own = layout === 'mentee' && Object.prototype.hasOwnProperty.call(SCREENS, here + '-mentee') ? here + '-mentee' : here;
    var known = here !== 'udostepnione-link' && !/-mentee$/.test(here) && Object.prototype.hasOwnProperty.call(SCREENS, own);
    var title = known ? SCREENS[own].title : '';
    var screen = known && here === 'udostepnione' && window.__sharedData !== undefined ? SCREENS['udostepnione-link'] : known ? SCREENS[own] : { heading: '', lead: '', class: 'lead' };
    var heading = shell.querySelector('.static-loading h1');
    var lead = shell.querySelector('.static-loading h1 + p');
    if (lead && lead.className !== screen['class']) lead.className = screen['class'];
    var note = shell.querySelector('.static-loading .chunk-loading');
    // Only what differs is written: each write is a mutation, and the observer would call
    // this again.
    function put(el, text) {
      if (!el) return;
      if (el.textContent !== text) el.textContent = text;
      if (el.hidden !== !text) el.hidden = !text;
    }
    put(heading, screen.heading);
    put(lead, screen.lead);
    put(note, title ? 'Wczytuję narzędzie „' + title + '”…' : 'Wczytuję…');
    if (title && document.title !== title + ' · Niezbędnik mentora') document.title = title + ' · Niezbędnik mentora';
  }
  var parsing = new MutationObserver(show);
  parsing.observe(root, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', function () {
    parsing.disconnect();
    show();
  });
  window.addEventListener('hashchange', show);
  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('#wczytywanie .boot-reload')) location.reload();
  });
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
  // The mentee's home (`#/` in the mentee's layout) is in the chunk of shared links.
  var tool = !route && layout === 'mentee' ? 'udostepnione' : route;
  if (Object.prototype.hasOwnProperty.call(chunks, tool)) {
    var files = chunks[tool].map(function (n) {
      return 'chunk_' + n;
    });
    files.push('split_' + tool);
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
  // What the app's wasm needs of the engine (rustc's default wasm features): a browser without
  // one of them would fail to compile it and be told to check its connection, or (with no
  // dynamic import()) never hear of the failure at all. Each probe is the smallest module that
  // uses the feature; validating it compiles nothing. Without WebAssembly at all (iOS Lockdown
  // Mode, some managed or hardened browsers) the answer is the same: another browser.
  function supported() {
    if (!('noModule' in HTMLScriptElement.prototype) || typeof WebAssembly !== 'object' || typeof WebAssembly.validate !== 'function') return false;
    var head = [0, 97, 115, 109, 1, 0, 0, 0];
    var probes = [
      // reference types: (func (result externref) ref.null extern)
      [1, 5, 1, 96, 0, 1, 111, 3, 2, 1, 0, 10, 6, 1, 4, 0, 208, 111, 11],
      // multi-value: (func (result i32 i32) i32.const 0 i32.const 0)
      [1, 6, 1, 96, 0, 2, 127, 127, 3, 2, 1, 0, 10, 8, 1, 6, 0, 65, 0, 65, 0, 11],
      // sign extension: (func (result i32) i32.const 0 i32.extend8_s)
      [1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 10, 7, 1, 5, 0, 65, 0, 192, 11],
      // non-trapping float to int: (func (result i32) f32.const 0 i32.trunc_sat_f32_s)
      [1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 10, 11, 1, 9, 0, 67, 0, 0, 0, 0, 252, 0, 11],
      // bulk memory: (memory 1) (func i32.const 0 i32.const 0 i32.const 0 memory.fill)
      [1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 3, 1, 0, 1, 10, 13, 1, 11, 0, 65, 0, 65, 0, 65, 0, 252, 11, 0, 11],
    ];
    try {
      for (var i = 0; i < probes.length; i++) {
        if (!WebAssembly.validate(new Uint8Array(head.concat(probes[i])))) return false;
      }
    } catch (e) {
      return false;
    }
    return true;
  }
  if (!supported()) {
    root.classList.add('boot-unsupported');
    fail();
  }
  setTimeout(function () {
    root.classList.add('boot-slow');
  }, 20000);
})();
