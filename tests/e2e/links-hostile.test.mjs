// A stranger's links (issue 23): crafted links with markup and CR/LF in every text field, and
// with a byte changed in each part, opened at phone size. None may run a script, write
// anything before „Zapisz u mnie”, or put a line into the mentee's calendar file that the app
// did not write. A link wrapped by a mail program, pasted with the text around it, opens; a
// link's file too large is not read; the passphrase field is the one both sides share.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PHONE, SCREENSHOTS, guardedPage, heading, launch, textWhen, words } from './harness.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const TODAY = new Date('2026-12-01T10:00:00');
const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const CRLF = '\r\nURL:https://zly.example/\r\nBEGIN:VALARM';
/// Every property name a calendar file of the app has.
const PROPERTIES = new Set([
  'BEGIN', 'END', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'TZID', 'TZOFFSETFROM', 'TZOFFSETTO',
  'TZNAME', 'DTSTART', 'DTEND', 'RRULE', 'UID', 'DTSTAMP', 'SEQUENCE', 'SUMMARY', 'DESCRIPTION',
  'ACTION', 'TRIGGER', 'TRANSP',
]);

async function phone() {
  const context = await env.browser.newContext({ viewport: PHONE, locale: 'pl-PL', acceptDownloads: true });
  const { page, problems } = await guardedPage(context, env.origin);
  await page.clock.install({ time: TODAY });
  await page.clock.resume();
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return { context, page, problems, dialogs };
}

async function storage(page) {
  return page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
}

const base64url = (bytes) => Buffer.from(bytes).toString('base64url');

/// A link's data as the app writes it: format 1, no passphrase, raw DEFLATE of the JSON.
function data(json) {
  const body = deflateRawSync(Buffer.from(JSON.stringify(json)));
  return base64url(Buffer.concat([Buffer.from([1, 0]), body]));
}

function json(linkData) {
  const bytes = Buffer.from(linkData, 'base64url');
  return JSON.parse(inflateRawSync(bytes.subarray(2)).toString('utf8'));
}

/// Every path to a string in `value`.
function stringPaths(value, path = []) {
  if (typeof value === 'string') return [path];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  }
  return [];
}

function withValue(value, path, change) {
  const copy = structuredClone(value);
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path.at(-1)] = change(at[path.at(-1)]);
  return copy;
}

/// What the page shows for a link's data: the item's heading or the refusal, once the app
/// has read it.
async function open(page, linkData) {
  await page.goto(env.url + '#/');
  await heading(page);
  await page.goto(env.url + '#/udostepnione?d=' + linkData);
  const main = page.locator('main');
  await page.waitForFunction(
    () => document.querySelector('main [role=alert]')?.textContent.trim()
      || document.querySelector('#haslo-naglowek')
      || /Przesyła|Refleksja/.test(document.querySelector('main h1')?.textContent ?? ''),
    null,
    { timeout: 15000 },
  );
  const alert = await main.locator('[role=alert]').allTextContents().then((texts) => texts.map(words));
  return { refused: alert.join(' ').trim(), text: await main.textContent().then(words) };
}

/// Checks a page after a crafted link: no script ran, no markup became an element, nothing
/// was written.
async function unharmed(who, before, what) {
  assert.equal(await who.page.evaluate(() => window.__pwned), undefined, `${what}: a script ran`);
  assert.equal(await who.page.locator('main img, main script').count(), 0, `${what}: markup became elements`);
  assert.equal(await storage(who.page), before, `${what}: something was written`);
  assert.deepEqual(who.dialogs, [], what);
}

/// Every line of a calendar file is one the app writes: a known property or a folded line.
function appsOwnLines(ics, what) {
  const lines = ics.split('\r\n');
  assert.equal(lines.pop(), '', `${what}: ends with CRLF`);
  for (const line of lines) {
    assert.ok(!/[\r\n]/.test(line), `${what}: a bare line break in ${JSON.stringify(line)}`);
    if (line.startsWith(' ')) continue;
    const name = line.split(/[:;]/)[0];
    assert.ok(PROPERTIES.has(name), `${what}: a line the app did not write: ${JSON.stringify(line)}`);
  }
  assert.equal(lines.filter((l) => l === 'BEGIN:VALARM').length, lines.filter((l) => l === 'BEGIN:VEVENT').length, `${what}: one alarm per event`);
}

async function calendarOf(page) {
  const button = page.getByRole('button', { name: 'Dodaj spotkania do kalendarza (.ics)' });
  if ((await button.count()) === 0) return null;
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFile(await download.path(), 'utf8');
}

/// A contract link made by the app itself (its shape is the app's, whatever it grows).
async function contractData() {
  const mentor = await phone();
  const { page } = mentor;
  await page.goto(env.url + '#/dane');
  await heading(page);
  await page.getByLabel('Nowy mentee').fill('Anna Kowalska');
  await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
  await page.goto(env.url + '#/kontrakt');
  await heading(page);
  await page.getByLabel('Mentor (imię i nazwisko)').fill('Jan Mentor');
  await page.getByLabel('Główny cel współpracy').fill('Przygotowanie do roli liderki zespołu');
  await page.getByRole('button', { name: 'Pierwsze spotkanie dziś' }).click();
  await page.getByRole('button', { name: 'Zaakceptuj kontrakt' }).click();
  const card = page.locator('.share-card');
  await card.getByRole('button', { name: 'Udostępnij mentee' }).click();
  // Issue 23, item 17: without a passphrase, one sentence says what the link is.
  const warning = card.getByText(/Bez hasła każdy, kto dostanie ten link albo zobaczy kod QR, przeczyta wszystko/);
  await warning.waitFor({ state: 'visible' });
  await card.getByRole('button', { name: 'Zaproponuj hasło' }).click();
  const suggested = await page.getByLabel('Hasło (opcjonalnie)').inputValue();
  assert.match(suggested, /^[a-z]+(-[a-z]+){4}$/, suggested);
  await warning.waitFor({ state: 'hidden' });
  await card.screenshot({ path: `${SCREENSHOTS}/phone-udostepnij-haslo-proponowane.png` });
  await page.getByLabel('Hasło (opcjonalnie)').fill('');
  await page.getByRole('button', { name: 'Utwórz link i kod QR' }).click();
  const link = await page.getByLabel('Link', { exact: true }).inputValue();
  assert.deepEqual(mentor.problems, []);
  await mentor.context.close();
  return link.split('d=')[1];
}

const MEETING = {
  spotkanie: {
    origin: { mentee: 'm2', meeting: 1 },
    mentor: 'Jan Mentor',
    mentee: 'Ola Nowak',
    date: '2026-12-01',
    agenda: 'Spotkanie bieżące',
    message: 'Dziękuję za rozmowę',
    notes: [{ title: 'Cele', note: 'Krok po kroku' }],
    items: [{ what: 'Spisać zadania', owner: 'mentee', due: '2026-12-11', done: false }],
    progress: [{ goal: 'Delegowanie', value: 5, note: 'lepiej' }],
  },
};
const STEPS = {
  kroki: {
    mentor: 'Jan Mentor',
    mentee: 'Ola Nowak',
    date: '2026-12-01',
    steps: [{ what: 'Ustalić terminy', owner: 'oboje', due: '2026-12-20', done: false }],
    support: 'Rozmowa co tydzień',
    follow_up: '2026-12-27',
  },
};
const REFLECTION = {
  refleksja: {
    origin: { mentee: 'm2', meeting: 1 },
    meeting_date: '2026-12-01',
    mentee: 'Ola Nowak',
    takeaway: 'Delegować wcześniej',
    next: 'Rozmowa z zespołem',
    usefulness: 4,
  },
};

test('markup and CR/LF in every text field of every kind of link: no script, nothing written, only the app’s lines in the calendar', async () => {
  const contract = json(await contractData());
  const who = await phone();
  await who.page.goto(env.url + '#/');
  await heading(who.page);
  const before = await storage(who.page);
  let shown = 0;
  let refused = 0;
  let asText = 0;
  for (const item of [contract, MEETING, STEPS, REFLECTION]) {
    // The untouched item opens (so the variants below test the field, not the shape).
    const plain = await open(who.page, data(item));
    assert.equal(plain.refused, '', `${Object.keys(item)[0]} opens: ${plain.refused}`);
    for (const path of stringPaths(item)) {
      for (const [name, payload] of [['markup', MARKUP], ['CR/LF', CRLF]]) {
        const what = `${path.join('.')} + ${name}`;
        const crafted = withValue(item, path, (v) => v + payload);
        const outcome = await open(who.page, data(crafted));
        await unharmed(who, before, what);
        if (outcome.refused) {
          refused += 1;
          assert.match(outcome.refused, /Link|link/, `${what}: a Polish refusal: ${outcome.refused}`);
          assert.doesNotMatch(outcome.refused, /nowsza wersja/, what);
          continue;
        }
        shown += 1;
        if (name === 'CR/LF') {
          // Only a free text keeps a line break; it shows as text.
          assert.ok(!/[\r]/.test(outcome.text), `${what}: a CR on screen`);
        } else if (outcome.text.includes('<img src=x')) {
          // Shown as the text it is (a field the view shows; some, like bookkeeping, it does not).
          asText += 1;
        }
        const ics = await calendarOf(who.page);
        if (ics) appsOwnLines(ics, what);
        await unharmed(who, before, `${what} (after the calendar file)`);
      }
    }
  }
  assert.ok(refused > 10 && shown > 5 && asText > 5, `refused ${refused}, shown ${shown}, as text ${asText}`);

  // Issue 23, item 16: the calendar UID of a contract: a crafted one is refused, an
  // identifier gives a file of the app's own lines.
  const crafted = withValue(contract, ['kontrakt', 'calendar_uid'], () => 'x\r\nURL:https://zly.example/');
  const outcome = await open(who.page, data(crafted));
  assert.match(outcome.refused, /identyfikator kalendarza/);
  await unharmed(who, before, 'a crafted calendar UID');
  const fine = withValue(contract, ['kontrakt', 'calendar_uid'], () => '20261201-100000-1@niezbednik-mentora');
  assert.equal((await open(who.page, data(fine))).refused, '');
  appsOwnLines(await calendarOf(who.page), 'a contract with its UID');
  await who.page.screenshot({ path: `${SCREENSHOTS}/phone-link-obcy-kontrakt.png`, fullPage: true });

  // Only „Zapisz u mnie” writes.
  await who.page.getByRole('button', { name: 'Zapisz u mnie' }).click();
  assert.match(await textWhen(who.page.locator('main'), /Zapisano/), /Zapisano w „Od moich mentorów”/);
  assert.notEqual(await storage(who.page), before);
  assert.deepEqual(who.problems, []);
  assert.deepEqual(await who.page.cspViolations(), []);
  await who.context.close();
});

test('a byte changed in each part of a link is refused, never as a newer version, and writes nothing', async () => {
  const who = await phone();
  await who.page.goto(env.url + '#/');
  await heading(who.page);
  const before = await storage(who.page);
  const open_ = Buffer.from(data(MEETING), 'base64url');
  // Issue 23, item 13: the first character changed, as a typo would.
  const linkData = data(MEETING);
  for (const c of ['B', 'C', 'Z', 'a', 'z', '9', '_']) {
    const outcome = await open(who.page, c + linkData.slice(1));
    assert.match(outcome.refused, /uszkodzony|nie da się odczytać/, `first character ${c}: ${outcome.refused}`);
    assert.doesNotMatch(outcome.refused, /nowsza wersja/, `first character ${c}`);
    await unharmed(who, before, `first character ${c}`);
  }
  // The header, the start, the middle and the end of the body.
  for (const at of [0, 1, 2, Math.floor(open_.length / 2), open_.length - 1]) {
    const changed = Buffer.from(open_);
    changed[at] ^= at === 0 ? 0x04 : 0x5a;
    const outcome = await open(who.page, base64url(changed));
    await unharmed(who, before, `open link, byte ${at}`);
    if (outcome.refused) assert.doesNotMatch(outcome.refused, /nowsza wersja/, `open link, byte ${at}`);
  }
  // A passphrase link (format 2): the header, the salt, the IV, the sealed body and its tag.
  const sealed = Buffer.concat([Buffer.from([2, 1]), Buffer.alloc(16, 7), Buffer.alloc(12, 9), Buffer.alloc(60, 3)]);
  for (const at of [0, 1, 5, 20, 40, sealed.length - 1]) {
    const changed = Buffer.from(sealed);
    changed[at] ^= at === 0 ? 0x04 : 0x01;
    const outcome = await open(who.page, base64url(changed));
    await unharmed(who, before, `passphrase link, byte ${at}`);
    if (at <= 1) assert.match(outcome.refused, /uszkodzony/, `passphrase link, byte ${at}`);
  }
  assert.deepEqual(who.problems, []);
  await who.context.close();
});

test('a passphrase link: the field both sides share, a trailing space, a format-1 link, and a downgraded header', async () => {
  const mentor = await phone();
  await mentor.page.goto(env.url + '#/kontrakt');
  await heading(mentor.page);
  await mentor.page.getByLabel('Mentor (imię i nazwisko)').fill('Jan Mentor');
  await mentor.page.getByRole('button', { name: 'Pierwsze spotkanie dziś' }).click();
  const card = mentor.page.locator('.share-card');
  await card.getByRole('button', { name: 'Udostępnij mentee' }).click();
  await mentor.page.getByLabel('Hasło (opcjonalnie)').fill('zielona herbata 7');
  await mentor.page.getByRole('button', { name: 'Utwórz link i kod QR' }).click();
  const link = await mentor.page.getByLabel('Link', { exact: true }).inputValue();
  const bytes = Buffer.from(link.split('d=')[1], 'base64url');
  assert.deepEqual([...bytes.subarray(0, 2)], [2, 1], 'a passphrase link is format 2');
  await mentor.context.close();

  const mentee = await phone();
  await mentee.page.goto(link);
  await heading(mentee.page);
  const before = await storage(mentee.page);
  const field = mentee.page.getByLabel('Hasło od mentora');
  // Issue 23, item 18: the field as a phone keyboard should treat it.
  for (const [name, value] of [['autocapitalize', 'off'], ['autocorrect', 'off'], ['spellcheck', 'false'], ['type', 'password']]) {
    assert.equal(await field.getAttribute(name), value, name);
  }
  const box = await field.boundingBox();
  assert.ok(box.height >= 44, `the field's height: ${box.height}`);
  assert.ok(parseFloat(await field.evaluate((el) => getComputedStyle(el).fontSize)) >= 16, 'a font of 16 px or more');
  await mentee.page.getByRole('button', { name: 'Pokaż hasło' }).click();
  assert.equal(await field.getAttribute('type'), 'text', 'shown on a tap');
  // A downgraded header (format 1, no additional data): even the right passphrase fails.
  const downgraded = Buffer.from(bytes);
  downgraded[0] = 1;
  const other = await phone();
  await other.page.goto(env.url + '#/udostepnione?d=' + base64url(downgraded));
  await heading(other.page);
  await other.page.getByLabel('Hasło od mentora').fill('zielona herbata 7');
  await other.page.getByRole('button', { name: 'Otwórz', exact: true }).click();
  assert.match(await textWhen(other.page.locator('main [role=alert]'), /nie otwiera/, 30000), /To hasło nie otwiera tego linku/);
  assert.deepEqual(other.problems, []);
  await other.context.close();
  // The phone keyboard's trailing space opens it.
  await field.fill('zielona herbata 7 ');
  await mentee.page.getByRole('button', { name: 'Otwórz', exact: true }).click();
  assert.equal(await textWhen(mentee.page.locator('main h1'), /Przesyła/, 30000), 'Przesyła: Jan Mentor');
  assert.equal(await storage(mentee.page), before);
  assert.deepEqual(mentee.problems, []);
  await mentee.context.close();
});

test('a link wrapped by a mail program and pasted with the text around it opens; a huge file is not read', async () => {
  const who = await phone();
  await who.page.goto(env.url + '#/udostepnione');
  await heading(who.page);
  const link = env.url + '#/udostepnione?d=' + data(STEPS);
  const wrapped = (link.match(/.{1,76}/g) ?? []).map((line) => '> ' + line).join('\n');
  await who.page.getByLabel('Wklej link od mentora lub mentee').fill(`> Cześć,\n> oto kroki:\n${wrapped}\n> Pozdrawiam, Jan`);
  await who.page.getByRole('button', { name: 'Otwórz', exact: true }).click();
  assert.equal(await textWhen(who.page.locator('main h1'), /Przesyła/), 'Przesyła: Jan Mentor');
  assert.match(await who.page.locator('main').textContent().then(words), /Ustalić terminy/);

  await who.page.goto(env.url + '#/');
  await heading(who.page);
  await who.page.goto(env.url + '#/udostepnione');
  await heading(who.page);
  const dir = await mkdtemp(join(tmpdir(), 'links-'));
  const big = join(dir, 'film.txt');
  await writeFile(big, Buffer.alloc(2 * 1024 * 1024, 65));
  await who.page.getByLabel('Otwórz plik z linkiem').setInputFiles(big);
  assert.match(await textWhen(who.page.locator('main [role=alert]'), /KiB/), /Ten plik ma 2 048 KiB, a plik z linkiem ma najwyżej 64 KiB/);
  assert.deepEqual(who.problems, []);
  await who.context.close();
});
