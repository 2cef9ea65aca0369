// The mentee is a user too (issue 25), on two fresh phones: the mentor shares the contract and a
// meeting by QR code; the mentee's phone opens each (the link decoded from the screen's QR
// code), sees who sent what, and that nothing is kept until „Zapisz u mnie”, above the fold at
// 390×844 and 360×640; saves both and gets the mentee's layout (no mentee switcher, no
// mentor's tools), a home with the next meeting and the task; ticks it, puts it in the
// calendar (read back with ical.js), sends a reflection carrying the tick; the mentor attaches
// it and, with one tap, the task is done on the meeting's record, with the mentee's report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { PHONE, SCREENSHOTS, guardedPage, heading, launch, textWhen, axe, decodeQr, words } from './harness.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const TODAY = new Date('2026-12-01T10:00:00');

async function phone() {
  const context = await env.browser.newContext({ viewport: PHONE, deviceScaleFactor: 3, locale: 'pl-PL', acceptDownloads: true });
  const { page, problems } = await guardedPage(context, env.origin);
  await page.clock.install({ time: TODAY });
  await page.clock.resume();
  return { context, page, problems };
}

async function qrLink(page) {
  await page.getByRole('button', { name: 'Utwórz link i kod QR' }).click();
  const link = page.getByLabel('Link', { exact: true });
  await link.waitFor({ timeout: 30000 });
  const shown = await link.inputValue();
  const read = await decodeQr(page);
  assert.equal(read, shown, 'the QR code carries the link shown');
  return read;
}

/// Each kind of shared item's print button, named as the mentor's own pages name theirs.
const PRINT = { 'Kontrakt mentoringowy': 'Drukuj kontrakt', 'Spotkanie 1 grudnia 2026': 'Drukuj notatkę ze spotkania' };

/// The first screen's facts, each fully in view above the bottom bar, at the page's top.
async function firstScreenFacts(page, what) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const viewport = page.viewportSize();
  const bar = await page.locator('nav.nav').boundingBox();
  const fold = Math.min(viewport.height, bar ? bar.y : viewport.height);
  const facts = [
    page.locator('main h1'),
    page.locator('.received-what'),
    page.locator('.received-kept'),
    page.getByRole('button', { name: 'Zapisz u mnie' }),
    page.getByRole('button', { name: PRINT[what], exact: true }),
  ];
  assert.equal(await page.locator('main h1').textContent().then(words), 'Przesyła: Jan Mentor');
  assert.equal(await page.locator('.received-what').textContent().then(words), what);
  assert.match(await page.locator('.received-kept').textContent().then(words), /Nic z tego nie zostaje na tym telefonie, dopóki nie wybierzesz „Zapisz u mnie”/);
  for (const fact of facts) {
    const box = await fact.boundingBox();
    assert.ok(box, `${await fact.textContent().then(words)} is shown`);
    assert.ok(box.y >= 0 && box.y + box.height <= fold, `${(await fact.textContent().then(words)).slice(0, 40)} above the fold at ${viewport.width}×${viewport.height}: ${box.y + box.height} > ${fold}`);
  }
}

/// The mentee's layout: the mentee's bar, no switcher, none of the mentor's tools.
async function menteeLayout(page) {
  assert.equal(await page.locator('.mentee-switcher').count(), 0, 'no mentee switcher');
  const nav = page.locator('nav.nav');
  assert.equal(await nav.getAttribute('aria-label'), 'Moje sprawy');
  assert.deepEqual(await nav.locator('.nav-link span').allTextContents().then((texts) => texts.map(words)), ['Mój mentoring', 'Od mentorów', 'Dane']);
}

test('the mentee gets an app of their own, and the tasks done go back to the mentor', async () => {
  // The mentor: a named mentee, an accepted contract from today, a meeting with a task.
  const mentor = await phone();
  const m = mentor.page;
  await m.goto(env.url + '#/dane');
  await heading(m);
  await m.getByLabel('Nowy mentee').fill('Anna Kowalska');
  await m.getByRole('button', { name: 'Dodaj', exact: true }).click();
  await m.goto(env.url + '#/kontrakt');
  await heading(m);
  await m.getByLabel('Mentor (imię i nazwisko)').fill('Jan Mentor');
  await m.getByLabel('Główny cel współpracy').fill('Przygotowanie do roli liderki zespołu');
  await m.getByRole('button', { name: 'Pierwsze spotkanie dziś' }).click();
  await m.getByRole('button', { name: 'Zaakceptuj kontrakt' }).click();
  const contractCard = m.locator('.share-card');
  await contractCard.getByRole('button', { name: 'Udostępnij mentee' }).click();
  const contractLink = await qrLink(m);

  await m.goto(env.url + '#/przebieg');
  await heading(m);
  await m.getByLabel('Dzień spotkania').fill('2026-12-01');
  await m.getByLabel('Dzień spotkania').blur();
  await m.getByRole('button', { name: 'Zapisz spotkanie' }).click();
  assert.equal(await heading(m), 'Spotkanie 1 grudnia 2026');
  const meetingUrl = await m.evaluate(() => location.href);
  await m.getByLabel('Co jest do zrobienia').fill('Spisać zadania do delegowania');
  await m.getByLabel('Do kiedy (opcjonalnie)').fill('2026-12-11');
  await m.getByRole('button', { name: 'Dodaj zadanie' }).click();
  await m.locator('section[aria-labelledby=zadania-spotkania] li', { hasText: 'Spisać zadania do delegowania' }).first().waitFor();
  await m.locator('.share-card').getByRole('button', { name: 'Udostępnij mentee' }).click();
  const meetingLink = await qrLink(m);

  // The mentee: a fresh phone opens the contract, first screen at two phone sizes.
  const mentee = await phone();
  const p = mentee.page;
  await p.goto(contractLink);
  await heading(p);
  await menteeLayout(p);
  await firstScreenFacts(p, 'Kontrakt mentoringowy');
  await p.screenshot({ path: `${SCREENSHOTS}/phone-mentee-link.png`, scale: 'css' });
  await axe(p, 'the first screen of a link on the mentee’s phone');
  await p.setViewportSize({ width: 360, height: 640 });
  await firstScreenFacts(p, 'Kontrakt mentoringowy');
  await p.setViewportSize(PHONE);
  const before = await p.evaluate(() => Object.keys(localStorage).sort());
  assert.ok(!before.includes('niezbednik/od-mentorow'), 'nothing kept before „Zapisz u mnie”');
  await p.getByRole('button', { name: 'Zapisz u mnie' }).click();
  assert.match(await textWhen(p.locator('.received-kept'), /Zapisane u Ciebie/), /Zapisane u Ciebie w „Od moich mentorów” \(1 grudnia 2026\)/);
  assert.equal(await p.getByRole('button', { name: 'Zapisz u mnie' }).count(), 0, 'kept: no second „Zapisz u mnie”');

  // The meeting, by its QR code.
  await p.goto(meetingLink);
  await heading(p);
  await firstScreenFacts(p, 'Spotkanie 1 grudnia 2026');
  await p.setViewportSize({ width: 360, height: 640 });
  await firstScreenFacts(p, 'Spotkanie 1 grudnia 2026');
  await p.setViewportSize(PHONE);
  await p.getByRole('button', { name: 'Zapisz u mnie' }).click();
  await textWhen(p.locator('.received-kept'), /Zapisane u Ciebie/);
  // Opened again: kept already, said so, nothing to save twice.
  await p.goto(meetingLink);
  await heading(p);
  assert.match(await p.locator('.received-kept').textContent().then(words), /Zapisane u Ciebie/);
  assert.equal(await p.getByRole('button', { name: 'Zapisz u mnie' }).count(), 0);

  // The mentee's home: the next meeting, the task; the mentee's layout after a reload too.
  await p.goto(env.url + '#/');
  await p.reload();
  assert.equal(await heading(p), 'Mój mentoring');
  await menteeLayout(p);
  const main = p.locator('main');
  const next = main.locator('.next-meeting');
  assert.match(await next.textContent().then(words), /Dziś, 1 grudnia 2026, godz\. 17:00/);
  assert.match(await next.textContent().then(words), /Mentoring: Jan Mentor/);
  const task = main.locator('.task', { hasText: 'Spisać zadania do delegowania' });
  assert.match(await task.textContent().then(words), /termin: 11 grudnia 2026 · ze spotkania 1 grudnia 2026 · przesyła: Jan Mentor/);
  assert.match(await main.textContent().then(words), /Refleksja po spotkaniu 1 grudnia 2026/);
  assert.match(await main.locator('.kept-list').textContent().then(words), /Spotkanie 1 grudnia 2026.*Kontrakt mentoringowy/s, 'kept items, newest first');
  await p.screenshot({ path: `${SCREENSHOTS}/phone-mentee-home.png`, scale: 'css' });
  await axe(p, 'the mentee’s home');
  // The task to the calendar: one all-day event on its day.
  const [download] = await Promise.all([p.waitForEvent('download'), task.getByRole('button', { name: 'Dodaj do kalendarza (.ics): Spisać zadania do delegowania', exact: true }).click()]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  const calendar = new ICAL.Component(ICAL.parse(await readFile(await download.path(), 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  assert.equal(events.length, 1);
  assert.equal(events[0].summary, 'Zadanie z mentoringu: Spisać zadania do delegowania');
  assert.equal(events[0].startDate.toString(), '2026-12-11');
  assert.equal(events[0].startDate.isDate, true, 'an all-day event');
  // Ticked, and kept ticked after a reload.
  await task.getByRole('checkbox').check();
  assert.match(await textWhen(task, /Zrobione/), /Zrobione 1 grudnia 2026/);
  await p.reload();
  await heading(p);
  assert.equal(await p.locator('.task', { hasText: 'Spisać zadania do delegowania' }).getByRole('checkbox').isChecked(), true);

  // The reflection, from the home's link, carries the tick.
  await p.getByRole('link', { name: 'Napisz refleksję' }).click();
  await heading(p);
  await p.getByLabel('Co zabieram ze spotkania').fill('Delegowanie zaczyna się od listy.');
  await p.getByRole('radio', { name: /^5/ }).check();
  assert.match(await p.locator('.reported').textContent().then(words), /Spisać zadania do delegowania/);
  const reflectionLink = await qrLink(p);

  // The mentor attaches it; one tap marks the task done, with the mentee's report.
  await m.goto(reflectionLink);
  assert.equal(await heading(m), 'Refleksja od mentee');
  assert.ok(await m.locator('#aktywny-mentee').count(), 'the mentor keeps the mentor’s layout');
  assert.match(await m.locator('section.reported-done').textContent().then(words), /Spisać zadania do delegowania/);
  await m.getByRole('button', { name: /Dołącz do spotkania 1 grudnia 2026/ }).click();
  assert.equal(await heading(m), 'Spotkanie 1 grudnia 2026');
  assert.equal(await m.evaluate(() => location.href), meetingUrl);
  const item = m.locator('section[aria-labelledby=zadania-spotkania] li', { hasText: 'Spisać zadania do delegowania' }).first();
  assert.equal(await item.getByRole('checkbox').isChecked(), false, 'nothing changed without the mentor’s tap');
  await m.getByRole('button', { name: 'Oznacz jako zrobione (1)' }).click();
  assert.match(await textWhen(m.locator('section.reported-done'), /Oznaczono/), /Oznaczono jako zrobione: 1 zadanie/);
  assert.equal(await item.getByRole('checkbox').isChecked(), true);
  assert.match(await item.textContent().then(words), /zgłoszone przez osobę mentee 1 grudnia 2026/);
  await m.reload();
  await heading(m);
  assert.match(await m.locator('section[aria-labelledby=zadania-spotkania]').textContent().then(words), /zgłoszone przez osobę mentee 1 grudnia 2026/);

  for (const who of [mentor, mentee]) {
    assert.deepEqual(who.problems, []);
    assert.deepEqual(await who.page.cspViolations(), []);
    await who.context.close();
  }
});

test('a newer version of a kept meeting replaces it, and the tools stay one tap away', async () => {
  const mentor = await phone();
  const m = mentor.page;
  await m.goto(env.url + '#/dane');
  await heading(m);
  await m.getByLabel('Nowy mentee').fill('Anna Kowalska');
  await m.getByRole('button', { name: 'Dodaj', exact: true }).click();
  await m.goto(env.url + '#/przebieg');
  await heading(m);
  await m.getByLabel('Dzień spotkania').fill('2026-12-01');
  await m.getByLabel('Dzień spotkania').blur();
  await m.getByRole('button', { name: 'Zapisz spotkanie' }).click();
  await heading(m);
  await m.getByLabel('Co jest do zrobienia').fill('Przeczytać rozdział o delegowaniu');
  await m.getByRole('button', { name: 'Dodaj zadanie' }).click();
  await m.locator('.share-card').getByRole('button', { name: 'Udostępnij mentee' }).click();
  const first = await qrLink(m);
  await m.reload();
  await heading(m);
  await m.getByLabel('Co jest do zrobienia').fill('Umówić rozmowę z zespołem');
  await m.getByRole('button', { name: 'Dodaj zadanie' }).click();
  await m.locator('section[aria-labelledby=zadania-spotkania] li', { hasText: 'Umówić rozmowę z zespołem' }).first().waitFor();
  await m.locator('.share-card').getByRole('button', { name: 'Udostępnij mentee' }).click();
  const second = await qrLink(m);

  const mentee = await phone();
  const p = mentee.page;
  await p.goto(first);
  await heading(p);
  await p.getByRole('button', { name: 'Zapisz u mnie' }).click();
  await textWhen(p.locator('.received-kept'), /Zapisane u Ciebie/);
  await p.goto(second);
  await heading(p);
  assert.match(await p.locator('.received-kept').textContent().then(words), /U Ciebie jest zapisana inna wersja tej pozycji \(z 1 grudnia 2026\)\. Różni się: zadania\./);
  assert.equal(await p.getByRole('button', { name: 'Zapisz u mnie' }).count(), 0, 'never a second copy');
  await p.getByRole('button', { name: 'Zastąp zapisaną wersję' }).click();
  await textWhen(p.locator('.received-kept'), /Zapisane u Ciebie/);
  const kept = await p.evaluate(() => JSON.parse(localStorage.getItem('niezbednik/od-mentorow')).data.items);
  assert.equal(kept.length, 1);
  assert.equal(kept[0].item.spotkanie.items.length, 2);

  // „Jestem mentorem/mentorką”: the tools, remembered; and back.
  await p.goto(env.url + '#/');
  await heading(p);
  await p.getByRole('button', { name: 'Jestem mentorem/mentorką – pokaż narzędzia' }).click();
  assert.equal(await textWhen(p.locator('main h1'), /Niezbędnik mentora/), 'Niezbędnik mentora');
  assert.ok(await p.locator('nav.nav .nav-link', { hasText: 'Agenda' }).count());
  await p.reload();
  assert.equal(await heading(p), 'Niezbędnik mentora');
  await p.getByRole('button', { name: 'Wróć do widoku osoby mentee' }).click();
  assert.equal(await textWhen(p.locator('main h1'), /Mój mentoring/), 'Mój mentoring');
  await menteeLayout(p);

  // Her data is hers: one item removed, then everything.
  await p.goto(env.url + '#/dane');
  assert.equal(await heading(p), 'Dane i ustawienia');
  assert.equal(await p.locator('#mentee-naglowek').count(), 0, 'no mentees to manage');
  await p.getByLabel('Wpisz USUŃ, aby potwierdzić').fill('USUŃ');
  await p.getByRole('button', { name: 'Usuń wszystkie dane' }).click();
  await heading(p);
  assert.equal(await p.evaluate(() => localStorage.getItem('niezbednik/od-mentorow')), null);

  for (const who of [mentor, mentee]) {
    assert.deepEqual(who.problems, []);
    await who.context.close();
  }
});
