// The mentoring contract at phone size: every field kept across a reload, acceptance,
// the A4 print view and the calendar file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { PHONE, SCREENSHOTS, guardedPage, heading, launch, words } from './harness.mjs';

/// Meeting starts (local time) of every event in an .ics file, recurrences expanded by
/// ical.js (the parser behind Thunderbird's calendar).
function meetings(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone'));
  const starts = [];
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    assert.equal(event.startDate.zone.tzid, 'Europe/Warsaw');
    const iterator = event.iterator();
    for (let next = iterator.next(); next && starts.length < 500; next = iterator.next()) starts.push(next.toString());
  }
  return starts.sort();
}

/// Downloads the contract's calendar file and gives its text.
async function calendarFile(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Dodaj spotkania do kalendarza (.ics)' }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

/// UID and SEQUENCE of the first event in an .ics file, as ical.js reads them.
function identity(text) {
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent'));
  return { uid: event.uid, sequence: event.sequence };
}

/// The reminder (VALARM trigger, as ical.js reads it) of every event in an .ics file; `null`
/// for an event without one.
function reminders(text) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => {
    const alarm = event.getFirstSubcomponent('valarm');
    if (!alarm) return null;
    assert.equal(alarm.getFirstPropertyValue('action'), 'DISPLAY');
    assert.match(alarm.getFirstPropertyValue('description'), /^Przypomnienie: /);
    return alarm.getFirstPropertyValue('trigger').toString();
  });
}

/// `count` dates a week apart from `first` (YYYY-MM-DD).
function weekly(first, count) {
  const day = new Date(`${first}T12:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(day.getTime() + i * 7 * 86400000).toISOString().slice(0, 10));
}

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

test('fill every field, reload, accept, print and export to a calendar', async () => {
  const context = await env.browser.newContext({ viewport: PHONE, locale: 'pl-PL', acceptDownloads: true });
  const { page, problems } = await guardedPage(context, env.origin);
  await page.clock.install({ time: new Date('2026-11-27T10:00:00') });
  // The active mentee's name fills the empty mentee field.
  await page.goto(env.url + '#/dane');
  await heading(page);
  await page.getByLabel('Nowy mentee').fill('Anna Kowalska');
  await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
  await page.goto(env.url + '#/kontrakt');
  assert.equal(await heading(page), 'Kontrakt mentoringowy');
  assert.equal(await page.getByLabel('Mentee (imię i nazwisko)').inputValue(), 'Anna Kowalska');

  // Accepting an empty contract names what is missing, next to the fields.
  await page.getByRole('button', { name: 'Zaakceptuj kontrakt' }).click();
  assert.equal(await page.locator('#k-mentor-blad').textContent().then(words), 'Wpisz imię i nazwisko mentora.');
  assert.equal(await page.locator('#k-cel-blad').textContent().then(words), 'Wpisz główny cel współpracy.');
  assert.match(await page.locator('.status-panel').textContent().then(words), /Status: szkic/);

  await page.getByLabel('Mentor (imię i nazwisko)').fill('Jan Mentor');
  await page.getByLabel('Organizacja (opcjonalnie)').fill('Firma Sp. z o.o.');
  await page.getByLabel('Data zawarcia').fill('2026-11-27');
  await page.getByLabel('Główny cel współpracy').fill('Przygotowanie do roli liderki zespołu');
  await page.getByRole('button', { name: '+ Dodaj obszar' }).click();
  await page.getByLabel('Obszar 1', { exact: true }).fill('Delegowanie');
  await page.getByRole('button', { name: '+ Dodaj obszar' }).click();
  await page.getByLabel('Obszar 2', { exact: true }).fill('Trudne rozmowy');
  await page.getByRole('button', { name: '+ Dodaj wskaźnik' }).click();
  await page.getByLabel('Wskaźnik 1', { exact: true }).fill('Prowadzi cotygodniowe spotkania zespołu');
  for (const box of await page.getByLabel('Uzgodnione przez obie strony').all()) await box.check();
  await page.getByRole('button', { name: '+ Dodaj zasadę' }).click();
  await page.getByLabel('Nazwa zasady').fill('Notatki');
  await page.locator('#k-zasada-4').fill('Mentee prowadzi notatki ze spotkań.');
  await page.getByLabel('Częstotliwość spotkań').selectOption('tydzien');
  await page.getByLabel(/Czas trwania spotkania/).fill('90');
  await page.getByLabel(/Czas trwania spotkania/).blur();
  await page.getByLabel('Forma spotkań').selectOption('hybrydowo');
  await page.getByLabel(/Odwołanie spotkania/).fill('48');
  await page.getByLabel(/Odwołanie spotkania/).blur();
  await page.getByLabel(/Czas trwania programu/).fill('6');
  await page.getByLabel(/Czas trwania programu/).blur();
  // During the first meeting its date is today, one tap away.
  await page.getByRole('button', { name: 'Pierwsze spotkanie dziś' }).click();
  assert.equal(await page.getByLabel(/Data pierwszego spotkania/).inputValue(), '2026-11-27');
  await page.getByLabel(/Data pierwszego spotkania/).fill('2026-01-05');
  await page.getByLabel('Godzina spotkań').fill('17:30');
  assert.equal(await page.getByTestId('kontrakt-wyliczenia').textContent().then(words), 'Koniec programu: 5 lipca 2026 · 26 spotkań');
  await page.getByLabel(/Czas trwania programu/).fill('abc');
  await page.getByLabel(/Czas trwania programu/).blur();
  assert.equal(await page.locator('#k-miesiace-blad').textContent().then(words), 'Wpisz liczbę od 1 do 36.');
  // A second refused number keeps its own message; other edits leave both texts where they are.
  await page.getByLabel(/Czas trwania spotkania/).fill('5');
  await page.getByLabel(/Czas trwania spotkania/).blur();
  await page.getByLabel('Forma spotkań').selectOption('online');
  await page.getByLabel('Forma spotkań').selectOption('hybrydowo');
  await page.getByLabel('Organizacja (opcjonalnie)').fill('Firma Sp. z o.o.');
  assert.equal(await page.getByLabel(/Czas trwania programu/).inputValue(), 'abc');
  assert.equal(await page.locator('#k-miesiace-blad').textContent().then(words), 'Wpisz liczbę od 1 do 36.');
  assert.equal(await page.getByLabel(/Czas trwania spotkania/).inputValue(), '5');
  assert.equal(await page.locator('#k-czas-blad').textContent().then(words), 'Wpisz liczbę od 15 do 480.');
  await page.getByLabel(/Czas trwania spotkania/).fill('90');
  await page.getByLabel(/Czas trwania spotkania/).blur();
  assert.equal(await page.locator('#k-czas-blad').textContent().then(words), '');
  assert.equal(await page.getByLabel(/Czas trwania programu/).inputValue(), 'abc');

  await page.reload();
  await heading(page);
  assert.equal(await page.getByLabel('Mentee (imię i nazwisko)').inputValue(), 'Anna Kowalska');
  assert.equal(await page.getByLabel('Obszar 2', { exact: true }).inputValue(), 'Trudne rozmowy');
  assert.equal(await page.locator('#k-zasada-4').inputValue(), 'Mentee prowadzi notatki ze spotkań.');
  assert.equal(await page.getByLabel('Forma spotkań').inputValue(), 'hybrydowo');
  assert.equal(await page.getByLabel(/Odwołanie spotkania/).inputValue(), '48');
  assert.equal(await page.getByLabel('Godzina spotkań').inputValue(), '17:30');
  assert.equal(await page.getByLabel(/Czas trwania programu/).inputValue(), '6', 'only valid numbers are saved; a reload shows the last one');
  assert.equal((await page.getByLabel('Uzgodnione przez obie strony').all()).length, 5);

  await page.getByRole('button', { name: 'Zaakceptuj kontrakt' }).click();
  const status = () => page.locator('.contract-status').textContent().then(words);
  assert.equal(await status(), 'Status: zaakceptowany 27 listopada 2026');
  assert.equal(await page.getByRole('button', { name: 'Zaakceptuj zmiany' }).count(), 0);
  // A change after acceptance says what changed and when, and waits for both sides.
  await page.clock.setSystemTime(new Date('2026-12-03T10:00:00'));
  await page.getByLabel('Główny cel współpracy').fill('Przygotowanie do roli liderki zespołu sprzedaży');
  assert.equal(
    await status(),
    'Status: zaakceptowany 27 listopada 2026Zmieniony 3 grudnia 2026: cele i wskaźniki. Zmiany czekają na akceptację obu stron.',
  );
  await page.screenshot({ path: `${SCREENSHOTS}/phone-kontrakt.png`, fullPage: true });
  await page.getByRole('button', { name: 'Zaakceptuj zmiany' }).click();
  assert.equal(await status(), 'Status: zaakceptowany 27 listopada 2026Zmiany zaakceptowane 3 grudnia 2026 (cele i wskaźniki).');
  assert.equal(await page.getByRole('button', { name: 'Zaakceptuj zmiany' }).count(), 0);
  await page.reload();
  await heading(page);
  assert.equal(await status(), 'Status: zaakceptowany 27 listopada 2026Zmiany zaakceptowane 3 grudnia 2026 (cele i wskaźniki).');
  const paper = await page.locator('.contract-doc').textContent().then(words);
  assert.match(paper, /zawarty 27 listopada 2026 pomiędzy:/);
  assert.match(paper, /od 5 stycznia 2026 do 5 lipca 2026 \(26 spotkań, o godz. 17:30\)/);
  assert.match(paper, /Zmiany zaakceptowane przez obie strony 3 grudnia 2026\./);

  // The calendar file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Dodaj spotkania do kalendarza (.ics)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'spotkania-Anna-Kowalska.ics');
  const ics = readFileSync(await download.path(), 'utf8');
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n'));
  const unfolded = ics.replace(/\r\n /g, '');
  assert.match(unfolded, /\r\nDTSTART;TZID=Europe\/Warsaw:20260105T173000\r\n/);
  assert.match(unfolded, /\r\nDTEND;TZID=Europe\/Warsaw:20260105T190000\r\n/);
  assert.match(unfolded, /\r\nRRULE:FREQ=WEEKLY;COUNT=26\r\n/);
  assert.match(unfolded, /\r\nSUMMARY:Mentoring: Anna Kowalska\r\n/);
  assert.ok(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75));
  // A real iCalendar parser reads it, and its recurrence gives exactly the app's meetings.
  assert.deepEqual(meetings(ics), weekly('2026-01-05', 26).map((d) => `${d}T17:30:00`));
  // Downloaded again: the same series (same UID), not a second one; a new time raises SEQUENCE.
  const first = identity(ics);
  assert.match(first.uid, /@niezbednik-mentora$/);
  assert.deepEqual(identity(await calendarFile(page)), first);
  await page.getByLabel('Godzina spotkań').fill('18:00');
  const moved = await calendarFile(page);
  assert.equal(identity(moved).uid, first.uid);
  assert.ok(identity(moved).sequence > first.sequence, `SEQUENCE ${identity(moved).sequence} after ${first.sequence}`);
  assert.deepEqual(meetings(moved).slice(0, 1), ['2026-01-05T18:00:00']);
  await page.reload();
  await heading(page);
  assert.deepEqual(identity(await calendarFile(page)), identity(moved), 'kept across a reload');
  await page.getByLabel('Godzina spotkań').fill('17:30');

  // Every meeting reminds the day before unless the mentor picks otherwise; the reminder is a
  // setting of the file, not a term: the accepted contract stays accepted as it was.
  assert.deepEqual(reminders(ics), ['-P1D']);
  const accepted = await status();
  const reminder = page.getByLabel('Przypomnienie w kalendarzu');
  assert.equal(await reminder.inputValue(), 'dzien');
  assert.deepEqual(
    await reminder.locator('option').allTextContents().then((texts) => texts.map(words)),
    ['brak', 'godzinę przed', 'dzień przed (domyślnie)', 'dwa dni przed', 'tydzień przed'],
  );
  await reminder.selectOption('tydzien');
  assert.equal(await status(), accepted);
  assert.equal(await page.getByRole('button', { name: 'Zaakceptuj zmiany' }).count(), 0);
  await reminder.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: `${SCREENSHOTS}/phone-kontrakt-przypomnienie.png` });
  const weekBefore = await calendarFile(page);
  assert.deepEqual(reminders(weekBefore), ['-P1W']);
  assert.equal(identity(weekBefore).uid, first.uid, 'the same series, with its new reminder');
  assert.ok(identity(weekBefore).sequence > identity(moved).sequence);
  await reminder.selectOption('brak');
  await page.reload();
  await heading(page);
  assert.equal(await page.getByLabel('Przypomnienie w kalendarzu').inputValue(), 'brak', 'kept across a reload');
  assert.deepEqual(reminders(await calendarFile(page)), [null]);
  await page.getByLabel('Przypomnienie w kalendarzu').selectOption('godzina');

  // Monthly from the 31st or the 30th: a shorter month takes its last day, as the app counts,
  // and the calendar gets exactly those dates.
  await page.getByLabel('Częstotliwość spotkań').selectOption('miesiac');
  await page.getByLabel(/Data pierwszego spotkania/).fill('2026-01-31');
  assert.equal(await page.getByTestId('kontrakt-wyliczenia').textContent().then(words), 'Koniec programu: 31 lipca 2026 · 6 spotkań');
  assert.deepEqual(
    meetings(await calendarFile(page)),
    ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30'].map((d) => `${d}T17:30:00`),
  );
  await page.getByLabel(/Data pierwszego spotkania/).fill('2026-01-30');
  const oneByOne = await calendarFile(page);
  assert.deepEqual(
    meetings(oneByOne),
    ['2026-01-30', '2026-02-28', '2026-03-30', '2026-04-30', '2026-05-30', '2026-06-30'].map((d) => `${d}T17:30:00`),
  );
  assert.deepEqual(reminders(oneByOne), Array(6).fill('-PT1H'), 'each meeting its reminder');

  // The print view: only the document, the signatures on one page.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('nav.nav').isVisible(), false);
  assert.equal(await page.locator('.contract-form').isVisible(), false);
  assert.equal(await page.locator('.status-panel').isVisible(), false);
  assert.equal(await page.getByRole('button').filter({ visible: true }).count(), 0);
  assert.equal(await page.locator('.contract-doc').isVisible(), true);
  assert.equal(await page.locator('.signatures').evaluate((el) => getComputedStyle(el).breakInside), 'avoid');
  // The signature block's boxes, laid out at A4's printable width (210 mm − 2 × 12 mm): both
  // signatures side by side inside the block, each line, name and date inside its signature,
  // and the whole block far shorter than a printable page (297 mm − 2 × 12 mm), so keeping it
  // together always fits.
  await page.setViewportSize({ width: 703, height: 1032 });
  const boxes = await page.locator('.signatures').evaluate((block) => {
    const box = (el) => el.getBoundingClientRect();
    const inside = (inner, outer) =>
      inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5 && inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;
    const outer = box(block);
    const signatures = [...block.querySelectorAll('.signature')];
    return {
      height: outer.height,
      count: signatures.length,
      sameRow: new Set(signatures.map((s) => Math.round(box(s).top))).size === 1,
      nested: signatures.every((s) => inside(box(s), outer) && [...s.children].every((part) => inside(box(part), box(s)))),
      parts: signatures.map((s) => s.children.length),
    };
  });
  assert.deepEqual({ ...boxes, height: undefined }, { count: 2, sameRow: true, nested: true, parts: [3, 3], height: undefined });
  assert.ok(boxes.height > 50 && boxes.height < 1032 / 4, `signature block ${boxes.height}px high`);
  const doc = await page.locator('.contract-doc').textContent().then(words);
  assert.match(doc, /Mentee: Anna Kowalska/);
  assert.match(doc, /Poufność: Wszystkie rozmowy są poufne/);
  assert.doesNotMatch(doc, /np\. rozwój kompetencji/, 'no empty hints on paper');
  const pdf = await page.pdf({ format: 'A4', path: `${SCREENSHOTS}/kontrakt.pdf` });
  assert.ok(pdf.length > 1000);
  await page.screenshot({ path: `${SCREENSHOTS}/kontrakt-wydruk.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

// Acceptance accepts what is on screen: a field stops at its limit with a counter, so the
// typed text is the saved text; a field showing refused text (a cleared goal, a number out of
// range) keeps acceptance waiting, with the field and the reason.
test('the contract is accepted only as the form shows it', async () => {
  const context = await env.browser.newContext({ viewport: PHONE, locale: 'pl-PL' });
  const { page, problems } = await guardedPage(context, env.origin);
  await page.clock.install({ time: new Date('2026-11-27T10:00:00') });
  await page.goto(env.url + '#/dane');
  await heading(page);
  await page.getByLabel('Nowy mentee').fill('Ola Nowak');
  await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
  await page.goto(env.url + '#/kontrakt');
  await heading(page);
  await page.getByLabel('Mentor (imię i nazwisko)').fill('Jan Mentor');
  const goal = page.getByLabel('Główny cel współpracy');
  await goal.fill('Pierwsza rola liderska');
  assert.equal(await page.locator('#k-cel-licznik').textContent().then(words), '22/500');
  // Typed key by key, as a phone keyboard does: a space at the end (trimmed in the saved goal)
  // stays in the field for the next word, in the main goal and in a list's row.
  await goal.press('End');
  await goal.pressSequentially(' w zespole IT');
  assert.equal(await goal.inputValue(), 'Pierwsza rola liderska w zespole IT');
  await page.getByRole('button', { name: '+ Dodaj obszar' }).click();
  await page.getByLabel('Obszar 1', { exact: true }).pressSequentially('Delegowanie zadań');
  assert.equal(await page.getByLabel('Obszar 1', { exact: true }).inputValue(), 'Delegowanie zadań');
  await page.reload();
  await heading(page);
  assert.equal(await goal.inputValue(), 'Pierwsza rola liderska w zespole IT');
  assert.equal(await page.getByLabel('Obszar 1', { exact: true }).inputValue(), 'Delegowanie zadań');
  // Typed past the limit: the field stops at 500, all of it saved.
  const long = 'Cel '.repeat(130);
  await goal.fill(long.slice(0, 500));
  await goal.press('End');
  await goal.pressSequentially('ponad limit');
  const shown = await goal.inputValue();
  assert.equal(shown.length, 500);
  assert.equal(await page.locator('#k-cel-licznik').textContent().then(words), '500/500');
  assert.equal(await page.getByLabel('Obszar 1', { exact: true }).getAttribute('maxlength'), '500');
  await page.reload();
  await heading(page);
  assert.equal(await goal.inputValue(), shown, 'what was on screen is what was saved');
  // Cleared: refused, kept empty with its reason; acceptance waits and says why.
  await goal.fill('');
  await page.getByLabel(/Czas trwania programu/).fill('abc');
  await page.getByLabel(/Czas trwania programu/).blur();
  await page.getByRole('button', { name: 'Zaakceptuj kontrakt' }).click();
  assert.equal(
    await page.locator('.status-panel .field-error').first().textContent().then(words),
    'Aby zaakceptować, popraw: Główny cel współpracy – Cel nie może być pusty. Wpisz jego treść albo usuń go, jeśli jest już nieaktualny; Czas trwania programu – Wpisz liczbę od 1 do 36.',
  );
  assert.match(await page.locator('.contract-status').textContent().then(words), /Status: szkic/);
  assert.equal(await goal.inputValue(), '');
  await page.screenshot({ path: `${SCREENSHOTS}/phone-kontrakt-odmowa.png`, fullPage: true });
  // Fixed: accepted with what the form shows.
  await goal.fill('Nowa rola liderska');
  await page.getByLabel(/Czas trwania programu/).fill('4');
  await page.getByLabel(/Czas trwania programu/).blur();
  await page.getByRole('button', { name: 'Zaakceptuj kontrakt' }).click();
  assert.equal(await page.locator('.contract-status').textContent().then(words), 'Status: zaakceptowany 27 listopada 2026');
  await page.reload();
  await heading(page);
  assert.equal(await goal.inputValue(), 'Nowa rola liderska');
  assert.match(await page.locator('.contract-doc').textContent().then(words), /Główny cel współpracy: Nowa rola liderska/);
  assert.deepEqual(problems, []);
  await context.close();
});

// The golden files the native tests compare with, read by ical.js: the contract's meetings
// with their reminder, and a meeting's action items as all-day events.
test('the calendar files read back in a real iCalendar parser', () => {
  const contract = readFileSync(new URL('../fixtures/kontrakt.ics', import.meta.url), 'utf8');
  assert.deepEqual(meetings(contract).length, 13);
  assert.deepEqual(reminders(contract), ['-P1D']);

  const items = readFileSync(new URL('../fixtures/zadania.ics', import.meta.url), 'utf8');
  const events = new ICAL.Component(ICAL.parse(items)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  assert.deepEqual(
    events.map((e) => [e.startDate.isDate, e.startDate.toString(), e.endDate.toString(), e.summary]),
    [
      [true, '2026-12-08', '2026-12-09', 'Zadanie z mentoringu: Wysłać artykuł o feedbacku'],
      [
        true,
        '2026-12-15',
        '2026-12-16',
        'Zadanie z mentoringu: Przygotować plan delegowania; zespół, który sam prowadzi cotygodniowe spotkanie, i lista zadań',
      ],
    ],
  );
  assert.equal(events[0].description, 'Kto: mentor\nUstalone na spotkaniu 1 grudnia 2026\nMentee: Anna Kowalska');
  assert.deepEqual(events.map((e) => e.uid), ['zadanie-m2-3@niezbednik-mentora', 'zadanie-m2-2@niezbednik-mentora']);
  assert.deepEqual(reminders(items), ['-P1D', '-P1D']);
});
