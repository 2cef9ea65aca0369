// Inlined at the end of the static shell in index.html by scripts/post-build.mjs (allowed by
// its hash in the CSP): marks the route's navigation item as current, as the app does, and on
// a tool's route paints its first screen (heading, opening sentence) and names the tool in the
// loading note, with the same words as the app's (src/route.rs, src/pages/mod.rs). A tap on
// the static navigation before the app runs does the same for the new route. Once the app has mounted, the static shell is gone and this does nothing.
(function () {
  // Each tool route's heading and opening sentence (src/route.rs, Route::first_screen), and a
  // shared link's, filled in by post-build.mjs from public/boot/screens.json.
  var SCREENS = BOOT_SCREENS;
  var root = document.documentElement;
  function show() {
    var shell = document.getElementById('wczytywanie');
    if (!shell) return;
    var route = location.hash.replace(/^#\/*/, '').split(/[?#]/)[0].replace(/\/+$/, '').toLowerCase() || 'start';
    root.setAttribute('data-boot-route', route);
    var links = shell.querySelectorAll('.nav-link');
    for (var i = 0; i < links.length; i++) {
      var current = links[i].getAttribute('href') === (route === 'start' ? '#/' : '#/' + route);
      if (current) links[i].setAttribute('aria-current', 'page');
      else links[i].removeAttribute('aria-current');
    }
    var known = route !== 'udostepnione-link' && Object.prototype.hasOwnProperty.call(SCREENS, route);
    var title = known ? SCREENS[route].heading : '';
    var screen = known && route === 'udostepnione' && window.__sharedData !== undefined ? SCREENS['udostepnione-link'] : known ? SCREENS[route] : { heading: '', lead: '' };
    var loading = shell.querySelector('.static-loading');
    var heading = loading.querySelector('h1');
    var lead = loading.querySelector('.lead');
    heading.textContent = screen.heading;
    heading.hidden = !screen.heading;
    lead.textContent = screen.lead;
    lead.hidden = !screen.lead;
    loading.querySelector('.chunk-loading').textContent = title ? 'Wczytuję narzędzie „' + title + '”…' : 'Wczytuję…';
    if (title) document.title = title + ' · Niezbędnik mentora';
  }
  show();
  window.addEventListener('hashchange', show);
  var retry = document.querySelectorAll('#wczytywanie .boot-reload');
  for (var i = 0; i < retry.length; i++) {
    retry[i].addEventListener('click', function () {
      location.reload();
    });
  }
})();
