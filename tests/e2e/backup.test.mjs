// Backup and restore: export → delete all → import gives the same data; a bad file changes
// nothing and says why, in Polish.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { PHONE, SCREENSHOTS, guardedPage, heading, launch, textWhen, words } from './harness.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const ours = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k === 'niezbednik/mentees' || k.startsWith('niezbednik/mentee/') || k === 'niezbednik/agenda-ustawienia')
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

test('export, delete everything, import: the same data comes back', async () => {
  const context = await env.browser.newContext({ viewport: PHONE, locale: 'pl-PL', acceptDownloads: true });
  const { page, problems } = await guardedPage(context, env.origin);
  await page.goto(env.url + '#/dane');
  await heading(page);
  await page.getByLabel('Nowy mentee').fill('Anna Kowalska');
  await page.getByRole('button', { name: 'Dodaj' }).click();
  // The first mentee takes the place of the app's untouched stand-in.
  assert.deepEqual(await page.locator('.mentee-row .mentee-name').allTextContents().then((texts) => texts.map(words)), ['Anna Kowalska']);
  await page.goto(env.url + '#/kontrakt');
  await page.getByLabel('Mentor (imię i nazwisko)').fill('Jan Mentor <img src=x onerror=alert(1)>');
  await page.goto(env.url + '#/pytania');
  await page.getByRole('button', { name: 'Następna karta →' }).click();
  await page.getByRole('button', { name: 'Oznacz jako zadane' }).click();
  await page.goto(env.url + '#/dane');
  await heading(page);
  assert.match(await page.locator('.warning-note').textContent().then(words), /Nie masz jeszcze kopii zapasowej/);
  // Earlier builds stored the day of the last export as a bare date: still understood.
  await page.evaluate(() => localStorage.setItem('niezbednik/ostatnia-kopia', '2026-01-02'));
  await page.reload();
  await heading(page);
  const reminder = page.locator('.warning-note');
  assert.match(await reminder.textContent().then(words), /Ostatnia kopia ma \d+ dni\. Zrób nową\./);
  const before = await ours(page);
  assert.ok(Object.keys(before).length >= 3);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportuj wszystko' }).click()]);
  assert.match(download.suggestedFilename(), /^niezbednik-wszystko-\d{8}\.json$/);
  // The reminder shown a moment ago goes at once, with no reload, and the confirmation is
  // not dressed as an error. (No waiting: the export updates the page before the click returns.)
  assert.equal(await reminder.count(), 0, 'no reminder right after the export');
  const saved = page.getByTestId('kopia-zapisana');
  assert.match(await saved.textContent().then(words), /^Zapisano plik niezbednik-wszystko-\d{8}\.json\.$/);
  assert.equal(await saved.evaluate((el) => getComputedStyle(el).color), 'rgb(22, 101, 52)');
  await page.screenshot({ path: `${SCREENSHOTS}/phone-dane-po-eksporcie.png`, fullPage: true });
  // What the app's data takes, in kB the Polish way; the browser's estimate, with the offline
  // copy of the app, apart and labelled.
  const kilobytes = async () => {
    const text = await page.getByTestId('dane-rozmiar').textContent().then(words);
    const match = text.match(/^Dane aplikacji zajmują (\d+),(\d) kB z 10,5 MB \(0 %\) miejsca, które przeglądarka daje tej stronie na zapis\.$/);
    assert.ok(match, text);
    return Number(`${match[1]}.${match[2]}`);
  };
  const full = await kilobytes();
  const expected = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('niezbednik/'))
      .reduce((sum, k) => sum + 2 * (k.length + localStorage.getItem(k).length), 0),
  );
  assert.equal(full, Math.round(expected / 100) / 10);
  assert.match(await page.getByTestId('dane-szacunek').textContent().then(words), /Kopia aplikacji do pracy offline i jej pliki zajmują ok\. .*szacunek przeglądarki, bez danych zapisanych w aplikacji\)\.$/);
  const file = await download.path();
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(backup.type, 'niezbednik-mentora/kopia');
  assert.equal(backup.scope, 'all');
  // And it stays away after a reload: the day of the export was saved.
  await page.reload();
  await heading(page);
  assert.equal(await reminder.count(), 0, 'the reminder stays away after a reload');
  const log = JSON.parse(await page.evaluate(() => localStorage.getItem('niezbednik/ostatnia-kopia')));
  assert.equal(log.schema, 1, 'saved as a versioned document');
  assert.match(log.data.last_export, /^\d{4}-\d{2}-\d{2}$/);

  await page.getByLabel('Wpisz USUŃ, aby potwierdzić').fill('usun');
  await page.getByRole('button', { name: 'Usuń wszystkie dane' }).click();
  assert.equal(await page.locator('#potwierdz-usuniecie-blad').textContent().then(words), 'Wpisz dokładnie: USUŃ');
  await page.getByLabel('Wpisz USUŃ, aby potwierdzić').fill('USUŃ');
  // The app reloads itself after deleting: wait for that load, not the old page.
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Usuń wszystkie dane' }).click()]);
  await heading(page);
  assert.deepEqual(await page.locator('#aktywny-mentee option').allTextContents().then((texts) => texts.map(words)), ['Osoba mentorowana']);
  assert.ok((await kilobytes()) < full, 'deleting everything shows at once in the size');
  assert.ok((await kilobytes()) < 0.5, 'only the fresh roster is left');

  // A file that is not a backup changes nothing.
  const junk = `${SCREENSHOTS}/nie-kopia.json`;
  writeFileSync(junk, '{"a": 1}');
  const afterDelete = await ours(page);
  await page.getByLabel('Importuj z pliku kopii').setInputFiles(junk);
  // The file is read asynchronously: wait for the message rather than read it at once.
  const notBackup = /Nie zaimportowano niczego\. To nie jest kopia Niezbędnika mentora, tylko inny plik\. Wybierz plik „niezbednik-…\.json” zapisany przyciskiem „Eksportuj wszystko” albo „Eksportuj tylko aktywną osobę”\./;
  assert.match(await textWhen(page.getByTestId('kopia-komunikat'), notBackup), notBackup);
  assert.deepEqual(await ours(page), afterDelete);

  await page.getByLabel('Importuj z pliku kopii').setInputFiles(file);
  const preview = page.getByRole('alertdialog', { name: 'Podgląd importu' });
  assert.match(await preview.textContent().then(words), /Zastąpi wszystkie obecne dane/);
  assert.match(await preview.textContent().then(words), /Doda: Anna Kowalska/);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-dane-import.png`, fullPage: true });
  await Promise.all([page.waitForEvent('load'), preview.getByRole('button', { name: 'Importuj' }).click()]);
  await heading(page);
  assert.deepEqual(await ours(page), before, 'lossless round trip');
  // The data before the import waits in the tab, not in storage (issue 28).
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('niezbednik/kopia-przed-importem/')).length), 0);
  await page.getByTestId('przed-importem').waitFor();
  const [kept] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Pobierz dane sprzed importu' }).click()]);
  assert.match(kept.suggestedFilename(), /^niezbednik-przed-importem-\d{8}\.json$/);
  await page.goto(env.url + '#/kontrakt');
  await heading(page);
  // User text stays text: shown as typed, never run as HTML.
  assert.equal(await page.getByLabel('Mentor (imię i nazwisko)').inputValue(), 'Jan Mentor <img src=x onerror=alert(1)>');
  assert.match(await page.locator('.contract-doc').textContent().then(words), /Mentor: Jan Mentor <img src=x onerror=alert\(1\)>/);
  assert.equal(await page.locator('.contract-doc img').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('after deleting everything the first mentee added replaces „Osoba mentorowana”; one with notes stays', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'pl-PL' });
  const { page, problems } = await guardedPage(context, env.origin);
  await page.goto(env.url + '#/pytania');
  await heading(page);
  // Notes saved for the stand-in: it is someone now, and stays beside the new mentee.
  await page.getByRole('button', { name: 'Następna karta →' }).click();
  await page.getByRole('button', { name: 'Oznacz jako zadane' }).click();
  await page.goto(env.url + '#/dane');
  await heading(page);
  await page.getByLabel('Nowy mentee').fill('Ola');
  await page.getByRole('button', { name: 'Dodaj' }).click();
  assert.deepEqual(await page.locator('.mentee-row .mentee-name').allTextContents().then((texts) => texts.map(words)), ['Osoba mentorowana', 'Ola']);
  await page.getByLabel('Wpisz USUŃ, aby potwierdzić').fill('USUŃ');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Usuń wszystkie dane' }).click()]);
  await heading(page);
  assert.deepEqual(await page.locator('.mentee-row .mentee-name').allTextContents().then((texts) => texts.map(words)), ['Osoba mentorowana']);
  await page.getByLabel('Nowy mentee').fill('Ewa');
  await page.getByRole('button', { name: 'Dodaj' }).click();
  assert.deepEqual(await page.locator('.mentee-row .mentee-name').allTextContents().then((texts) => texts.map(words)), ['Ewa']);
  assert.deepEqual(await page.locator('#aktywny-mentee option').allTextContents().then((texts) => texts.map(words)), ['Ewa']);
  await page.reload();
  await heading(page);
  assert.deepEqual(await page.locator('.mentee-row .mentee-name').allTextContents().then((texts) => texts.map(words)), ['Ewa']);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-360-dane.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});
