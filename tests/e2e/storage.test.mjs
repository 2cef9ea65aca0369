// Years of data (issue 28): localStorage filled for real, as a mentor's years of notes fill it
// (Chromium refuses writes beyond 5 242 880 UTF-16 units of keys and values), and a heavy
// mentor's backup (examples/heavy_profile.rs, 60 mentees) restored through the app's import.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { SCREENSHOTS, heading, textWhen, words } from './harness.mjs';
import { launch } from './harness.mjs';
import { phone, fillContract, recordMeeting } from './flows.mjs';

const LIMIT = 5 * 1024 * 1024;
const FILLER = 'inna-aplikacja/wypelniacz';
let env;

before(async () => {
  env = await launch();
});

after(async () => {
  await env?.close();
});

/// What the site keeps, as the limit counts it.
function used(page) {
  return page.evaluate(() => {
    let units = 0;
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      units += key.length + localStorage.getItem(key).length;
    }
    return units;
  });
}

/// Another app on the same address takes the room up to `share` of the limit (1: all of it
/// the browser gives, found by trying, as a full storage is).
async function fill(page, share) {
  return page.evaluate(
    ({ key, limit, share }) => {
      localStorage.removeItem(key);
      let units = 0;
      for (let i = 0; i < localStorage.length; i += 1) {
        const k = localStorage.key(i);
        units += k.length + localStorage.getItem(k).length;
      }
      let high = Math.floor(limit * share) - units - key.length;
      if (share < 1) {
        localStorage.setItem(key, 'x'.repeat(high));
        return high;
      }
      // As much as the browser takes: the largest filler that fits.
      let low = 0;
      high += 1024;
      while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        try {
          localStorage.setItem(key, 'x'.repeat(mid));
          low = mid;
        } catch {
          high = mid - 1;
        }
      }
      localStorage.setItem(key, 'x'.repeat(low));
      return low;
    },
    { key: FILLER, limit: LIMIT, share },
  );
}

test('a note typed into a full storage is shown unsaved where it is typed, and saved by itself once room is freed', async () => {
  const { context, page, problems } = await phone(env);
  await fillContract(env, page);
  await recordMeeting(env, page);
  const field = page.getByLabel('1. Przełamanie lodów i wzajemne poznanie się');
  await field.waitFor();
  await fill(page, 1);
  const note = 'Rozmowa o delegowaniu zadań i o tym, co już działa w zespole. '.repeat(24).slice(0, 1500);
  await field.fill(note);
  // Refused: said under the field, in view, while the text stays in it.
  const here = page.getByTestId('niezapisane-tu');
  await textWhen(here, /pamięć przeglądarki dla tej strony jest pełna.*zapisze się samo/);
  const [fieldBox, hereBox] = [await field.boundingBox(), await here.boundingBox()];
  assert.ok(hereBox.y > fieldBox.y && hereBox.y - (fieldBox.y + fieldBox.height) < 80, `the line sits under the field: ${JSON.stringify([fieldBox, hereBox])}`);
  assert.ok(hereBox.y + hereBox.height <= 844, 'in view, not 1 220 px above');
  assert.equal(await field.inputValue(), note);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-pamiec-pelna-notatka.png` });
  // Nothing in storage has the note yet.
  assert.equal(await page.evaluate((n) => Object.values(localStorage).some((v) => v.includes(n)), note.slice(0, 60)), false);
  // Reloaded while still full (or the phone dropped the tab): the note is held in this tab.
  await page.reload();
  await heading(page);
  assert.equal(await field.inputValue(), note);
  await page.locator('[data-problem=not-saving]').waitFor();
  // Room freed elsewhere (another app, another tab): written within seconds, nothing pressed.
  await page.evaluate((key) => localStorage.removeItem(key), FILLER);
  await page.waitForFunction((n) => Object.values(localStorage).some((v) => v.includes(n)), note.slice(0, 60), { timeout: 10000 });
  await here.waitFor({ state: 'detached' });
  assert.equal(await page.locator('[data-problem=not-saving]').count(), 0, 'the banner goes by itself');
  await page.reload();
  await heading(page);
  assert.equal(await page.getByLabel('1. Przełamanie lodów i wzajemne poznanie się').inputValue(), note);
  assert.deepEqual(problems, []);
  await context.close();
});

test('storage 80 % full: warned on the start page and in „Dane”, with what to do; not before', async () => {
  const { context, page, problems } = await phone(env);
  await page.goto(env.url + '#/');
  await heading(page);
  await fill(page, 0.79);
  await page.reload();
  await heading(page);
  assert.equal(await page.getByTestId('pamiec-prawie-pelna').count(), 0, 'not at 79 %');
  await fill(page, 0.85);
  await page.reload();
  await heading(page);
  const warning = page.getByTestId('pamiec-prawie-pelna');
  const text = await warning.textContent().then(words);
  assert.match(text, /prawie pełna: \d+,\d MB z 10,5 MB \(8[45] %\)/);
  assert.match(text, /Eksportuj wszystko/);
  assert.match(text, /archiwum/);
  const box = await warning.boundingBox();
  assert.ok(box.y < 844, 'above the fold on a phone');
  await page.screenshot({ path: `${SCREENSHOTS}/phone-pamiec-80.png` });
  await page.getByRole('link', { name: 'Przejdź do danych' }).click();
  assert.equal(await heading(page), 'Dane i ustawienia');
  await textWhen(page.getByTestId('pamiec-prawie-pelna'), /prawie pełna/);
  assert.match(await page.getByTestId('dane-rozmiar').textContent().then(words), /Inne dane pod tym adresem zajmują \d/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('copies an earlier build kept before imports are listed, removable, and gone after 14 days', async () => {
  const { context, page, problems } = await phone(env);
  await page.goto(env.url + '#/');
  await heading(page);
  await page.evaluate(() => {
    localStorage.setItem('niezbednik/kopia-przed-importem/20261125-101500', JSON.stringify({ type: 'niezbednik-mentora/kopia', entries: {} }) + ' '.repeat(50000));
    localStorage.setItem('niezbednik/kopia-przed-importem/20261101-090000', '{}');
  });
  await page.goto(env.url + '#/dane');
  await heading(page);
  const copies = page.getByTestId('stare-kopie');
  await textWhen(copies, /Kopia sprzed importu z 25 listopada 2026 \(\d+,\d kB\)/);
  assert.doesNotMatch(await copies.textContent().then(words), /1 listopada/, 'older than 14 days: removed by itself');
  assert.equal(await page.evaluate(() => localStorage.getItem('niezbednik/kopia-przed-importem/20261101-090000')), null);
  const [download] = await Promise.all([page.waitForEvent('download'), copies.getByRole('button', { name: 'Pobierz' }).click()]);
  assert.match(download.suggestedFilename(), /^niezbednik-kopia-sprzed-importu-20261125-101500\.json$/);
  await copies.getByRole('button', { name: 'Usuń' }).click();
  await copies.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('kopia-przed-importem')).length), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

/// The heavy profile of `mentees` as the app's backup file (seeded; checked by the app's
/// own import rules before it is written).
function heavyProfile(mentees) {
  return execFileSync('cargo', ['run', '-q', '--example', 'heavy_profile', '--', String(mentees)], {
    maxBuffer: 64 * 1024 * 1024,
  });
}

async function importFile(page, name, buffer) {
  await page.goto(env.url + '#/dane');
  await heading(page);
  await page.locator('#import-pliku').setInputFiles({ name, mimeType: 'application/json', buffer });
  const preview = page.locator('.import-preview');
  await preview.waitFor({ timeout: 60000 });
  await Promise.all([page.waitForEvent('load', { timeout: 120000 }), preview.getByRole('button', { name: 'Importuj' }).click()]);
  await heading(page);
}

test('a heavy mentor’s backup of 60 mentees restores on an empty phone and again over itself on the same phone', async () => {
  const file = heavyProfile(60);
  assert.ok(file.length > 5 * 1024 * 1024, `the file is larger than the old 5 MiB limit: ${file.length}`);
  const backup = JSON.parse(file.toString('utf8'));
  const roster = JSON.parse(backup.entries['niezbednik/mentees']).data;
  assert.equal(roster.mentees.length, 60);
  const { context, page, problems } = await phone(env);
  await importFile(page, 'niezbednik-wszystko-20261130.json', file);
  const firstUse = await used(page);
  assert.ok(firstUse < 0.8 * LIMIT, `60 heavy mentees take ${firstUse} units, under 80 % of ${LIMIT}`);
  assert.equal(await page.locator('#aktywny-mentee option').count(), 60);
  assert.equal(await page.getByTestId('pamiec-prawie-pelna').count(), 0);
  // Every mentee's data reads: the active one's programme, then one picked from the archive.
  const archived = roster.mentees.find((m) => m.archived && m.id !== roster.active);
  await page.locator('#aktywny-mentee').selectOption(archived.id);
  await page.goto(env.url + '#/przebieg');
  assert.equal(await heading(page), 'Przebieg mentoringu');
  const journal = JSON.parse(backup.entries[`niezbednik/mentee/${archived.id}/agenda`]).data.log.meetings;
  await textWhen(page.locator('main'), new RegExp(journal.length > 0 ? 'Spotkania' : ''));
  // The data before this import stays in the tab, to download.
  await page.goto(env.url + '#/dane');
  await heading(page);
  await page.getByTestId('przed-importem').waitFor();
  // The same file again, on the same phone: it needs only its own room.
  await importFile(page, 'niezbednik-wszystko-20261130.json', file);
  const secondUse = await used(page);
  assert.ok(Math.abs(secondUse - firstUse) < 2000, `storage does not grow with each restore: ${firstUse} → ${secondUse}`);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('kopia-przed-importem')).length), 0, 'no copy in storage');
  assert.equal(await page.locator('#aktywny-mentee option').count(), 60);
  // Its own export imports again on another, empty phone.
  await page.goto(env.url + '#/dane');
  await heading(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportuj wszystko' }).click()]);
  const exported = await (await import('node:fs/promises')).readFile(await download.path());
  assert.ok(exported.length < file.length, `the export keeps the packed form: ${exported.length} < ${file.length}`);
  const other = await phone(env);
  await importFile(other.page, download.suggestedFilename(), exported);
  assert.equal(await other.page.locator('#aktywny-mentee option').count(), 60);
  assert.ok(Math.abs((await used(other.page)) - secondUse) < 2000);
  assert.deepEqual(problems, []);
  assert.deepEqual(other.problems, []);
  await other.context.close();
  await context.close();
});
