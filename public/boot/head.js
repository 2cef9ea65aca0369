// Inlined into <head> by scripts/post-build.mjs (allowed by its hash in the CSP), before the
// first paint and before the app's module script:
// - names the route for the static shell's styles (data-boot-route on <html>), so a tool's
//   route never paints the start page's text;
// - on a tool's route, preloads its chunk and the shared chunks it needs next to the shell's
//   wasm (ROUTE_CHUNKS: the shared chunks' numbers per tool, and BUILD_DIR, filled in by
//   post-build.mjs from the chunk loader), instead of after the shell has started;
// - marks a shell that cannot start (class boot-failed: its start script did not load, or
//   the browser has no ES modules or WebAssembly; app.js marks a failed wasm the same way),
//   and one still loading after 20 s (boot-slow): the static shell then says so in Polish.
(function () {
  var root = document.documentElement;
  var route = location.hash.replace(/^#\/*/, '').split(/[?#]/)[0].replace(/\/+$/, '').toLowerCase();
  root.setAttribute('data-boot-route', route || 'start');
  var chunks = ROUTE_CHUNKS;
  if (Object.prototype.hasOwnProperty.call(chunks, route)) {
    var files = chunks[route].map(function (n) {
      return 'chunk_' + n;
    });
    files.push('split_' + route);
    for (var i = 0; i < files.length; i++) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.type = 'application/wasm';
      link.crossOrigin = 'anonymous';
      link.href = BUILD_DIR + files[i] + '.wasm';
      document.head.appendChild(link);
    }
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
