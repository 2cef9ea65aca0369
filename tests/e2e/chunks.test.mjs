// The per-tool wasm split: the first load fetches the shell and the opened tool's chunk only,
// every tool arrives on navigation, and a chunk that cannot be fetched shows a Polish message
// with „Spróbuj ponownie” while the rest of the app (the timer included) keeps working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, ROUTES, SCREENSHOTS, guardedPage, heading, launch, words } from './harness.mjs';

const TOOLS = ROUTES.filter((route) => route.hash !== '#/');
let env;

before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/// No service worker, so every chunk request reaches the network (and page.route) and the
/// requests show what a first visit fetches.
async function newContext() {
  return env.browser.newContext({ viewport: PHONE, locale: 'pl-PL', serviceWorkers: 'block' });
}

/// The wasm files the page requested, by file name (split_agenda.wasm, chunk_9.wasm, …).
function wasmRequests(page) {
  const seen = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.endsWith('.wasm')) seen.push(name);
  });
  return seen;
}

const splitsOf = (files) => files.filter((f) => f.startsWith('split_')).sort();

test('a direct open fetches the shell and that tool’s chunk only', async () => {
  for (const route of ROUTES) {
    const context = await newContext();
    const { page, problems } = await guardedPage(context, env.origin);
    const wasm = wasmRequests(page);
    await page.goto(env.url + route.hash);
    assert.equal(await heading(page), route.heading, route.hash);
    assert.ok(wasm.includes('main_bg.wasm'), `${route.hash}: ${wasm}`);
    const expected = route.hash === '#/' ? [] : [`split_${route.name}.wasm`];
    assert.deepEqual(splitsOf(wasm), expected, `${route.hash} fetched ${wasm}`);
    assert.deepEqual(await page.cspViolations(), [], `CSP on ${route.hash}`);
    assert.deepEqual(problems, [], route.hash);
    await context.close();
  }
});

test('the shell’s wasm holds none of the agenda’s texts or templates: the agenda’s chunk brings them', async () => {
  const index = await (await fetch(env.url)).text();
  const dir = index.match(/wasm-[0-9a-f]+\//)[0];
  const shell = Buffer.from(await (await fetch(env.url + dir + 'main_bg.wasm')).arrayBuffer());
  // The agenda route's own chunk and the shared chunks it fetches (the programme page shares
  // the default agenda with it), as the head script lists them.
  const shared = JSON.parse(index.match(/"agenda":(\[[0-9,]*\])/)[1]);
  const files = ['split_agenda.wasm', ...shared.map((n) => `chunk_${n}.wasm`)];
  const agenda = Buffer.concat(
    await Promise.all(files.map(async (file) => Buffer.from(await (await fetch(env.url + dir + file)).arrayBuffer()))),
  );
  // A default block's title; the saved templates' and the settings' field names.
  for (const text of ['Przełamanie lodów', 'auto_advance_chosen', 'templates']) {
    assert.equal(shell.includes(text), false, `the shell carries „${text}”`);
  }
  assert.ok(agenda.includes('Przełamanie lodów'));
  // What the pill and the signals read stays: the run's and the settings' field names.
  for (const text of ['started_at', 'vibration']) assert.ok(shell.includes(text), text);
});

test('a running meeting after a reload elsewhere: the shell alone runs the pill and follows other tabs; the agenda takes it over and logs it once', async () => {
  const context = await newContext();
  const { page, problems } = await guardedPage(context, env.origin);
  const wasm = wasmRequests(page);
  await page.goto(env.url + '#/agenda');
  await heading(page);
  await page.getByRole('button', { name: '▶ Rozpocznij spotkanie' }).click();
  await page.getByRole('button', { name: '‖ Pauza' }).waitFor();
  await page.locator('a.brand').click();
  await heading(page);
  // pagehide writes the meeting; the reload on the start page fetches no tool.
  wasm.length = 0;
  await page.reload();
  assert.equal(await heading(page), 'Niezbędnik mentora');
  const pill = page.locator('.timer-pill');
  await pill.waitFor();
  assert.match(await pill.textContent().then(words), /^Timer \d+:\d\d · blok 1 – wróć$/);
  const before = await pill.textContent().then(words);
  await page.waitForFunction((text) => document.querySelector('.timer-pill')?.textContent !== text, before, { timeout: 5000 });
  assert.deepEqual(splitsOf(wasm), [], `the start page with a meeting on fetched ${wasm}`);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-start-timer-z-powloki.png` });

  // Another tab ends the meeting without logging it, then puts it back: the shell follows both.
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => /^niezbednik\/mentee\/.+\/agenda$/.test(k)));
  const stored = await page.evaluate((k) => localStorage.getItem(k), key);
  assert.notEqual(JSON.parse(stored).data.run, null);
  const other = await context.newPage();
  await other.goto(env.url + '#/');
  await heading(other);
  await other.evaluate(([k, text]) => {
    const doc = JSON.parse(text);
    doc.data.run = null;
    localStorage.setItem(k, JSON.stringify(doc));
  }, [key, stored]);
  await pill.waitFor({ state: 'detached' });
  await other.evaluate(([k, text]) => localStorage.setItem(k, text), [key, stored]);
  await pill.waitFor();
  await other.close();
  assert.deepEqual(splitsOf(wasm), []);

  // The agenda page takes the meeting over and finishes it: one summary in the log.
  await pill.click();
  assert.equal(await heading(page), 'Agenda pierwszego spotkania');
  assert.deepEqual(splitsOf(wasm), ['split_agenda.wasm']);
  await page.getByRole('button', { name: '✓ Zakończ spotkanie i zapisz podsumowanie' }).click();
  await page.getByRole('alertdialog', { name: 'Zakończyć spotkanie?' }).getByRole('button', { name: 'Tak, zakończ' }).click();
  await page.locator('a.brand').click();
  await heading(page);
  await pill.waitFor({ state: 'detached' });
  const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), key));
  assert.equal(saved.data.run, null);
  assert.equal(saved.data.log.meetings.length, 1);
  assert.equal(saved.data.log.meetings[0].held.Timer.started_at, JSON.parse(stored).data.run.started_at);
  assert.equal(saved.data.agenda.blocks.length, JSON.parse(stored).data.agenda.blocks.length, 'the agenda is kept whole');
  assert.deepEqual(problems, []);
  await context.close();
});

test('navigation through every tool loads each chunk once, and back again at once', async () => {
  const context = await newContext();
  const { page, problems } = await guardedPage(context, env.origin);
  const wasm = wasmRequests(page);
  await page.goto(env.url + '#/');
  assert.equal(await heading(page), ROUTES[0].heading);
  const nav = page.getByRole('navigation', { name: 'Narzędzia' });
  for (const route of [...TOOLS, ...TOOLS]) {
    const label = (await nav.locator(`a[href="${route.hash}"]`).textContent().then(words)).trim();
    await nav.getByRole('link', { name: label }).click();
    assert.equal(await heading(page), route.heading, route.hash);
  }
  assert.deepEqual(splitsOf(wasm), TOOLS.map((r) => `split_${r.name}.wasm`).sort());
  assert.equal(new Set(wasm).size, wasm.length, `a file fetched twice: ${wasm}`);
  // The focus follows the route to the heading of a page whose chunk came late, as for the
  // others (screen readers say where the mentor is).
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  assert.deepEqual(problems, []);
  await context.close();
});

test('while a chunk is on its way a Polish note stands in its place', async () => {
  const context = await newContext();
  const { page, problems } = await guardedPage(context, env.origin);
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/split_pytania.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(env.url + '#/');
  await heading(page);
  await page.getByRole('navigation', { name: 'Narzędzia' }).getByRole('link', { name: 'Pytania' }).click();
  const note = page.locator('main [role="status"]');
  await note.waitFor();
  assert.equal((await note.textContent().then(words)).trim(), 'Wczytuję narzędzie „Pytania otwarcia”…');
  await page.screenshot({ path: `${SCREENSHOTS}/phone-narzedzie-wczytywanie.png` });
  release();
  assert.equal(await heading(page), 'Pytania otwarcia');
  assert.equal(await note.count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a chunk that cannot be fetched: a Polish message, the app keeps working, „Spróbuj ponownie” loads it', async () => {
  const context = await newContext();
  const { page, problems } = await guardedPage(context, env.origin);
  let blocked = true;
  await page.route('**/split_kontrakt.wasm', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));

  // A meeting runs: the timer lives in the shell and keeps going whatever a chunk does.
  await page.goto(env.url + '#/agenda');
  await heading(page);
  await page.getByRole('button', { name: '▶ Rozpocznij spotkanie' }).click();

  const nav = page.getByRole('navigation', { name: 'Narzędzia' });
  await nav.getByRole('link', { name: 'Kontrakt' }).click();
  const alert = page.locator('main [role="alert"][data-problem="chunk"]');
  await alert.waitFor();
  assert.match(
    (await alert.innerText().then(words)).replace(/\s+/g, ' '),
    /^Nie udało się wczytać narzędzia „Kontrakt mentoringowy”\. Sprawdź połączenie z internetem i spróbuj ponownie\./,
  );
  const retry = alert.getByRole('button', { name: 'Spróbuj ponownie' });
  assert.ok(await retry.isVisible());
  await page.screenshot({ path: `${SCREENSHOTS}/phone-narzedzie-blad.png` });

  // The timer pill still ticks and leads back; other tools and the start page still open.
  const pill = page.locator('.timer-pill');
  const before = await pill.textContent().then(words);
  await page.waitForFunction((text) => document.querySelector('.timer-pill')?.textContent !== text, before, { timeout: 5000 });
  await nav.getByRole('link', { name: 'CRM' }).click();
  assert.equal(await heading(page), ROUTES.find((r) => r.name === 'crm').heading);
  await page.locator('a.brand').click();
  assert.equal(await heading(page), 'Niezbędnik mentora');
  await pill.click();
  assert.equal(await heading(page), 'Agenda pierwszego spotkania');
  assert.ok(await page.getByRole("button", { name: "‖ Pauza" }).isVisible(), "the meeting still runs");

  // Still blocked: the message again, and a retry that fails again says so again.
  await nav.getByRole('link', { name: 'Kontrakt' }).click();
  await alert.waitFor();
  await retry.click();
  await alert.waitFor();
  assert.match(await alert.textContent().then(words), /Nie udało się wczytać narzędzia/);

  // The network is back: „Spróbuj ponownie” brings the tool.
  blocked = false;
  await retry.click();
  assert.equal(await heading(page), 'Kontrakt mentoringowy');
  assert.equal(await alert.count(), 0);

  // The only complaints were the failed fetches themselves.
  const unexpected = problems.filter((p) => !/split_kontrakt\.wasm|Failed to fetch|ERR_INTERNET_DISCONNECTED|NetworkError/.test(p));
  assert.deepEqual(unexpected, []);
  assert.ok(problems.length > 0, 'the failed fetch shows in the console');
  await context.close();
});

test('the start page fetches the follow-ups’ chunk only once feedback is saved; a failed fetch says so and „Spróbuj ponownie” brings them', async () => {
  const context = await newContext();
  const { page, problems } = await guardedPage(context, env.origin);
  await page.clock.install({ time: new Date('2026-11-27T09:00:00') });
  const wasm = wasmRequests(page);
  let blocked = true;
  await page.route('**/split_follow_ups.wasm', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(env.url + '#/');
  assert.equal(await heading(page), 'Niezbędnik mentora');
  assert.ok(!wasm.includes('split_follow_ups.wasm'), `nothing saved, nothing to fetch: ${wasm}`);

  await page.goto(env.url + '#/feedback');
  await heading(page);
  await page.getByRole('button', { name: '+ Nowa rozmowa' }).click();
  await page.getByLabel(/Cel feedbacku/).fill('Terminy raportów');
  await page.getByLabel('Termin sprawdzenia efektów').fill('2026-11-27');
  await page.locator('a.brand').click();
  assert.equal(await heading(page), 'Niezbędnik mentora');
  const alert = page.locator('main [role="alert"][data-problem="chunk"]');
  await alert.waitFor();
  assert.match(
    (await alert.innerText().then(words)).replace(/\s+/g, ' '),
    /^Nie udało się wczytać terminów sprawdzenia efektów feedbacku\. Sprawdź połączenie z internetem i spróbuj ponownie\./,
  );
  // The rest of the start page is there and works.
  assert.ok(await page.locator('.tiles a[href="#/kontrakt"]').isVisible());

  blocked = false;
  await alert.getByRole('button', { name: 'Spróbuj ponownie' }).click();
  await page.locator('.due li').first().waitFor();
  assert.match(await page.locator('.due li').first().textContent().then(words), /^Osoba mentorowana: Rozmowa z 27 listopada 2026: Terminy raportów/);
  assert.equal(await alert.count(), 0);
  const unexpected = problems.filter((p) => !/split_follow_ups\.wasm|Failed to fetch|ERR_INTERNET_DISCONNECTED|NetworkError/.test(p));
  assert.deepEqual(unexpected, []);
  await context.close();
});
