// The question deck at phone size: draw all 50 with no repeat, swipe and keys, filters,
// reload mid-deck, favourites and history per mentee.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, SCREENSHOTS, guardedPage, heading, launch } from './harness.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

async function openDeck() {
  const context = await env.browser.newContext({ viewport: PHONE, locale: 'pl-PL', hasTouch: true });
  const guarded = await guardedPage(context, env.origin);
  await guarded.page.goto(env.url + '#/pytania');
  assert.equal(await heading(guarded.page), 'Pytania otwarcia');
  return { context, ...guarded };
}

const cardText = (page) => page.locator('.qcard .qcard-text').textContent();
const count = (page) => page.locator('.qcard-count').textContent();

test('all 50 drawn with the button and keys, none repeated, then the deck says so', async () => {
  const { context, page, problems } = await openDeck();
  const seen = new Set();
  await page.getByRole('button', { name: 'Następna karta →' }).click();
  seen.add(await cardText(page));
  assert.equal(await count(page), '1 / 50');
  await page.screenshot({ path: `${SCREENSHOTS}/phone-pytania-karta.png` });
  for (let i = 1; i < 50; i++) {
    await page.keyboard.press(i % 2 ? 'ArrowRight' : ' ');
    seen.add(await cardText(page));
  }
  assert.equal(seen.size, 50);
  assert.equal(await count(page), '50 / 50');
  await page.keyboard.press('ArrowRight');
  assert.equal(await count(page), '50 / 50', 'nothing more to draw');
  assert.match(await page.locator('[role=status]', { hasText: 'Talia się skończyła' }).textContent(), /wszystkie pytania/);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await count(page), '49 / 50');
  assert.equal(await page.locator('[role=status]', { hasText: 'Talia się skończyła' }).count(), 0, 'a card lies ahead again');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'Potasuj od nowa' }).click();
  assert.equal(await page.locator('.qcard-empty').count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('swipe left draws, swipe right goes back, with a finger from the first card on', async () => {
  const { context, page, problems } = await openDeck();
  // Real touch input through the DevTools protocol: the browser turns it into touch
  // pointer events, as on a phone (a mouse drag would not prove that).
  const cdp = await context.newCDPSession(page);
  const swipe = async (dx) => {
    const box = await page.locator('.qcard').boundingBox();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let step = 1; step <= 5; step++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * step) / 5, y }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  assert.equal(await page.locator('.qcard-empty').count(), 1);
  await swipe(-150);
  assert.equal(await count(page), '1 / 50', 'the empty card takes a swipe too');
  const first = await cardText(page);
  await swipe(-150);
  assert.equal(await count(page), '2 / 50');
  assert.notEqual(await cardText(page), first);
  await swipe(150);
  assert.equal(await cardText(page), first);
  await swipe(-20);
  assert.equal(await cardText(page), first, 'a short move is not a swipe');
  assert.deepEqual(problems, []);
  await context.close();
});

test('one category gives exactly its 10; a reload mid-deck continues without repeats', async () => {
  const { context, page, problems } = await openDeck();
  await page.locator('.filters-card summary').click();
  for (const name of ['Pytania na rozpoczęcie i budowanie relacji', 'Pytania o cele i aspiracje', 'Pytania o mocne strony i zasoby', 'Pytania pogłębiające i refleksyjne']) {
    await page.getByLabel(name).uncheck();
  }
  assert.match(await page.locator('.filters-card summary').textContent(), /1 z 5 · 10 pytań/);
  const seen = [];
  for (let i = 0; i < 4; i++) {
    await page.getByRole('button', { name: 'Następna karta →' }).click();
    seen.push(await cardText(page));
  }
  await page.reload();
  await heading(page);
  assert.equal(await cardText(page), seen[3]);
  for (let i = 4; i < 10; i++) {
    await page.getByRole('button', { name: 'Następna karta →' }).click();
    seen.push(await cardText(page));
    assert.match(await page.locator('.qcard-category').textContent(), /Wyzwania/);
  }
  assert.equal(new Set(seen).size, 10);
  assert.equal(await count(page), '10 / 10');
  await page.getByRole('button', { name: 'Następna karta →' }).click();
  await page.locator('[role=status]', { hasText: 'Talia się skończyła' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('favourites and history belong to the mentee, survive a reload and steer the next deck', async () => {
  const { context, page, problems } = await openDeck();
  await page.getByRole('button', { name: 'Następna karta →' }).click();
  const asked = await cardText(page);
  await page.getByRole('button', { name: '☆ Do ulubionych' }).click();
  await page.getByRole('button', { name: 'Oznacz jako zadane' }).click();
  assert.match(await page.locator('.qcard-marks').textContent(), /zadane temu mentee/);
  await page.getByLabel('Odpowiedź w jednym zdaniu').fill('Chce prowadzić zespół.');
  await page.getByLabel('Odpowiedź w jednym zdaniu').blur();
  await page.getByLabel(/Szukaj/).fill('sie');
  assert.ok((await page.locator('.browse li').count()) > 3);
  assert.ok((await page.locator('.browse li').allTextContents()).every((t) => /się|sie/i.test(t)));
  await page.reload();
  await heading(page);
  assert.match(await page.locator('.favourites').textContent(), new RegExp(asked.replace(/[?()]/g, '.')));
  assert.equal(await page.getByLabel('Odpowiedź w jednym zdaniu').inputValue(), 'Chce prowadzić zespół.');
  await page.screenshot({ path: `${SCREENSHOTS}/phone-pytania-historia.png`, fullPage: true });
  // A new deck for the same mentee (the next meeting) leaves the asked question out: it holds
  // 49 cards, and none of them is that one.
  await page.locator('.filters-card summary').click();
  await page.getByRole('button', { name: 'Nowa talia' }).click();
  assert.match(await page.locator('.qcard-empty').textContent(), /W talii: 49 pytań\./);
  await page.getByRole('button', { name: 'Następna karta →' }).click();
  assert.equal(await count(page), '1 / 49');
  assert.notEqual(await cardText(page), asked);
  for (let i = 1; i < 49; i++) {
    await page.keyboard.press('ArrowRight');
    assert.notEqual(await cardText(page), asked);
  }
  assert.equal(await count(page), '49 / 49');
  await page.locator('[role=status]', { hasText: 'Talia się skończyła' }).waitFor();
  // Another mentee starts with a fresh history and no favourites.
  await page.goto(env.url + '#/dane');
  await page.getByLabel('Nowy mentee').fill('Ola');
  await page.getByRole('button', { name: 'Dodaj' }).click();
  await page.goto(env.url + '#/pytania');
  await heading(page);
  assert.match(await page.locator('#ulubione').textContent(), /Ulubione \(0\)/);
  assert.equal(await page.locator('.history-entry').count(), 0);
  assert.equal(await page.locator('.qcard-empty').count(), 1);
  await page.locator('#aktywny-mentee').selectOption({ label: 'Mój mentee' });
  assert.equal(await page.locator('.history-entry').count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the printed cards come eight to an A4 page, with nothing else on the sheet', async () => {
  const { context, page, problems } = await openDeck();
  await page.evaluate(() => document.documentElement.classList.add('printing-cards'));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.print-card').count(), 50);
  assert.equal(await page.locator('nav.nav').isVisible(), false);
  assert.equal(await page.locator('.qcard').isVisible(), false);
  const pdf = await page.pdf({ format: 'A4', path: `${SCREENSHOTS}/pytania-karty.pdf` });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  assert.equal(pages.length, 7, '50 cards at 8 a page');
  assert.deepEqual(problems, []);
  await context.close();
});
