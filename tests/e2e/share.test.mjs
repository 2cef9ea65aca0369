// Sharing with no server, at phone size: the mentor shares the contract as a QR code and a link,
// the link opened in a second, fresh browser (the mentee's phone) shows it read-only and keeps
// it only after „Zapisz u mnie”; a meeting's items go the same way, the mentee's reflection
// comes back and lands on that meeting; a passphrase link with a wrong passphrase and a
// damaged link write nothing. The QR code on screen is decoded back to the link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, SCREENSHOTS, guardedPage, heading, launch, textWhen, axe, decodeQr, words } from './harness.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const TODAY = new Date('2026-12-01T10:00:00');

/// A phone of its own: a fresh context (no storage shared with the other phone).
async function phone() {
  // A phone's screen: three device pixels to a CSS pixel, as the camera of the other phone sees it.
  const context = await env.browser.newContext({ viewport: PHONE, deviceScaleFactor: 3, locale: 'pl-PL', acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
  const { page, problems } = await guardedPage(context, env.origin);
  await page.clock.install({ time: TODAY });
  await page.clock.resume();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  return { context, page, problems, requests };
}

/// Everything the app keeps in localStorage, as text, to compare before and after.
async function storage(page) {
  return page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
}

async function makeLink(page, passphrase = '') {
  await page.getByLabel('Hasło (opcjonalnie)').fill(passphrase);
  await page.getByRole('button', { name: 'Utwórz link i kod QR' }).click();
  const link = page.getByLabel('Link', { exact: true });
  await link.waitFor({ timeout: 30000 });
  return link.inputValue();
}

async function fillContract(page) {
  await page.goto(env.url + '#/dane');
  await heading(page);
  await page.getByLabel('Nowy mentee').fill('Anna Kowalska');
  await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
  await page.goto(env.url + '#/kontrakt');
  await heading(page);
  await page.getByLabel('Mentor (imię i nazwisko)').fill('Jan Mentor');
  await page.getByLabel('Główny cel współpracy').fill('Przygotowanie do roli liderki zespołu');
  await page.getByRole('button', { name: '+ Dodaj obszar' }).click();
  await page.getByLabel('Obszar 1', { exact: true }).fill('Delegowanie zadań');
  await page.getByRole('button', { name: 'Pierwsze spotkanie dziś' }).click();
  await page.getByRole('button', { name: 'Zaakceptuj kontrakt' }).click();
}

test('a contract goes to the mentee by QR code and link, and stays only when saved', async () => {
  const mentor = await phone();
  await fillContract(mentor.page);
  const card = mentor.page.locator('.share-card');
  await card.getByRole('button', { name: 'Udostępnij mentee' }).click();
  for (const part of ['Cele i wskaźniki', 'Zasady współpracy']) {
    assert.equal(await card.getByLabel(part).isChecked(), true, part);
  }
  const link = await makeLink(mentor.page);
  assert.ok(link.startsWith(env.url + '#/udostepnione?d='), link);
  assert.equal(await decodeQr(mentor.page), link, 'the QR code carries the same link');
  await card.getByRole('button', { name: 'Kopiuj link' }).click();
  assert.match(await textWhen(card.getByRole('status').last(), /Skopiowano/), /Skopiowano link/);
  assert.equal(await mentor.page.evaluate(() => navigator.clipboard.readText()), link);
  await card.screenshot({ path: `${SCREENSHOTS}/phone-udostepnij-kontrakt-qr.png` });
  await axe(mentor.page, 'the share panel with its QR code');

  // The mentee's phone: nothing of the mentor's, the link opened fresh.
  const mentee = await phone();
  await mentee.page.goto(link);
  assert.equal(await heading(mentee.page), 'Przesyła: Jan Mentor');
  assert.equal(await mentee.page.evaluate(() => location.href), env.url + '#/udostepnione', 'the data left the address bar');
  const main = mentee.page.locator('main');
  for (const text of ['Przygotowanie do roli liderki zespołu', 'Delegowanie zadań', 'Anna Kowalska', '1 grudnia 2026']) {
    assert.match(await main.textContent().then(words), new RegExp(text), text);
  }
  const data = link.split('d=')[1];
  assert.ok(!(await mentee.page.title()).includes(data.slice(0, 20)));
  assert.equal(mentee.requests.filter((url) => url.includes(data.slice(0, 20))).length, 0, 'no request carries the data');
  const before = await storage(mentee.page);
  assert.ok(!before.includes('od-mentorow'), 'nothing written before „Zapisz u mnie”');
  await mentee.page.screenshot({ path: `${SCREENSHOTS}/phone-od-mentora-kontrakt.png`, fullPage: true });
  await axe(mentee.page, 'the mentee’s view of a contract');

  // The contract's meetings go to the mentee's calendar too.
  const [download] = await Promise.all([
    mentee.page.waitForEvent('download'),
    mentee.page.getByRole('button', { name: 'Dodaj spotkania do kalendarza (.ics)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  // A second download is the same series (a second import updates, not duplicates), named
  // after the mentor, not the mentee's own name.
  const [again] = await Promise.all([
    mentee.page.waitForEvent('download'),
    mentee.page.getByRole('button', { name: 'Dodaj spotkania do kalendarza (.ics)' }).click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  const calendar = async (d) => (await readFile(await d.path(), 'utf8')).split('\r\n');
  const [one, two] = [await calendar(download), await calendar(again)];
  const uids = (lines) => lines.filter((l) => l.startsWith('UID:'));
  assert.equal(uids(one).length, 1);
  assert.deepEqual(uids(two), uids(one));
  assert.deepEqual(one.filter((l) => l.startsWith('SUMMARY:')), ['SUMMARY:Mentoring: Jan Mentor']);

  await mentee.page.getByRole('button', { name: 'Zapisz u mnie' }).click();
  assert.match(await textWhen(main, /Zapisano/), /Zapisano w „Od moich mentorów”/);
  await mentee.page.reload();
  await heading(mentee.page);
  const saved = mentee.page.locator('main').getByRole('link', { name: /Kontrakt mentoringowy/ });
  await saved.first().waitFor();
  await saved.first().click();
  assert.match(await textWhen(mentee.page.locator('main'), /Delegowanie zadań/), /Delegowanie zadań/);
  // The start page points to what the mentors shared.
  await mentee.page.goto(env.url + '#/');
  await heading(mentee.page);
  assert.match(await mentee.page.locator('main').textContent().then(words), /Od moich mentorów/);

  for (const who of [mentor, mentee]) {
    assert.deepEqual(who.problems, []);
    assert.deepEqual(await who.page.cspViolations(), []);
    await who.context.close();
  }
});

test('a meeting’s items go to the mentee and the reflection comes back to that meeting', async () => {
  const mentor = await phone();
  await fillContract(mentor.page);
  await mentor.page.goto(env.url + '#/przebieg');
  await heading(mentor.page);
  // An earlier meeting left an item open, past its day.
  await mentor.page.getByLabel('Dzień spotkania').fill('2026-11-24');
  await mentor.page.getByLabel('Dzień spotkania').blur();
  await mentor.page.getByRole('button', { name: 'Zapisz spotkanie' }).click();
  assert.equal(await heading(mentor.page), 'Spotkanie 24 listopada 2026');
  await mentor.page.getByLabel('Co jest do zrobienia').fill('Zadzwonić do działu kadr');
  await mentor.page.getByLabel('Do kiedy (opcjonalnie)').fill('2026-11-28');
  await mentor.page.getByRole('button', { name: 'Dodaj zadanie' }).click();
  await mentor.page.locator('.carried-item, li', { hasText: 'Zadzwonić do działu kadr' }).first().waitFor();
  await mentor.page.goto(env.url + '#/przebieg');
  await heading(mentor.page);
  await mentor.page.getByLabel('Dzień spotkania').fill('2026-12-01');
  await mentor.page.getByLabel('Dzień spotkania').blur();
  await mentor.page.locator('#nowe-spotkanie-agenda').selectOption('');
  await mentor.page.getByRole('button', { name: 'Zapisz spotkanie' }).click();
  assert.equal(await heading(mentor.page), 'Spotkanie 1 grudnia 2026');
  const meetingUrl = await mentor.page.evaluate(() => location.href);
  // A score with a private note beside it.
  const score = mentor.page.locator('fieldset', { hasText: 'Przygotowanie do roli liderki zespołu' }).first();
  await score.getByLabel('Postęp (0–10)').fill('2');
  await score.getByLabel('Postęp (0–10)').blur();
  await score.getByLabel('Krótka notatka').fill('na start: niepewna, unika konfrontacji');
  await score.getByLabel('Krótka notatka').blur();
  await mentor.page.getByLabel('1. Przełamanie lodów i wzajemne poznanie się').fill('Prywatne: wydaje się zmęczona');
  await mentor.page.getByLabel('Co jest do zrobienia').fill('Spisać zadania do delegowania');
  await mentor.page.getByLabel('Do kiedy (opcjonalnie)').fill('2026-12-11');
  await mentor.page.getByRole('button', { name: 'Dodaj zadanie' }).click();
  const card = mentor.page.locator('.share-card');
  await card.getByRole('button', { name: 'Udostępnij mentee' }).click();
  // The block's note is private: offered, marked, and not ticked.
  const note = card.getByLabel('Notatka z bloku „Przełamanie lodów i wzajemne poznanie się” (prywatna)');
  assert.equal(await note.isChecked(), false);
  // The note beside a score is private too; the score and the earlier open item go.
  assert.equal(await card.getByLabel('Notatka przy ocenie celu „Przygotowanie do roli liderki zespołu” (prywatna)').isChecked(), false);
  assert.equal(await card.getByLabel('Postęp celów (oceny)').isChecked(), true);
  assert.equal(await card.getByLabel('Otwarte zadania z wcześniejszych spotkań (1)').isChecked(), true);
  await card.getByLabel('Wiadomość dla mentee (opcjonalnie)').fill('Dziękuję za dobrą rozmowę!');
  const link = await makeLink(mentor.page);
  assert.equal(await decodeQr(mentor.page), link);

  const mentee = await phone();
  await mentee.page.goto(link);
  assert.equal(await heading(mentee.page), 'Przesyła: Jan Mentor');
  const main = mentee.page.locator('main');
  assert.match(await main.textContent().then(words), /Spisać zadania do delegowania/);
  assert.match(await main.textContent().then(words), /Dziękuję za dobrą rozmowę!/);
  assert.doesNotMatch(await main.textContent().then(words), /wydaje się zmęczona/, 'a private note stays with the mentor');
  assert.match(await main.textContent().then(words), /Przygotowanie do roli liderki zespołu: 2\/10/);
  assert.doesNotMatch(await main.textContent().then(words), /unika konfrontacji/, 'a score’s note stays with the mentor');
  assert.match(
    await main.locator('li', { hasText: 'Zadzwonić do działu kadr' }).textContent().then(words),
    /termin: 28 listopada 2026 \(po terminie\) · ze spotkania 24 listopada 2026/,
    'the open item from an earlier meeting is on the mentee’s list, marked',
  );
  // The reflection: a rating is needed.
  await mentee.page.getByLabel('Co zabieram ze spotkania').fill('Delegowanie zaczyna się od listy.');
  await mentee.page.getByLabel('Co zrobię do następnego spotkania').fill('Oddam dwa zadania zespołowi.');
  await mentee.page.getByRole('radio', { name: /^4/ }).check();
  await mentee.page.screenshot({ path: `${SCREENSHOTS}/phone-od-mentora-spotkanie.png`, fullPage: true });
  await axe(mentee.page, 'the mentee’s view of a meeting with the reflection form');
  const back = await makeLink(mentee.page);
  assert.equal(await decodeQr(mentee.page), back);

  // On the mentor's phone: the reflection lands on that meeting.
  await mentor.page.goto(back);
  assert.equal(await heading(mentor.page), 'Refleksja od mentee');
  await mentor.page.getByRole('button', { name: /Dołącz do spotkania 1 grudnia 2026/ }).click();
  assert.equal(await heading(mentor.page), 'Spotkanie 1 grudnia 2026');
  assert.equal(await mentor.page.evaluate(() => location.href), meetingUrl);
  const reflection = mentor.page.locator('main').getByRole('heading', { name: 'Refleksja mentee' }).locator('..');
  assert.match(await reflection.textContent().then(words), /Delegowanie zaczyna się od listy\./);
  assert.match(await reflection.textContent().then(words), /Przydatność spotkania: 4 z 5/);
  await mentor.page.reload();
  await heading(mentor.page);
  assert.match(await mentor.page.locator('main').textContent().then(words), /Oddam dwa zadania zespołowi\./);

  for (const who of [mentor, mentee]) {
    assert.deepEqual(who.problems, []);
    await who.context.close();
  }
});

test('a passphrase link with the wrong passphrase, and a damaged link, write nothing', async () => {
  const mentor = await phone();
  await fillContract(mentor.page);
  const card = mentor.page.locator('.share-card');
  await card.getByRole('button', { name: 'Udostępnij mentee' }).click();
  await mentor.page.getByLabel('Hasło (opcjonalnie)').fill('krótkie');
  await mentor.page.getByRole('button', { name: 'Utwórz link i kod QR' }).click();
  assert.match(await card.getByRole('alert').first().textContent().then(words), /co najmniej 8 znaków/);
  const link = await makeLink(mentor.page, 'zielona herbata 7');
  assert.match(await card.textContent().then(words), /Link jest zaszyfrowany\./);
  await card.screenshot({ path: `${SCREENSHOTS}/phone-udostepnij-haslo.png` });

  const mentee = await phone();
  await mentee.page.goto(link);
  await heading(mentee.page);
  const before = await storage(mentee.page);
  await mentee.page.getByLabel('Hasło od mentora').fill('czarna kawa 7');
  await mentee.page.getByRole('button', { name: 'Otwórz', exact: true }).click();
  const alert = mentee.page.locator('main [role=alert]');
  assert.match(await textWhen(alert, /hasło/i, 30000), /To hasło nie otwiera tego linku/);
  assert.equal(await storage(mentee.page), before, 'a wrong passphrase writes nothing');
  assert.doesNotMatch(await mentee.page.locator('main').textContent().then(words), /Przygotowanie do roli/);
  await mentee.page.getByLabel('Hasło od mentora').fill('zielona herbata 7');
  await mentee.page.getByRole('button', { name: 'Otwórz', exact: true }).click();
  assert.equal(await textWhen(mentee.page.locator('main h1'), /Przesyła/, 30000), 'Przesyła: Jan Mentor');

  // A link cut short in a messenger: even the right passphrase does not open it (AES-GCM sees
  // the change), a message says so, nothing is written.
  const damaged = await phone();
  await damaged.page.goto(link.slice(0, link.length - 30));
  await heading(damaged.page);
  const kept = await storage(damaged.page);
  await damaged.page.getByLabel('Hasło od mentora').fill('zielona herbata 7');
  await damaged.page.getByRole('button', { name: 'Otwórz', exact: true }).click();
  assert.match(await textWhen(damaged.page.locator('main [role=alert]'), /nie otwiera/, 30000), /link jest niepełny/);
  assert.equal(await storage(damaged.page), kept);
  // Pasted text that is no link at all.
  await damaged.page.goto(env.url + '#/');
  await heading(damaged.page);
  await damaged.page.goto(env.url + '#/udostepnione');
  await heading(damaged.page);
  await damaged.page.getByLabel('Wklej link od mentora lub mentee').fill('to nie jest link');
  await damaged.page.getByRole('button', { name: 'Otwórz', exact: true }).click();
  assert.match(await textWhen(damaged.page.locator('main [role=alert]'), /nie ma danych/), /W tym tekście nie ma danych/);
  assert.equal(await storage(damaged.page), kept);

  for (const who of [mentor, mentee, damaged]) {
    assert.deepEqual(who.problems, []);
    await who.context.close();
  }
});
