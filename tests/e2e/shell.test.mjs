// The static shell in index.html: the top bar, the navigation and the start page's text (a
// tool's route: its heading, opening sentence and the loading note) are painted before the wasm has run; when the wasm cannot be
// fetched or started, the shell says so in Polish with „Spróbuj ponownie” (a browser that cannot
// run it: which to use instead), a stalled download after 20 s; once the app runs it has taken the static
// copy's place exactly (same markup, same boxes, no layout shift) and no copy is left.
import { readFileSync } from 'node:fs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, ROUTES, SCREENSHOTS, guardedPage, heading, launch, words } from './harness.mjs';

let env;
/// Each tool route's first screen, as src/route.rs writes it for the static shell.
const SCREENS = JSON.parse(readFileSync(new URL('../../public/boot/screens.json', import.meta.url), 'utf8'));

before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/// No service worker: every request reaches page.route.
async function newContext(viewport = PHONE) {
  return env.browser.newContext({ viewport, locale: 'pl-PL', serviceWorkers: 'block' });
}

/// Holds every request matching `pattern` until `release()`.
async function hold(page, pattern) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  return release;
}

/// What the shell shows, as text and boxes, to compare the static copy with the app.
function snapshot() {
  const box = (el) => {
    if (!el || el.getClientRects().length === 0) return null;
    const r = el.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height].map(Math.round).join(',');
  };
  const text = (el) => (el && el.getClientRects().length > 0 ? el.textContent.replace(/\s+/g, ' ').trim() : null);
  const main = document.querySelector('main');
  // The bar shown: the static shell holds the mentor's and the mentee's, one of them hidden.
  const nav = [...document.querySelectorAll('nav.nav')].find((el) => getComputedStyle(el).display !== 'none');
  return {
    brand: document.querySelector('.topbar .brand').textContent,
    topbar: box(document.querySelector('.topbar')),
    brandBox: box(document.querySelector('.topbar .brand')),
    nav: box(nav),
    navLabel: nav.getAttribute('aria-label'),
    links: [...nav.querySelectorAll('li')].map((li) => {
      const a = li.querySelector('a');
      return {
        li: li.className,
        href: a.getAttribute('href'),
        class: a.className,
        current: a.getAttribute('aria-current'),
        icon: a.querySelector('svg path').getAttribute('d'),
        label: a.textContent.trim(),
        box: box(a),
      };
    }),
    main: box(main),
    // The start page's static text (the active mentee's name and count come from storage).
    start: [...main.querySelectorAll('h1, .lead, .byline, h2, .tile, .privacy p, .active-mentee .button')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ tag: el.tagName, text: text(el), href: el.getAttribute('href'), box: box(el) })),
    card: box(main.querySelector('.active-mentee')),
    loading: text(main.querySelector('[role="status"] .chunk-loading')),
    loadingBox: box(main.querySelector('[role="status"] .chunk-loading')),
  };
}

for (const [device, viewport] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
]) {
  test(`${device}: the static shell is the app's shell, and the app replaces it without a shift`, async () => {
    for (const route of ROUTES) {
      const context = await newContext(viewport);
      await context.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const { page, problems } = await guardedPage(context, env.origin);
      const releaseWasm = await hold(page, '**/main_bg.wasm');
      // On a tool's route the tool's chunk is held too, so the app's loading note is compared.
      const releaseChunk = await hold(page, '**/split_*.wasm');
      await page.goto(env.url + route.hash);
      await page.locator('#wczytywanie main').waitFor();
      const before = await page.evaluate(snapshot);
      if (device === 'phone') await page.screenshot({ path: `${SCREENSHOTS}/phone-statyczna-${route.name}.png` });
      releaseWasm();
      await page.locator('#wczytywanie').waitFor({ state: 'detached', timeout: 15000 });
      const after = await page.evaluate(snapshot);
      assert.deepEqual(before, after, `${device} ${route.hash}: the static shell differs from the app's`);
      // One shell left: the app's.
      assert.deepEqual(
        await page.evaluate(() => [
          document.querySelectorAll('header.topbar').length,
          document.querySelectorAll('nav').length,
          document.querySelectorAll('main').length,
          document.querySelectorAll('#tresc').length,
        ]),
        [1, 1, 1, 1],
        route.hash,
      );
      if (route.hash === '#/') {
        assert.equal(before.start[0].text, 'Niezbędnik mentora');
        assert.equal(before.loading, null);
      } else {
        // The route's first screen (src/route.rs, written to public/boot/screens.json).
        const screen = SCREENS[route.name];
        assert.deepEqual(
          before.start.map(({ tag, text }) => [tag, text]),
          [['H1', words(screen.heading)], ['P', words(screen.lead)]],
          `${route.hash}: its heading and opening sentence, not the start page's text`,
        );
        assert.equal(before.loading, words(`Wczytuję narzędzie „${screen.title}”…`));
      }
      const current = before.links.filter((link) => link.current === 'page').map((link) => link.href);
      assert.deepEqual(current, [route.hash], `${route.hash}: its navigation item is marked current`);
      releaseChunk();
      assert.equal(await heading(page), route.heading);
      if (route.hash !== '#/') {
        // The page opens with the first screen painted before the wasm: the same heading and
        // the same opening line in the same style, so the largest text painted stays the largest.
        const screen = SCREENS[route.name];
        const opening = await page.evaluate(() => {
          const line = document.querySelector('#tresc h1 + p');
          return line && [line.textContent.trim(), line.classList.contains('byline') ? 'byline' : line.classList.contains('lead') ? 'lead' : line.className];
        });
        assert.deepEqual(opening, [screen.lead, screen.class], `${route.hash}: the page's opening line`);
      }
      assert.deepEqual(await page.evaluate(() => window.__shifts), [], `${device} ${route.hash}: layout shifts`);
      assert.deepEqual(await page.cspViolations(), [], `CSP on ${route.hash}`);
      assert.deepEqual(problems, [], route.hash);
      await context.close();
    }
  });
}

/// The static shell's visible failure note, once there (or fails after 10 s).
async function failureNote(page) {
  const alert = page.locator('#wczytywanie [role="alert"]').filter({ visible: true });
  await alert.waitFor({ state: 'visible', timeout: 10000 });
  return alert;
}

test('a wasm that cannot be fetched: the static shell stays and says so in Polish', async () => {
  for (const [hash, blocked, name] of [
    ['#/', '**/main_bg.wasm', 'start'],
    ['#/kontrakt', '**/main_bg.wasm', 'kontrakt'],
    ['#/', '**/app.js', 'start-skrypt'],
  ]) {
    const context = await newContext();
    const { page, problems } = await guardedPage(context, env.origin);
    await page.route(blocked, (route) => route.abort('blockedbyclient'));
    await page.goto(env.url + hash);
    const alert = await failureNote(page);
    assert.match(
      (await alert.innerText().then(words)).replace(/\s+/g, ' '),
      /^Nie udało się uruchomić aplikacji\. Kod Niezbędnika nie dotarł w całości albo nie dał się uruchomić .*Sprawdź połączenie z internetem i spróbuj ponownie\./,
      `${hash} with ${blocked} blocked`,
    );
    assert.ok(await alert.getByRole('button', { name: 'Spróbuj ponownie' }).isVisible());
    // The shell is there to move on from: the top bar, the navigation (six tabs on a phone,
    // the brand leads home), and on #/ the start page.
    assert.ok(await page.locator('header.topbar .brand').isVisible());
    assert.equal(await page.getByRole('navigation', { name: 'Narzędzia' }).getByRole('link').count(), 6);
    if (hash === '#/') {
      assert.equal((await page.locator('main h1').filter({ visible: true }).textContent().then(words)).trim(), 'Niezbędnik mentora');
    } else {
      assert.equal(await page.locator('main .static-loading').isVisible(), false, 'no loading note left waiting');
      assert.equal(await page.locator('main h1').filter({ visible: true }).count(), 0, 'no first screen over the failure note');
    }
    await page.screenshot({ path: `${SCREENSHOTS}/phone-statyczna-blad-${name}.png` });
    assert.deepEqual(await page.cspViolations(), []);
    const unexpected = problems.filter((p) => !/main_bg\.wasm|app\.js|nie udało się uruchomić|ERR_BLOCKED_BY_CLIENT|Failed to fetch/i.test(p));
    assert.deepEqual(unexpected, [], hash);
    await context.close();
  }
});

test('a damaged wasm (garbage, a 404 page, cut off, another build’s) says so with „Spróbuj ponownie”, which starts the app', async () => {
  const damaged = {
    smieci: async (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('to nie jest wasm, tylko śmieci '.repeat(40)) }),
    'strona-404': async (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>404</title><h1>Not Found</h1>' }),
    'strona-zamiast-wasm': async (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: '<!doctype html><title>Niezbędnik</title>' }),
    ucieta: async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      await route.fulfill({ response, body: body.subarray(0, body.length >> 1) });
    },
    // Compiles, but is not this build's: nothing to start.
    'inna-kompilacja': async (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]) }),
  };
  for (const [name, handler] of Object.entries(damaged)) {
    for (const hash of ['#/', '#/kontrakt']) {
      const context = await newContext();
      const { page } = await guardedPage(context, env.origin);
      await page.route('**/main_bg.wasm', handler);
      await page.goto(env.url + hash);
      const alert = await failureNote(page);
      assert.match((await alert.innerText().then(words)).replace(/\s+/g, ' '), /^Nie udało się uruchomić aplikacji\./, `${name} on ${hash}`);
      assert.equal(await page.locator('#wczytywanie .static-loading').isVisible(), false, `${name} on ${hash}: no loading note left waiting`);
      if (hash === '#/') await page.screenshot({ path: `${SCREENSHOTS}/phone-statyczna-blad-wasm-${name}.png` });
      // The download works again: „Spróbuj ponownie” brings the app.
      await page.unroute('**/main_bg.wasm');
      await alert.getByRole('button', { name: 'Spróbuj ponownie' }).click();
      assert.equal(await heading(page), hash === '#/' ? 'Niezbędnik mentora' : 'Kontrakt mentoringowy', `${name} on ${hash}`);
      await context.close();
    }
  }
});

test('a browser that cannot run the app is told which to use instead', async () => {
  for (const [name, script] of [
    // No WebAssembly at all (iOS Lockdown Mode, a hardened browser).
    ['bez-webassembly', () => delete globalThis.WebAssembly],
    // An older engine: WebAssembly without the features the app's code uses.
    ['stary-silnik', () => (WebAssembly.validate = () => false)],
  ]) {
    const context = await newContext();
    const { page } = await guardedPage(context, env.origin);
    await page.addInitScript(script);
    await page.goto(env.url + '#/kontrakt');
    const alert = await failureNote(page);
    const text = (await alert.innerText().then(words)).replace(/\s+/g, ' ');
    assert.match(text, /^Ta przeglądarka nie uruchomi Niezbędnika\./, name);
    assert.match(text, /Otwórz tę stronę w aktualnej wersji Chrome, Edge, Firefox albo Safari/, name);
    assert.equal(await page.locator('#wczytywanie .boot-failed-note').isVisible(), false, `${name}: one note`);
    assert.equal(await page.locator('#wczytywanie .static-loading').isVisible(), false, `${name}: no loading note left waiting`);
    await page.screenshot({ path: `${SCREENSHOTS}/phone-statyczna-${name}.png` });
    await context.close();
  }
});

test('a download that stalls is said to take long, with „Spróbuj ponownie”: the app’s wasm and a tool’s chunk', async () => {
  for (const [hash, stalled, where] of [
    ['#/', '**/main_bg.wasm', '#wczytywanie .boot-slow-note'],
    ['#/kontrakt', '**/split_kontrakt.wasm', '#tresc .tool-loading:not(.static-loading) .chunk-state'],
  ]) {
    const context = await newContext();
    const { page } = await guardedPage(context, env.origin);
    await page.clock.install();
    await page.clock.resume();
    const release = await hold(page, stalled);
    await page.goto(env.url + hash);
    // The app itself has started when only its tool's chunk is held.
    if (hash !== '#/') await page.locator(where).waitFor({ state: 'visible', timeout: 15000 });
    else await page.locator('#wczytywanie .static-start').waitFor({ state: 'visible', timeout: 10000 });
    const slow = page.getByText('Wczytywanie trwa dłużej niż zwykle.');
    assert.equal(await slow.filter({ visible: true }).count(), 0, `${hash}: not before 20 s`);
    await page.clock.fastForward('00:21');
    const note = page.locator(where).filter({ hasText: 'Wczytywanie trwa dłużej niż zwykle.' });
    await note.waitFor({ state: 'visible', timeout: 5000 });
    assert.ok(await note.getByRole('button', { name: 'Spróbuj ponownie' }).isVisible(), hash);
    await page.screenshot({ path: `${SCREENSHOTS}/phone-wczytywanie-dlugo-${hash === '#/' ? 'start' : 'narzedzie'}.png` });
    release();
    await context.close();
  }
});

test('the static navigation follows a tap before the app runs', async () => {
  const context = await newContext();
  const { page } = await guardedPage(context, env.origin);
  const release = await hold(page, '**/main_bg.wasm');
  await page.goto(env.url + '#/');
  await page.locator('#wczytywanie nav').getByRole('link', { name: 'Pytania' }).click();
  assert.equal(await page.locator('#wczytywanie [aria-current="page"]').getAttribute('href'), '#/pytania');
  assert.equal((await page.locator('#wczytywanie main .static-loading .chunk-loading').textContent().then(words)).trim(), 'Wczytuję narzędzie „Pytania otwarcia”…');
  assert.equal(await page.locator('#wczytywanie main .static-start h1').isVisible(), false);
  assert.equal((await page.locator('#wczytywanie main .static-loading h1').textContent().then(words)).trim(), 'Pytania otwarcia');
  release();
  assert.equal(await heading(page), 'Pytania otwarcia');
  await context.close();
});

test('a shared link paints its own first screen before the wasm, and the app keeps it until the chunk is here', async () => {
  const context = await newContext(PHONE);
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const { page } = await guardedPage(context, env.origin);
  const releaseWasm = await hold(page, '**/main_bg.wasm');
  const releaseChunk = await hold(page, '**/split_*.wasm');
  await page.goto(env.url + '#/udostepnione?d=AQA-to-nie-jest-link');
  const screen = SCREENS['udostepnione-link'];
  const first = page.locator('#wczytywanie main .static-loading');
  await first.locator('h1').waitFor();
  assert.equal((await first.locator('h1').textContent().then(words)).trim(), words(screen.heading));
  assert.equal((await first.locator('.lead').textContent().then(words)).trim(), words(screen.lead));
  assert.match(words(screen.lead), /dopóki nie wybierzesz „Zapisz u mnie”/);
  assert.equal(new URL(page.url()).hash, '#/udostepnione', 'the data is off the address bar');
  const before = await page.evaluate(snapshot);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-statyczna-link.png` });
  releaseWasm();
  await page.locator('#wczytywanie').waitFor({ state: 'detached', timeout: 15000 });
  assert.deepEqual(await page.evaluate(snapshot), before, 'the app keeps the static first screen while the chunk loads');
  releaseChunk();
  // The link is read: here a broken one, refused in Polish.
  await page.locator('main [role=alert]').first().waitFor({ timeout: 15000 });
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'layout shifts');
  await context.close();
});

test('on a mentee’s phone the static shell paints the mentee’s bar and first screens, and the app keeps them', async () => {
  // A phone with one item kept from a mentor's link, as the app left it (niezbednik/uklad).
  const kept = '{"schema":1,"data":{"items":[{"id":0,"saved":"2026-12-01","item":{"kroki":{"mentor":"Jan Mentor","mentee":"Anna","date":"2026-12-01","steps":[],"support":""}}}],"next_id":1}}';
  for (const [hash, name] of [
    ['#/', 'start-mentee'],
    ['#/udostepnione', 'udostepnione-mentee'],
    ['#/dane', 'dane-mentee'],
  ]) {
    const context = await newContext(PHONE);
    await context.addInitScript((doc) => {
      localStorage.setItem('niezbednik/od-mentorow', doc);
      localStorage.setItem('niezbednik/uklad', 'mentee');
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    }, kept);
    const { page } = await guardedPage(context, env.origin);
    const releaseWasm = await hold(page, '**/main_bg.wasm');
    const releaseChunk = await hold(page, '**/split_*.wasm');
    await page.goto(env.url + hash);
    await page.locator('#wczytywanie main').waitFor();
    const before = await page.evaluate(snapshot);
    assert.equal(before.navLabel, 'Moje sprawy', `${hash}: the mentee's bar`);
    assert.deepEqual(before.links.map((l) => l.label), ['Mój mentoring', 'Od mentorów', 'Dane']);
    assert.equal(await page.locator('#wczytywanie .mentee-switcher').isVisible(), false, 'no mentee switcher');
    const screen = SCREENS[name];
    assert.deepEqual(before.start.map(({ tag, text }) => [tag, text]), [['H1', words(screen.heading)], ['P', words(screen.lead)]], hash);
    if (hash === '#/') await page.screenshot({ path: `${SCREENSHOTS}/phone-statyczna-mentee.png` });
    releaseWasm();
    await page.locator('#wczytywanie').waitFor({ state: 'detached', timeout: 15000 });
    assert.deepEqual(await page.evaluate(snapshot), before, `${hash}: the app keeps the static shell while the chunk loads`);
    releaseChunk();
    assert.equal(await heading(page), words(screen.heading));
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], `${hash}: layout shifts`);
    await context.close();
  }
});
