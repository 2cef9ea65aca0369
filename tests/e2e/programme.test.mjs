// A whole mentoring programme at phone size, with Playwright's clock: a contract with two goals,
// a first meeting on the timer with an action item, a second meeting logged a fortnight later
// that shows the item and records progress, the overview with its chart, closing with the
// summary printed to PDF, the archive and reopening.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { PHONE, SCREENSHOTS, guardedPage, heading, launch, axe, words } from './harness.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/// How long a changed document waits at most before it is written (`SAVE_DELAY` in src/state):
/// the app's clock ticks at this interval and writes what changed since the last tick.
const SAVE_DELAY_MS = 500;

/// Opens a timeline day's „odwołane lub przeniesione” form. The card is drawn again once a
/// change is saved, which closes a form opened just before: the page's clock is moved past the
/// save delay (a tick, any pending write, the redraw), then the form is opened and the clock
/// moved on once more, so a form that stays open has outlived a write.
async function openMark(page, day) {
  const li = page.locator('.timeline li', { hasText: day }).first();
  for (let i = 0; i < 10; i++) {
    await page.clock.runFor(SAVE_DELAY_MS);
    if (!(await li.locator('details').evaluate((d) => d.open))) await li.locator('summary').click();
    await page.clock.runFor(SAVE_DELAY_MS);
    if (await li.locator('details').evaluate((d) => d.open)) return li;
  }
  throw new Error(`the form of ${day} does not stay open`);
}

/// Sets the day and time (local) the page sees from now on; timers keep running.
async function moveTo(page, when) {
  await page.clock.setFixedTime(new Date(when));
}

test('a programme from the contract to the closing summary', async () => {
  const context = await env.browser.newContext({ viewport: PHONE, locale: 'pl-PL', acceptDownloads: true });
  const { page, problems } = await guardedPage(context, env.origin);
  await page.clock.install({ time: new Date('2026-12-01T09:55:00') });
  await page.goto(env.url + '#/dane');
  await heading(page);
  await page.getByLabel('Nowy mentee').fill('Anna Kowalska');
  await page.getByRole('button', { name: 'Dodaj', exact: true }).click();

  // The contract: two goals, a meeting every two weeks for three months from today.
  await page.goto(env.url + '#/kontrakt');
  await heading(page);
  await page.getByLabel('Mentor (imię i nazwisko)').fill('Jan Mentor');
  await page.getByLabel('Główny cel współpracy').fill('Przygotowanie do roli liderki zespołu');
  await page.getByRole('button', { name: '+ Dodaj obszar' }).click();
  await page.getByLabel('Obszar 1', { exact: true }).fill('Delegowanie zadań');
  await page.getByLabel('Częstotliwość spotkań').selectOption('dwa');
  await page.getByLabel(/Czas trwania programu/).fill('3');
  await page.getByLabel(/Czas trwania programu/).blur();
  await page.getByRole('button', { name: 'Pierwsze spotkanie dziś' }).click();
  await page.screenshot({ path: `${SCREENSHOTS}/phone-przebieg-1-kontrakt.png`, fullPage: true });

  // The first meeting on the timer: 25 minutes, then finished.
  await page.goto(env.url + '#/agenda');
  await heading(page);
  await page.getByRole('button', { name: '▶ Rozpocznij spotkanie' }).click();
  await page.getByLabel('Notatki do tego bloku').fill('Poznajemy się; Anna prowadzi zespół od miesiąca.');
  const started = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(new Date(started + 1000));
  await page.clock.fastForward('25:00');
  await page.getByRole('button', { name: '✓ Zakończ spotkanie i zapisz podsumowanie' }).click();
  await page.getByRole('alertdialog', { name: 'Zakończyć spotkanie?' }).getByRole('button', { name: 'Tak, zakończ' }).click();
  // From here on the days are set (`moveTo`) and timers run (saving, axe).
  await page.clock.resume();

  // Its record: an action item for the mentee, due in ten days.
  await page.goto(env.url + '#/przebieg');
  assert.equal(await heading(page), 'Przebieg mentoringu');
  assert.match(await page.locator('#plan-vs-held').textContent().then(words), /Odbyte: 1 spotkanie z 7 zaplanowanych \(według planu do dziś: 1\)\./);
  await page.getByRole('link', { name: 'Spotkanie 1 grudnia 2026' }).first().click();
  assert.equal(await heading(page), 'Spotkanie 1 grudnia 2026');
  assert.match(await page.locator('.lead').textContent().then(words), /Pierwsze spotkanie · z timerem, 09:55–10:20/);
  assert.equal(await page.getByLabel('1. Przełamanie lodów i wzajemne poznanie się').inputValue(), 'Poznajemy się; Anna prowadzi zespół od miesiąca.');
  // A due day before the meeting is refused at the field; what was typed stays.
  await page.getByLabel('Co jest do zrobienia').fill('Spisać zadania, które można delegować');
  await page.getByLabel('Do kiedy (opcjonalnie)').fill('2026-11-20');
  await page.getByRole('button', { name: 'Dodaj zadanie' }).click();
  assert.match(await page.locator('#nowe-zadanie-termin-blad').textContent().then(words), /Termin 20 listopada 2026 jest przed spotkaniem \(1 grudnia 2026\)/);
  assert.equal(await page.getByLabel('Co jest do zrobienia').inputValue(), 'Spisać zadania, które można delegować');
  await page.getByLabel('Do kiedy (opcjonalnie)').fill('2026-12-11');
  await page.getByRole('button', { name: 'Dodaj zadanie' }).click();
  assert.match(await page.locator('.actions').textContent().then(words), /Spisać zadania, które można delegować.*mentee · do 11 grudnia 2026/s);
  // The item with a due day goes to the calendar as an all-day event with the day-before alarm.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Dodaj zadania do kalendarza (.ics)' }).click(),
  ]);
  const ics = readFileSync(await download.path(), 'utf8');
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent'));
  assert.equal(event.startDate.toString(), '2026-12-11');
  assert.equal(event.summary, 'Zadanie z mentoringu: Spisać zadania, które można delegować');
  assert.match(ics, /TRIGGER:-P1D/);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-przebieg-2-pierwsze-spotkanie.png`, fullPage: true });

  // A fortnight later: the second meeting, logged afterwards, shows the item (overdue) to tick.
  await moveTo(page, '2026-12-15T18:00:00');
  await page.goto(env.url + '#/przebieg');
  await heading(page);
  assert.match(await page.locator('#zadania-naglowek + ul').textContent().then(words), /Spisać zadania.*po terminie/s);
  // Today is a planned day, its meeting not recorded yet (past its hour too): it is the next.
  assert.equal(await page.locator('#nastepne-spotkanie').textContent().then(words), 'Następne planowe spotkanie: dziś, 15 grudnia 2026, o 17:00.');
  // Ticked here by mistake: it stays, struck through, and one tap undoes it.
  const open = page.locator('#zadania-naglowek + ul');
  await open.getByLabel('Spisać zadania, które można delegować').check();
  assert.equal(await open.locator('.carried-item.is-done').count(), 1);
  await open.getByLabel('Spisać zadania, które można delegować').uncheck();
  assert.equal(await open.locator('.carried-item.is-done').count(), 0);
  assert.match(await open.textContent().then(words), /Spisać zadania.*po terminie/s);
  assert.equal(await page.getByLabel('Dzień spotkania').inputValue(), '2026-12-15');
  await page.getByRole('button', { name: 'Zapisz spotkanie' }).click();
  assert.equal(await heading(page), 'Spotkanie 15 grudnia 2026');
  // Logging the same day again asks first; „Nie” records nothing.
  await page.goto(env.url + '#/przebieg');
  await heading(page);
  assert.equal(await page.locator('#nastepne-spotkanie').textContent().then(words), 'Następne planowe spotkanie: 29 grudnia 2026, o 17:00.');
  await page.getByRole('button', { name: 'Zapisz spotkanie' }).click();
  assert.match(
    await page.locator('#drugie-spotkanie').textContent().then(words),
    /^15 grudnia 2026 jest już zapisane spotkanie \(Spotkanie bieżące, zapisane po spotkaniu\)\. Zapisać jeszcze jedno spotkanie tego samego dnia\?/,
  );
  await page.getByRole('button', { name: 'Anuluj' }).click();
  assert.equal(await page.locator('.meeting-list li').count(), 2);
  await page.getByRole('link', { name: 'Spotkanie 15 grudnia 2026' }).click();
  assert.equal(await heading(page), 'Spotkanie 15 grudnia 2026');
  assert.match(await page.locator('.lead').textContent().then(words), /^Spotkanie bieżące · zapisane po spotkaniu$/);
  const carried = page.locator('section', { has: page.getByRole('heading', { name: 'Zadania z wcześniejszych spotkań' }) });
  assert.match(await carried.textContent().then(words), /Spisać zadania, które można delegować.*po terminie.*ze spotkania 1 grudnia 2026/s);
  await carried.getByLabel('Spisać zadania, które można delegować').check();
  // Progress on both goals; an out-of-range value is refused at the field and stays there.
  const main = page.locator('fieldset', { hasText: 'Przygotowanie do roli liderki zespołu' });
  await main.getByLabel('Postęp (0–10)').fill('12');
  await main.getByLabel('Postęp (0–10)').blur();
  assert.match(await main.locator('.field-error').first().textContent().then(words), /„12” to nie ocena postępu/);
  assert.equal(await main.getByLabel('Postęp (0–10)').inputValue(), '12');
  await main.getByLabel('Postęp (0–10)').fill('4');
  await main.getByLabel('Postęp (0–10)').blur();
  await main.getByLabel('Krótka notatka').fill('pierwsze spotkanie zespołu za nami');
  await main.getByLabel('Krótka notatka').blur();
  const area = page.locator('fieldset', { hasText: 'Delegowanie zadań' });
  await area.getByLabel('Postęp (0–10)').fill('3');
  await area.getByLabel('Postęp (0–10)').blur();
  await page.getByLabel(/^1\. /).fill('Lista zadań do delegowania gotowa.');
  await page.screenshot({ path: `${SCREENSHOTS}/phone-przebieg-3-drugie-spotkanie.png`, fullPage: true });
  await axe(page, 'meeting record');

  // The meeting's note on one A4 page.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.documentElement.classList.add('printing-meeting'));
  const note = await page.pdf({ format: 'A4', path: `${SCREENSHOTS}/przebieg-spotkanie.pdf` });
  assert.equal((note.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1, 'one page');
  const sheetText = await page.locator('.meeting-doc').textContent().then(words);
  assert.match(sheetText, /Mentor: Jan Mentor · Mentee: Anna Kowalska/);
  assert.match(sheetText, /Spisać zadania, które można delegować \(mentee, ze spotkania 1 grudnia 2026\) – zrobione 15 grudnia 2026/);
  assert.match(sheetText, /Przygotowanie do roli liderki zespołu: 4\/10 – pierwsze spotkanie zespołu za nami/);
  await page.evaluate(() => document.documentElement.classList.remove('printing-meeting'));
  await page.emulateMedia({ media: 'screen' });

  // Four weeks on: a third meeting with progress, so the chart has a line.
  await moveTo(page, '2026-12-29T18:00:00');
  await page.goto(env.url + '#/przebieg');
  await heading(page);
  await page.getByRole('button', { name: 'Zapisz spotkanie' }).click();
  assert.equal(await heading(page), 'Spotkanie 29 grudnia 2026');
  assert.equal(await page.locator('section', { hasText: 'Zadania z wcześniejszych spotkań' }).count(), 0, 'the ticked item is not carried on');
  const main3 = page.locator('fieldset', { hasText: 'Przygotowanie do roli liderki zespołu' });
  await main3.getByLabel('Postęp (0–10)').fill('6');
  await main3.getByLabel('Postęp (0–10)').blur();

  // The overview: plan against held, the chart with its text, no open items.
  await page.goto(env.url + '#/przebieg');
  await heading(page);
  assert.match(await page.locator('#plan-vs-held').textContent().then(words), /Odbyte: 3 spotkania z 7 zaplanowanych \(według planu do dziś: 3\)\./);
  const goal = page.locator('.goal', { hasText: 'Przygotowanie do roli liderki zespołu' });
  assert.match(await goal.locator('.goal-latest').textContent().then(words), /Ostatnio: 6\/10 \(29 grudnia 2026\)/);
  assert.equal(await goal.locator('figcaption').textContent().then(words), '4 (15 grudnia 2026) → 6 (29 grudnia 2026)');
  assert.equal(await goal.locator('.chart-point').count(), 2);
  assert.match(await page.locator('#zadania-naglowek + *').textContent().then(words), /Brak otwartych zadań/);
  // The meeting of 12 January is called off in advance, by the mentee, with a reason; the one
  // of 26 January is moved to the 28th: the timeline says so, and the next meeting follows.
  const jan12 = await openMark(page, '12 stycznia 2027');
  await jan12.getByLabel('Z czyjej inicjatywy').selectOption('mentee');
  await jan12.getByLabel('Powód (opcjonalnie)').fill('urlop');
  await jan12.getByLabel('Powód (opcjonalnie)').blur();
  await jan12.getByRole('button', { name: 'Zapisz jako odwołane' }).click();
  assert.match(await page.locator('.timeline li', { hasText: '12 stycznia 2027' }).textContent().then(words), /odwołane.*inicjatywa: mentee; powód: urlop/s);
  await page.reload();
  await heading(page);
  const jan26 = await openMark(page, '26 stycznia 2027');
  await jan26.getByLabel('Przeniesione na dzień').fill('2027-01-28');
  await jan26.getByRole('button', { name: 'Zapisz jako przeniesione' }).click();
  assert.match(await page.locator('.timeline li', { hasText: '26 stycznia 2027' }).first().textContent().then(words), /przeniesione.*na 28 stycznia 2027/s);
  assert.match(await page.locator('.timeline li').filter({ hasText: /^28\sstycznia 2027/ }).textContent().then(words), /^28 stycznia 2027 zaplanowane/);
  assert.equal(await page.locator('#nastepne-spotkanie').textContent().then(words), 'Następne planowe spotkanie: 28 stycznia 2027, o 17:00.');
  await page.reload();
  await heading(page);
  assert.match(await page.locator('.timeline li', { hasText: '12 stycznia 2027' }).textContent().then(words), /odwołane/, 'kept across a reload');
  await page.screenshot({ path: `${SCREENSHOTS}/phone-przebieg-4-przeglad.png`, fullPage: true });
  await axe(page, 'overview');

  // Closing: the mentor's words, then the summary, printed.
  await page.getByLabel('Co mentee zabiera ze sobą (Twoimi słowami)').fill('Deleguje co tydzień i prowadzi spotkania zespołu.');
  await page.getByLabel('Dzień zamknięcia').fill('2026-12-20');
  await page.getByRole('button', { name: 'Zamknij mentoring' }).click();
  assert.match(await page.locator('#zamkniecie-data-blad').textContent().then(words), /przed ostatnim zapisanym spotkaniem \(29 grudnia 2026\)/);
  await page.getByLabel('Dzień zamknięcia').fill('2026-12-29');
  await page.getByRole('button', { name: 'Zamknij mentoring' }).click();
  assert.match(await page.locator('.status-ok').textContent().then(words), /Mentoring zamknięty 29 grudnia 2026/);
  const sheet = page.locator('.closing-doc');
  assert.match(await sheet.textContent().then(words), /Mentor: Jan Mentor\. Mentee: Anna Kowalska\./);
  assert.match(await sheet.locator('#podsumowanie-spotkania').textContent().then(words), /Odbyte: 3 spotkania z 7 zaplanowanych w kontrakcie \(według planu do 29 grudnia 2026: 3\)\./);
  assert.match(await sheet.locator('tbody').textContent().then(words), /Główny cel: Przygotowanie do roli liderki zespołu.*4 → 6.*Obszar do rozwoju: Delegowanie zadań.*3/s);
  assert.match(await sheet.textContent().then(words), /Zadania: zrobione 1, otwarte 0\./);
  assert.match(await sheet.textContent().then(words), /Deleguje co tydzień i prowadzi spotkania zespołu\./);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-przebieg-5-zamkniecie.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.documentElement.classList.add('printing-closing'));
  const pdf = await page.pdf({ format: 'A4', path: `${SCREENSHOTS}/przebieg-podsumowanie.pdf` });
  assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1, 'one page');
  await page.screenshot({ path: `${SCREENSHOTS}/przebieg-podsumowanie-wydruk.png`, fullPage: true });
  await page.evaluate(() => document.documentElement.classList.remove('printing-closing'));
  await page.emulateMedia({ media: 'screen' });

  // The archive: kept, in the switcher apart, and reopenable; everything survives a reload.
  const switcher = page.getByLabel('Mentee', { exact: true });
  assert.equal(await switcher.locator('optgroup[label="Archiwum"] option').textContent().then(words), 'Anna Kowalska');
  await page.reload();
  await heading(page);
  assert.match(await page.locator('.warning-note').textContent().then(words), /mentee jest w archiwum/);
  await page.getByRole('button', { name: 'Otwórz mentoring ponownie' }).click();
  assert.equal(await switcher.locator('optgroup').count(), 0);
  assert.match(await page.locator('.closing-doc').textContent().then(words), /mentoring trwa/);
  assert.equal(await page.getByLabel('Co mentee zabiera ze sobą (Twoimi słowami)').inputValue(), 'Deleguje co tydzień i prowadzi spotkania zespołu.');
  assert.deepEqual(problems, []);
  await context.close();
});
