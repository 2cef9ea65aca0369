// End-to-end tests against the release build served under /niezbednik/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, ROUTES, SCREENSHOTS, guardedPage, heading, launch, words } from './harness.mjs';

const ROSTER_KEY = 'niezbednik/mentees';
let env;

before(async () => {
  env = await launch();
});

after(async () => {
  await env?.close();
});

async function newContext(viewport = PHONE, options = {}) {
  return env.browser.newContext({ viewport, locale: 'pl-PL', ...options });
}

for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`every route renders with a heading and no error (${label} ${viewport.width}×${viewport.height})`, async () => {
    const context = await newContext(viewport);
    const { page, problems } = await guardedPage(context, env.origin);
    for (const route of ROUTES) {
      await page.goto(env.url + route.hash);
      assert.equal(await heading(page), route.heading, route.hash);
      const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${route.hash} scrolls sideways by ${overflow}px`);
      if (label === 'phone') {
        await page.screenshot({ path: `${SCREENSHOTS}/phone-${route.name}.png`, fullPage: true });
      } else if (route.name === 'start' || route.name === 'crm') {
        await page.screenshot({ path: `${SCREENSHOTS}/desktop-${route.name}.png` });
      }
      assert.deepEqual(await page.cspViolations(), [], `CSP on ${route.hash}`);
    }
    assert.equal(await page.getAttribute('html', 'lang'), 'pl');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('navigation sits at the bottom on a phone and at the side on a laptop', async () => {
  for (const [viewport, check] of [
    [PHONE, (box) => box.y + box.height >= PHONE.height - 1 && box.width >= PHONE.width - 1],
    [DESKTOP, (box) => box.x < 300 && box.height > 300],
  ]) {
    const context = await newContext(viewport);
    const { page } = await guardedPage(context, env.origin);
    await page.goto(env.url + '#/');
    await heading(page);
    const box = await page.locator('nav.nav').boundingBox();
    assert.ok(check(box), `nav box ${JSON.stringify(box)} at ${viewport.width}px`);
    await context.close();
  }
});

test('the bottom bar at 360 px: readable labels that never touch, the current one included', async () => {
  const context = await newContext({ width: 360, height: 640 });
  const { page, problems } = await guardedPage(context, env.origin);
  for (const hash of ['#/kontrakt', '#/feedback', '#/']) {
    await page.goto(env.url + hash);
    await heading(page);
    const labels = await page.locator('nav.nav .nav-link span').evaluateAll((spans) =>
      spans
        .filter((span) => span.getClientRects().length > 0)
        .map((span) => {
          const range = document.createRange();
          range.selectNodeContents(span);
          const box = range.getBoundingClientRect();
          return { text: span.textContent, left: box.left, right: box.right, size: parseFloat(getComputedStyle(span).fontSize) };
        }),
    );
    assert.deepEqual(labels.map((l) => l.text), ['Agenda', 'Pytania', 'Kontrakt', 'Feedback', 'CRM', 'Dane']);
    for (const label of labels) assert.ok(label.size >= 12, `${label.text}: ${label.size}px`);
    for (let i = 1; i < labels.length; i++) {
      const gap = labels[i].left - labels[i - 1].right;
      assert.ok(gap >= 6, `${labels[i - 1].text} and ${labels[i].text} ${gap.toFixed(1)}px apart on ${hash}`);
    }
  }
  await page.goto(env.url + '#/feedback');
  await heading(page);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-360-nawigacja.png` });
  // Home is the brand in the top bar.
  await page.locator('a.brand').click();
  assert.equal(await heading(page), 'Niezbędnik mentora');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the 360 px phone shows every route without sideways scrolling', async () => {
  const context = await newContext({ width: 360, height: 740 });
  const { page, problems } = await guardedPage(context, env.origin);
  for (const route of ROUTES) {
    await page.goto(env.url + route.hash);
    await heading(page);
    const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${route.hash} scrolls sideways by ${overflow}px at 360 px`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('an unknown hash shows a Polish not-found page with a way home', async () => {
  const context = await newContext();
  const { page, problems } = await guardedPage(context, env.origin);
  await page.goto(env.url + '#/nie-ma-takiej');
  assert.equal(await heading(page), 'Nie ma takiej strony');
  assert.match(await page.locator('main').textContent().then(words), /#\/nie-ma-takiej/);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-nie-znaleziono.png` });
  await page.getByRole('link', { name: 'Wróć na stronę główną' }).click();
  assert.equal(await heading(page), 'Niezbędnik mentora');
  assert.deepEqual(problems, []);
  await context.close();
});

test('back, forward and deep links follow the hash', async () => {
  const context = await newContext();
  const { page, problems } = await guardedPage(context, env.origin);
  await page.goto(env.url + '#/');
  await heading(page);
  const nav = page.getByRole('navigation', { name: 'Narzędzia' });
  await nav.getByRole('link', { name: 'Agenda' }).click();
  assert.equal(await heading(page), 'Agenda pierwszego spotkania');
  await nav.getByRole('link', { name: 'Pytania' }).click();
  assert.equal(await heading(page), 'Pytania otwarcia');
  assert.equal(await nav.getByRole('link', { name: 'Pytania' }).getAttribute('aria-current'), 'page');
  await page.goBack();
  assert.equal(await heading(page), 'Agenda pierwszego spotkania');
  await page.goBack();
  assert.equal(await heading(page), 'Niezbędnik mentora');
  await page.goForward();
  assert.equal(await heading(page), 'Agenda pierwszego spotkania');
  assert.match(await page.title(), /^Agenda pierwszego spotkania · Niezbędnik mentora$/);
  await page.goto(env.url + '#/kontrakt');
  await page.reload();
  assert.equal(await heading(page), 'Kontrakt mentoringowy');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the content pages show the whole seed', async () => {
  const context = await newContext();
  const { page } = await guardedPage(context, env.origin);
  await page.goto(env.url + '#/pytania');
  await heading(page);
  assert.equal(await page.locator('.browse li').count(), 50);
  await page.goto(env.url + '#/agenda');
  await heading(page);
  assert.equal(await page.locator('.blocks > li').count(), 5);
  assert.match(await page.locator('.start-panel .summary-line').textContent().then(words), /5 bloków · razem 70 min/);
  await page.goto(env.url + '#/feedback');
  await heading(page);
  await page.getByRole('button', { name: '+ Nowa rozmowa' }).click();
  assert.equal(await page.locator('.ticks > li').count(), 14);
  assert.equal(await page.locator('.explain').count(), 14);
  await page.goto(env.url + '#/crm');
  await heading(page);
  assert.equal(await page.locator('.pillars tbody tr').count(), 6);
  assert.match(await page.locator('.author').textContent().then(words), /Klaudia Janecka/);
  assert.doesNotMatch(await page.locator('main').textContent().then(words), /politykę prywatności/);
  await context.close();
});

test('mentees: add, rename, switch, delete with confirmation, all kept across a reload', async () => {
  const context = await newContext();
  const { page, problems } = await guardedPage(context, env.origin);
  await page.goto(env.url + '#/dane');
  await heading(page);
  const switcher = page.locator('#aktywny-mentee');
  assert.equal(await switcher.locator('option:checked').textContent().then(words), 'Osoba mentorowana');

  await page.getByRole('button', { name: 'Dodaj' }).click();
  assert.equal(await page.locator('#nowy-mentee-blad').textContent().then(words), 'Wpisz imię lub pseudonim mentee.');

  await page.getByLabel('Nowy mentee').fill('Anna Kowalska');
  await page.getByRole('button', { name: 'Dodaj' }).click();
  assert.equal(await switcher.locator('option:checked').textContent().then(words), 'Anna Kowalska');
  await page.getByLabel('Nowy mentee').fill('anna kowalska');
  await page.getByRole('button', { name: 'Dodaj' }).click();
  assert.match(await page.locator('#nowy-mentee-blad').textContent().then(words), /już jest na liście/);
  // The field takes as many characters as a name may have (60), not more to be refused later.
  await page.getByLabel('Nowy mentee').fill('');
  await page.getByLabel('Nowy mentee').pressSequentially('ż'.repeat(61));
  assert.equal((await page.getByLabel('Nowy mentee').inputValue()).length, 60);
  await page.getByLabel('Nowy mentee').fill('Bartek');
  await page.getByRole('button', { name: 'Dodaj' }).click();

  const annaRow = page.locator('.mentee-row', { hasText: 'Anna Kowalska' });
  await annaRow.getByRole('button', { name: 'Zmień nazwę' }).click();
  assert.equal(await page.getByLabel('Nowa nazwa').getAttribute('maxlength'), '60');
  await page.getByLabel('Nowa nazwa').fill('Anna K.');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await page.locator('.mentee-row', { hasText: 'Anna K.' }).waitFor();

  await switcher.selectOption({ label: 'Anna K.' });
  await page.screenshot({ path: `${SCREENSHOTS}/phone-dane-mentee.png`, fullPage: true });
  await page.reload();
  await heading(page);
  assert.equal(await switcher.locator('option:checked').textContent().then(words), 'Anna K.');
  // The first mentee took the place of the app's stand-in „Osoba mentorowana”, which held no notes.
  assert.deepEqual(await switcher.locator('option').allTextContents().then((texts) => texts.map(words)), ['Anna K.', 'Bartek']);

  const bartekRow = page.locator('.mentee-row', { hasText: 'Bartek' });
  await bartekRow.getByRole('button', { name: 'Usuń' }).click();
  assert.match(await bartekRow.getByRole('alertdialog').textContent().then(words), /Usunąć „Bartek”/);
  await bartekRow.getByRole('button', { name: 'Nie, zostaw' }).click();
  assert.equal(await switcher.locator('option').count(), 2);
  await bartekRow.getByRole('button', { name: 'Usuń' }).click();
  await bartekRow.getByRole('button', { name: 'Tak, usuń' }).click();
  await page.reload();
  await heading(page);
  assert.deepEqual(await switcher.locator('option').allTextContents().then((texts) => texts.map(words)), ['Anna K.']);

  await page.goto(env.url + '#/');
  assert.equal(await page.locator('.active-mentee .mentee-name').textContent().then(words), 'Anna K.');
  assert.deepEqual(problems, []);
  await context.close();
});

test('storage that throws QuotaExceededError: the app works in memory and says so', async () => {
  const context = await newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const { page } = await guardedPage(context, env.origin);
  await page.goto(env.url + '#/dane');
  await heading(page);
  const banner = page.locator('[data-problem=not-saving]');
  assert.match(await banner.textContent().then(words), /Dane nie są zapisywane.*pamięć przeglądarki dla tej strony jest pełna/);
  await page.getByLabel('Nowy mentee').fill('Celina');
  await page.getByRole('button', { name: 'Dodaj' }).click();
  assert.equal(await page.locator('#aktywny-mentee option:checked').textContent().then(words), 'Celina');
  await page.goto(env.url + '#/agenda');
  assert.equal(await banner.isVisible(), true, 'the banner stays on every page');
  await page.screenshot({ path: `${SCREENSHOTS}/phone-awaria-zapisu.png` });
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), ROSTER_KEY), null, 'nothing half-written');
  await context.close();
});

test('storage that is missing altogether (blocked): the app works and says so', async () => {
  const context = await newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  const { page } = await guardedPage(context, env.origin);
  await page.goto(env.url + '#/');
  assert.equal(await heading(page), 'Niezbędnik mentora');
  assert.match(await page.locator('[data-problem=not-saving]').textContent().then(words), /przeglądarka nie pozwala na zapis danych/);
  await context.close();
});

test('an unreadable value is quarantined, downloadable, and the rest starts from defaults', async () => {
  const context = await newContext(PHONE, { acceptDownloads: true });
  const { page } = await guardedPage(context, env.origin);
  await page.goto(env.url + '#/');
  await heading(page);
  await page.evaluate((key) => localStorage.setItem(key, '{"schema":1,"data":{"mentees":[{"id":"m1","na'), ROSTER_KEY);
  await page.reload();
  await heading(page);
  const banner = page.locator('[data-problem=quarantined]');
  assert.match(await banner.textContent().then(words), /Nie udało się odczytać: lista mentee/);
  assert.equal(await page.locator('#aktywny-mentee option:checked').textContent().then(words), 'Osoba mentorowana');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('niezbednik/kwarantanna/'))
      .map((key) => localStorage.getItem(key)),
  );
  assert.deepEqual(kept, ['{"schema":1,"data":{"mentees":[{"id":"m1","na']);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-kwarantanna.png` });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Pobierz odłożone dane' }).click(),
  ]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  assert.equal(readFileSync(path, 'utf8'), '{"schema":1,"data":{"mentees":[{"id":"m1","na');
  await banner.getByRole('button', { name: 'Rozumiem' }).click();
  assert.equal(await banner.count(), 0);
  await context.close();
});

test('an unreadable note is named by its tool and mentee, not by a storage key', async () => {
  const context = await newContext(PHONE, { acceptDownloads: true });
  const { page } = await guardedPage(context, env.origin);
  await page.goto(env.url + '#/');
  await heading(page);
  const active = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).data.active, ROSTER_KEY);
  const broken = '{"schema":1,"data":{"mentor":"Jan';
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`niezbednik/mentee/${active}/kontrakt`, broken]);
  // The contract is read when its page opens (a reload after that would find it set aside).
  await page.goto(env.url + '#/kontrakt');
  await heading(page);
  const banner = page.locator('[data-problem=quarantined]');
  const text = await banner.locator('p').first().textContent().then(words);
  assert.match(text, /^Nie udało się odczytać: kontrakt \(mentee: Osoba mentorowana\)\. Zaczynasz od wartości domyślnych/);
  // What was kept, when and where, in Polish; no storage key, stamp or parser English to decode.
  assert.match(text, /Nieczytelny zapis \(33 bajty\) odłożono \d{1,2} [a-ząćęłńóśźż]+ \d{4} o \d{1,2}:\d\d w pamięci tej przeglądarki/);
  assert.doesNotMatch(text, /niezbednik\/|kwarantanna|\d{8}|EOF|line \d/);
  // The technical detail is there for whoever helps, folded behind „Szczegóły”.
  const details = banner.locator('details');
  assert.equal(await details.locator('p').first().isVisible(), false);
  await details.locator('summary', { hasText: 'Szczegóły' }).click();
  assert.match(await details.textContent().then(words), /Klucz: niezbednik\/mentee\/.+\/kontrakt.*Odłożony pod kluczem: niezbednik\/kwarantanna\/.*Błąd odczytu: to nie jest poprawny zapis JSON \(EOF/s);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-kwarantanna-kontrakt.png` });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Pobierz odłożone dane' }).click(),
  ]);
  const { readFileSync } = await import('node:fs');
  assert.equal(readFileSync(await download.path(), 'utf8'), broken);
  await context.close();
});

test('data from a newer version is never overwritten', async () => {
  const context = await newContext();
  const { page } = await guardedPage(context, env.origin);
  const newer = '{"schema":9,"data":{"mentees":[],"future":true}}';
  await page.goto(env.url + '#/');
  await heading(page);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [ROSTER_KEY, newer]);
  await page.goto(env.url + '#/dane');
  await page.reload();
  await heading(page);
  assert.match(await page.locator('[data-problem=newer]').textContent().then(words), /nowsza wersja aplikacji/);
  await page.getByLabel('Nowy mentee').fill('Dorota');
  await page.getByRole('button', { name: 'Dodaj' }).click();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), ROSTER_KEY), newer);
  await context.close();
});

test('a change in another tab shows up here without a reload', async () => {
  const context = await newContext();
  const first = await guardedPage(context, env.origin);
  const second = await guardedPage(context, env.origin);
  await first.page.goto(env.url + '#/dane');
  await heading(first.page);
  await second.page.goto(env.url + '#/');
  await heading(second.page);
  await first.page.getByLabel('Nowy mentee').fill('Ewa z pierwszej karty');
  await first.page.getByRole('button', { name: 'Dodaj' }).click();
  await first.page.getByLabel('Nowy mentee').fill('Franek');
  await first.page.getByRole('button', { name: 'Dodaj' }).click();
  await second.page.locator('.active-mentee .mentee-name', { hasText: 'Franek' }).waitFor({ timeout: 5000 });
  // And back: an edit in the second tab reaches the first, with nothing lost on either side.
  await second.page.locator('#aktywny-mentee').selectOption({ label: 'Ewa z pierwszej karty' });
  await first.page.locator('.mentee-row.is-active', { hasText: 'Ewa z pierwszej karty' }).waitFor({ timeout: 5000 });
  assert.deepEqual(await first.page.locator('#aktywny-mentee option').allTextContents().then((texts) => texts.map(words)), ['Ewa z pierwszej karty', 'Franek']);
  assert.deepEqual(first.problems, []);
  assert.deepEqual(second.problems, []);
  await context.close();
});
