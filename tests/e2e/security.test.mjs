// User text is never rendered as HTML: a script-carrying string typed into every text field
// shows as text on the page, in the print view and in the export, and never runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PHONE, guardedPage, heading, launch, words } from './harness.mjs';

const PAYLOAD = '<img src=x onerror=alert(1)>';
let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

async function fillAll(page) {
  const fields = page.locator('main input[type=text]:visible, main input:not([type]):visible, main textarea:visible, main input[type=search]:visible');
  const count = await fields.count();
  for (let i = 0; i < count; i++) {
    await fields.nth(i).fill(PAYLOAD);
    await fields.nth(i).blur();
  }
  return count;
}

test('a script-carrying string in every text field stays text everywhere', async () => {
  const context = await env.browser.newContext({ viewport: PHONE, locale: 'pl-PL', acceptDownloads: true });
  const { page, problems } = await guardedPage(context, env.origin);
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  let filled = 0;
  await page.goto(env.url + '#/dane');
  await heading(page);
  await page.getByLabel('Nowy mentee').fill(PAYLOAD);
  await page.getByRole('button', { name: 'Dodaj' }).click();
  for (const [hash, prepare] of [
    ['#/kontrakt', async () => {
      await page.getByRole('button', { name: '+ Dodaj obszar' }).click();
      await page.getByRole('button', { name: '+ Dodaj zasadę' }).click();
    }],
    ['#/feedback', async () => {
      await page.getByRole('button', { name: '+ Nowa rozmowa' }).click();
      await page.getByRole('button', { name: '+ Dodaj przykład' }).click();
      await page.getByRole('button', { name: '+ Dodaj krok' }).click();
    }],
    ['#/agenda', async () => {
      await page.locator('.editor-summary').click();
    }],
    ['#/pytania', async () => {
      await page.getByRole('button', { name: 'Następna karta →' }).click();
      await page.getByRole('button', { name: 'Oznacz jako zadane' }).click();
    }],
    ['#/crm', async () => {}],
  ]) {
    await page.goto(env.url + hash);
    await heading(page);
    await prepare();
    filled += await fillAll(page);
  }
  await page.goto(env.url + '#/agenda');
  await heading(page);
  await page.getByRole('button', { name: '▶ Rozpocznij spotkanie' }).click();
  filled += await fillAll(page);
  assert.ok(filled > 40, `only ${filled} fields filled`);

  for (const hash of ['#/', '#/dane', '#/kontrakt', '#/feedback', '#/agenda', '#/pytania', '#/crm']) {
    await page.goto(env.url + hash);
    await heading(page);
    assert.equal(await page.locator('img[src="x"]').count(), 0, `${hash}: no element made from user text`);
  }
  assert.match(await page.locator('#aktywny-mentee').textContent().then(words), /<img src=x onerror=alert\(1\)>/);
  await page.goto(env.url + '#/kontrakt');
  await heading(page);
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.locator('.contract-doc').textContent().then(words), /Mentee: <img src=x onerror=alert\(1\)>/);
  assert.equal(await page.locator('.contract-doc img').count(), 0);
  await page.emulateMedia({ media: 'screen' });
  await page.goto(env.url + '#/dane');
  await heading(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportuj wszystko' }).click()]);
  const exported = readFileSync(await download.path(), 'utf8');
  const backup = JSON.parse(exported);
  assert.ok(Object.values(backup.entries).some((raw) => JSON.stringify(JSON.parse(raw)).includes(PAYLOAD)), 'the text is in the export as a string');
  assert.deepEqual(dialogs, [], 'nothing ran');
  assert.deepEqual(problems, []);
  await context.close();
});
