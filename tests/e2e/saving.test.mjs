// Saving loses nothing although a keystroke no longer writes at once: the write waits a
// moment (one write for a burst of typing) and is made at once when the page is left or hidden.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, guardedPage, heading, launch } from './harness.mjs';

const ROSTER_KEY = 'niezbednik/mentees';
/// How long a changed document waits at most before it is written (`SAVE_DELAY` in src/state).
const SAVE_DELAY_MS = 500;

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/// With the clock paused, the start script's wait for the static shell's first paint (a frame,
/// then a task) needs the clock moved on: 50 ms, a tenth of the delay before a write.
async function bootPaused(page) {
  await page.clock.runFor(50);
  await heading(page);
}

/// The mentor's name as stored in the active mentee's contract, or null.
async function storedMentor(page) {
  return page.evaluate((rosterKey) => {
    const roster = JSON.parse(localStorage.getItem(rosterKey)).data;
    const key = Object.keys(localStorage).find((k) => k.endsWith(`/${roster.active}/kontrakt`));
    return key ? JSON.parse(localStorage.getItem(key)).data.mentor : null;
  }, ROSTER_KEY);
}

/// A phone-sized page on the contract with time standing still (the delayed write cannot happen
/// by itself), where `text` was just typed as the mentor's name and is not stored yet.
async function typedNotYetWritten(text) {
  const context = await env.browser.newContext({ viewport: PHONE, locale: 'pl-PL' });
  const { page, problems } = await guardedPage(context, env.origin);
  await page.clock.install({ time: new Date('2026-11-27T10:00:00') });
  await page.clock.pauseAt(new Date('2026-11-27T10:00:01'));
  await page.goto(env.url + '#/kontrakt');
  await bootPaused(page);
  await page.getByLabel('Mentor (imię i nazwisko)').click();
  await page.keyboard.type(text);
  assert.notEqual(await storedMentor(page), text, 'a keystroke does not write');
  return { context, page, problems };
}

test('typing and reloading at once keeps every letter', async () => {
  const { context, page, problems } = await typedNotYetWritten('Jan Mentor');
  await page.reload();
  await bootPaused(page);
  assert.equal(await page.getByLabel('Mentor (imię i nazwisko)').inputValue(), 'Jan Mentor');
  assert.deepEqual(problems, []);
  await context.close();
});

test('hiding the page writes what was just typed', async () => {
  const { context, page, problems } = await typedNotYetWritten('Ewa');
  // What a phone does when the mentor switches apps or locks the screen.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  assert.equal(await storedMentor(page), 'Ewa');
  assert.deepEqual(problems, []);
  await context.close();
});

test('opening another tool writes what was just typed', async () => {
  const { context, page, problems } = await typedNotYetWritten('Ola');
  await page.getByRole('navigation', { name: 'Narzędzia' }).getByRole('link', { name: 'Pytania' }).click();
  await page.waitForFunction(() => location.hash === '#/pytania');
  assert.equal(await storedMentor(page), 'Ola');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a burst of typing is written within half a second without leaving the page', async () => {
  const { context, page, problems } = await typedNotYetWritten('Iza');
  // Half a second on the page's clock, not a sleep: the write is due at this moment exactly.
  await page.clock.runFor(SAVE_DELAY_MS);
  assert.equal(await storedMentor(page), 'Iza');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a switch to another mentee and straight back finds what was typed', async () => {
  const context = await env.browser.newContext({ viewport: PHONE, locale: 'pl-PL' });
  const { page, problems } = await guardedPage(context, env.origin);
  await page.clock.install({ time: new Date('2026-11-27T10:00:00') });
  await page.goto(env.url + '#/dane');
  await heading(page);
  for (const name of ['Ola', 'Zosia']) {
    await page.getByLabel('Nowy mentee').fill(name);
    await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
  }
  await page.clock.pauseAt(new Date('2026-11-27T10:05:00'));
  await page.goto(env.url + '#/kontrakt');
  await heading(page);
  const switcher = page.locator('#aktywny-mentee');
  await switcher.selectOption({ label: 'Ola' });
  await page.getByLabel('Mentor (imię i nazwisko)').click();
  await page.keyboard.type('Jan');
  await switcher.selectOption({ label: 'Zosia' });
  assert.equal(await page.getByLabel('Mentor (imię i nazwisko)').inputValue(), '');
  await switcher.selectOption({ label: 'Ola' });
  assert.equal(await page.getByLabel('Mentor (imię i nazwisko)').inputValue(), 'Jan');
  assert.equal(await storedMentor(page), 'Jan');
  assert.deepEqual(problems, []);
  await context.close();
});
