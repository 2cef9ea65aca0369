// The app as the shared engine checks see it through WebDriver: a fresh origin per check (its
// own server on its own port, so storage and the service worker start empty), page loads that
// wait for the app's heading, and guards injected into every loaded document.
//
// Classic WebDriver cannot run a script before the page's own (WebKitWebDriver has no BiDi), so
// the guards go in right after each load: they catch errors, unhandled rejections, console
// errors and CSP violations from then on, and intercept downloads (blob links) so their
// content can be read. What happens during the load itself is checked by the page's state (the
// app mounted, the loading screen gone) and by the Resource Timing entries, which list every
// request the document made since it started.
import { mkdirSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { startServer } from '../e2e/server.mjs';

export const SCREENSHOTS = 'tests/e2e/screenshots';

/// Injected after each load. Idempotent per document.
function installGuards() {
  if (window.__engineGuard) return false;
  const guard = { errors: [], csp: [], downloads: [] };
  window.__engineGuard = guard;
  window.addEventListener('error', (event) => guard.errors.push(`error: ${event.message} at ${event.filename}:${event.lineno}`));
  window.addEventListener('unhandledrejection', (event) => guard.errors.push(`unhandled rejection: ${event.reason}`));
  document.addEventListener('securitypolicyviolation', (event) => guard.csp.push(`${event.violatedDirective} ${event.blockedURI}`));
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    guard.errors.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
  // Downloads: the app makes a blob URL and clicks an <a download>. Keep the blob, read its
  // text, and do not let the browser save a file (a download prompt would stall some drivers).
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object) => {
    const url = createObjectURL(object);
    blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.hasAttribute('download') && this.href.startsWith('blob:')) {
      const entry = { name: this.download, type: null, text: null };
      guard.downloads.push(entry);
      const blob = blobs.get(this.href);
      if (blob) {
        entry.type = blob.type;
        blob.text().then((text) => (entry.text = text));
      } else {
        entry.text = '(blob not seen)';
      }
      return;
    }
    return click.call(this);
  };
  return true;
}

/// Read from the page: the guards' findings and every request to another origin.
function readGuards() {
  const guard = window.__engineGuard;
  const origin = location.origin;
  const foreign = performance
    .getEntriesByType('resource')
    .concat(performance.getEntriesByType('navigation'))
    .map((entry) => entry.name)
    .filter((url) => /^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith(origin) && !/^(blob|data|about):/.test(url));
  const found = {
    errors: guard ? guard.errors.splice(0) : [],
    csp: guard ? guard.csp.splice(0) : [],
    foreign,
    guarded: Boolean(guard),
  };
  return found;
}

/// The state of the app in the page: its heading once it has mounted.
function appState() {
  // Not the static shell's heading (index.html), which the app removes when it mounts.
  const h1 = document.querySelector('main:not(#wczytywanie main) h1');
  const boot = document.getElementById('wczytywanie');
  const failed = document.querySelector('#wczytywanie .boot-failed-note');
  return {
    failedNote: failed && failed.getClientRects().length > 0 ? failed.innerText.trim() : null,
    heading: h1 && h1.getClientRects().length > 0 ? h1.textContent.replace(/[\u00a0\u202f]/g, ' ').trim() : null,
    booting: Boolean(boot),
    guarded: Boolean(window.__engineGuard),
    ready: document.readyState,
  };
}

export class App {
  constructor(session, engine) {
    this.s = session;
    this.engine = engine;
    this.problems = [];
    this.server = null;
    this.url = null;
  }

  /// A new server on a new port: a new origin, so this check starts with empty storage and no
  /// service worker. `root` serves another dist/ (the broken-build check).
  async serve(root = process.env.ENGINES_DIST ?? 'dist') {
    await this.close();
    const served = await startServer({ root });
    this.server = served.server;
    this.url = served.url;
    this.origin = served.origin;
    return this.url;
  }

  /// Stops answering at all: the network is gone for this origin.
  async goOffline() {
    const server = this.server;
    this.server = null;
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
  }

  async close() {
    if (this.server) await this.goOffline();
  }

  /// Collects what the page's guards found so far (call before the document goes away).
  async harvest(where = '') {
    let found;
    try {
      found = await this.s.execute(readGuards);
    } catch {
      return;
    }
    for (const error of found.errors) this.problems.push(`${where}${error}`);
    for (const csp of found.csp) this.problems.push(`${where}CSP: ${csp}`);
    for (const url of found.foreign) {
      const problem = `${where}foreign request: ${url}`;
      if (!this.problems.includes(problem)) this.problems.push(problem);
    }
  }

  /// Waits until the app shows `heading` (or any heading), then guards the document.
  async ready(heading, timeout = 30000) {
    const state = await this.s.waitFor(
      heading ? `the heading „${heading}”` : 'the app to mount',
      (want) => {
        const h1 = document.querySelector('main h1');
        // Read as words: the app binds one-letter words to the next with U+00A0 (issue 29).
        const text = h1 && h1.getClientRects().length > 0 ? h1.textContent.replace(/[\u00a0\u202f]/g, ' ').trim() : null;
        // A tool's first screen, shown while its chunk loads, has the route's heading too.
        if (document.getElementById('wczytywanie') || document.querySelector('main .tool-loading') || !text) return false;
        return want === null || text === want ? text : false;
      },
      [heading ?? null],
      { timeout },
    );
    await this.s.execute(installGuards);
    return state;
  }

  /// Loads the app at `hash` as a new document and waits for it.
  async open(hash = '#/', heading = null) {
    await this.harvest();
    await this.s.navigate('about:blank');
    await this.s.navigate(this.url + hash);
    return this.ready(heading);
  }

  /// Moves to another route inside the same document, as the navigation links do.
  async go(hash, heading = null) {
    await this.s.execute((h) => {
      location.hash = h;
    }, hash);
    return this.ready(heading);
  }

  /// Marks the current document, runs `action` (which makes the page load anew: a reload, or an
  /// app button that reloads), and waits for the new document's app.
  async reloadBy(action, heading = null) {
    await this.harvest();
    await this.s.execute(() => {
      window.__oldDocument = true;
    });
    await action();
    await this.s.waitFor('a new document', () => !window.__oldDocument && document.readyState !== 'loading', [], { timeout: 30000 });
    return this.ready(heading);
  }

  /// location.reload(): unlike WebDriver's refresh, it goes through the service worker in
  /// every engine (Firefox's refresh command bypasses it).
  reload(heading = null) {
    return this.reloadBy(() =>
      this.s.execute(() => {
        setTimeout(() => location.reload(), 0);
      }),
      heading,
    );
  }

  state() {
    return this.s.execute(appState);
  }

  /// The first visible element matching `css` whose text matches `pattern` (a RegExp), or
  /// throws after waiting for it.
  async element(css, pattern = null, { timeout = 10000 } = {}) {
    const source = pattern ? [pattern.source, pattern.flags] : null;
    return this.s.waitFor(
      `${css}${pattern ? ` with text ${pattern}` : ''}`,
      (selector, re) => {
        const regexp = re && new RegExp(re[0], re[1]);
        return (
          [...document.querySelectorAll(selector)].find(
            (el) => el.getClientRects().length > 0 && (!regexp || regexp.test(el.textContent.replace(/\s+/g, ' ').trim())),
          ) ?? null
        );
      },
      [css, source],
      { timeout },
    );
  }

  /// Clicks, through WebDriver (a real pointer click), the visible button whose text matches.
  async press(pattern, within = 'body') {
    await this.tap(await this.element(`${within} button`, pattern));
  }

  async click(css, pattern = null) {
    await this.tap(await this.element(css, pattern));
  }

  /// Scrolls the element to the middle of the screen, as a person would before tapping it (at
  /// the bottom edge, where drivers scroll it, the fixed navigation bar covers it), then clicks.
  async tap(element) {
    await this.s.execute((el) => el.scrollIntoView({ block: 'center', inline: 'center' }), element);
    await this.s.click(element);
  }

  /// Types into a text field (real key input), replacing what was there, then leaves it.
  async fill(css, text) {
    const field = await this.element(css);
    await this.s.clear(field);
    await this.s.type(field, text);
    await this.s.execute((el) => el.blur(), field);
  }

  /// Sets a field's value as a picker would (date, time, select), with input and change events.
  async set(css, value) {
    const field = await this.element(css);
    await this.s.execute(
      (el, v) => {
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      },
      field,
      value,
    );
  }

  text(css) {
    return this.s.execute((selector) => {
      const el = document.querySelector(selector);
      return el ? el.textContent.replace(/\s+/g, ' ').trim() : null;
    }, css);
  }

  /// Waits until the text of `css` matches `pattern`; returns it.
  async textWhen(css, pattern, timeout = 10000) {
    return this.s.waitFor(
      `${css} to read ${pattern}`,
      (selector, re) => {
        const el = document.querySelector(selector);
        const text = el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
        return new RegExp(re[0], re[1]).test(text) ? text : false;
      },
      [css, [pattern.source, pattern.flags]],
      { timeout },
    );
  }

  storage(filter = null) {
    return this.s.execute((f) => {
      const out = {};
      for (const key of Object.keys(localStorage).sort()) {
        if (!f || new RegExp(f).test(key)) out[key] = localStorage.getItem(key);
      }
      return out;
    }, filter);
  }

  /// Waits for the next intercepted download (after `action`) and gives { name, type, text }.
  async download(action) {
    const before = await this.s.execute(() => window.__engineGuard.downloads.length);
    await action();
    return this.s.waitFor(
      'a download',
      (n) => {
        const entry = window.__engineGuard.downloads[n];
        return entry && entry.text !== null ? entry : false;
      },
      [before],
    );
  }

  async screenshot(name) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = `${SCREENSHOTS}/${this.engine}-${name}.png`;
    writeFileSync(path, await this.s.screenshot());
    return path;
  }

  /// Problems the guards found (harvested first), to assert empty at a check's end.
  async allProblems() {
    await this.harvest();
    return this.problems.splice(0);
  }

  sleep(ms) {
    return sleep(ms);
  }
}
