// The question deck at phone size: draw all 50 questions (49 cards: a question and its
// follow-up share one) with no repeat, swipe and keys, filters,
// reload mid-deck, favourites and history per mentee.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, SCREENSHOTS, guardedPage, heading, launch, words } from './harness.mjs';

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

const cardText = (page) => page.locator('.qcard .qcard-text').textContent().then(words);
const count = (page) => page.locator('.qcard-count').textContent().then(words);

test('all 50 questions on 49 cards drawn with the button and keys, none repeated, then the deck says so', async () => {
  const { context, page, problems } = await openDeck();
  const seen = new Set();
  const questions = [];
  const look = async () => {
    seen.add(await cardText(page));
    questions.push(...(await page.locator('.qcard .qcard-text p').allTextContents().then((texts) => texts.map(words))));
  };
  await page.getByRole('button', { name: 'Następna karta →' }).click();
  await look();
  assert.equal(await count(page), 'Karta 1 z 49');
  await page.screenshot({ path: `${SCREENSHOTS}/phone-pytania-karta.png` });
  for (let i = 1; i < 49; i++) {
    await page.keyboard.press(i % 2 ? 'ArrowRight' : ' ');
    await look();
  }
  assert.equal(seen.size, 49);
  assert.equal(questions.length, 50);
  assert.equal(new Set(questions).size, 50);
  // The follow-up comes on the card of the question it belongs to, right after it.
  const energy = 'Co daje Ci najwięcej energii w pracy?';
  const drain = 'A co najbardziej Cię tej energii pozbawia?';
  assert.equal(questions.indexOf(drain), questions.indexOf(energy) + 1);
  assert.ok([...seen].some((card) => card === energy + drain));
  assert.equal(await count(page), 'Karta 49 z 49');
  await page.keyboard.press('ArrowRight');
  assert.equal(await count(page), 'Karta 49 z 49', 'nothing more to draw');
  assert.match(await page.locator('[role=status]', { hasText: 'Talia się skończyła' }).textContent().then(words), /wszystkie pytania/);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await count(page), 'Karta 48 z 49');
  assert.equal(await page.locator('[role=status]', { hasText: 'Talia się skończyła' }).count(), 0, 'a card lies ahead again');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.locator('.warning-note').getByRole('button', { name: 'Potasuj talię od nowa', exact: true }).click();
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
  assert.equal(await count(page), 'Karta 1 z 49', 'the empty card takes a swipe too');
  const first = await cardText(page);
  await swipe(-150);
  assert.equal(await count(page), 'Karta 2 z 49');
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
  assert.match(await page.locator('.filters-card summary').textContent().then(words), /1 z 5 · 10 pytań/);
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
    assert.match(await page.locator('.qcard-category').textContent().then(words), /Wyzwania/);
  }
  assert.equal(new Set(seen).size, 10);
  assert.equal(await count(page), 'Karta 10 z 10');
  await page.getByRole('button', { name: 'Następna karta →' }).click();
  await page.locator('[role=status]', { hasText: 'Talia się skończyła' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('favourites and history belong to the mentee, survive a reload and steer the next deck', async () => {
  const { context, page, problems } = await openDeck();
  await page.getByRole('button', { name: 'Następna karta →' }).click();
  const asked = await cardText(page);
  const lead = await page.locator('.qcard .qcard-text p').first().textContent().then(words);
  const onCard = await page.locator('.qcard .qcard-text p').count();
  await page.getByRole('button', { name: '☆ Do ulubionych' }).click();
  await page.getByRole('button', { name: 'Oznacz jako zadane' }).click();
  assert.match(await page.locator('.qcard-marks').textContent().then(words), /zadane już w tym mentoringu/);
  // The note is a multi-line field right under the card.
  const note = page.getByLabel(/^Notatka z\sodpowiedzi (mentee|na pierwsze pytanie)$/);
  assert.equal(await note.evaluate((el) => el.tagName), 'TEXTAREA');
  const cardBox = await page.locator('.qcard').boundingBox();
  const noteBox = await note.boundingBox();
  assert.ok(noteBox.y > cardBox.y + cardBox.height && noteBox.y - (cardBox.y + cardBox.height) < 80, `note ${noteBox.y - cardBox.y - cardBox.height}px under the card`);
  await note.fill('Chce prowadzić zespół.\nZa rok, może dwa.');
  await note.blur();
  await page.screenshot({ path: `${SCREENSHOTS}/phone-pytania-notatka.png` });
  await page.getByLabel(/Szukaj/).fill('sie');
  assert.ok((await page.locator('.browse li').count()) > 3);
  assert.ok((await page.locator('.browse li').allTextContents().then((texts) => texts.map(words))).every((t) => /się|sie/i.test(t)));
  await page.reload();
  await heading(page);
  assert.match(await page.locator('.favourites').textContent().then(words), new RegExp(lead.replace(/[?()]/g, '.')));
  assert.equal(await note.inputValue(), 'Chce prowadzić zespół.\nZa rok, może dwa.');
  const inHistory = page.locator('.history-entry', { hasText: lead }).getByLabel('Notatka z odpowiedzi', { exact: true });
  assert.equal(await inHistory.inputValue(), 'Chce prowadzić zespół.\nZa rok, może dwa.');
  assert.match(await page.locator('.history-entry').first().textContent().then(words), /\d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia) \d{4}/);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-pytania-historia.png`, fullPage: true });
  // A new deck for the same mentee (the next meeting) leaves the asked card out: it holds
  // 48 cards, and none of them is that one.
  await page.locator('.filters-card summary').click();
  await page.locator('.filters-card').getByRole('button', { name: 'Potasuj talię od nowa', exact: true }).click();
  assert.match(await page.locator('.qcard-empty').textContent().then(words), /W talii: 48 kart\./);
  await page.getByRole('button', { name: 'Następna karta →' }).click();
  assert.equal(await count(page), 'Karta 1 z 48');
  assert.notEqual(await cardText(page), asked);
  for (let i = 1; i < 48; i++) {
    await page.keyboard.press('ArrowRight');
    assert.notEqual(await cardText(page), asked);
  }
  assert.equal(await count(page), 'Karta 48 z 48');
  await page.locator('[role=status]', { hasText: 'Talia się skończyła' }).waitFor();
  // Another mentee starts with a fresh history and no favourites.
  await page.goto(env.url + '#/dane');
  await page.getByLabel('Nowy mentee').fill('Ola');
  await page.getByRole('button', { name: 'Dodaj' }).click();
  await page.goto(env.url + '#/pytania');
  await heading(page);
  assert.match(await page.locator('#ulubione').textContent().then(words), /Ulubione \(0\)/);
  assert.equal(await page.locator('.history-entry').count(), 0);
  assert.equal(await page.locator('.qcard-empty').count(), 1);
  await page.locator('#aktywny-mentee').selectOption({ label: 'Osoba mentorowana' });
  assert.equal(await page.locator('.history-entry').count(), onCard, 'both questions of a pair are asked');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the printed cards come eight to an A4 page, with nothing else on the sheet', async () => {
  const { context, page, problems } = await openDeck();
  await page.evaluate(() => document.documentElement.classList.add('printing-cards'));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.print-card').count(), 49);
  assert.equal(await page.locator('.print-card-text').count(), 50);
  assert.equal(await page.locator('nav.nav').isVisible(), false);
  assert.equal(await page.locator('.qcard').isVisible(), false);
  const pdf = await page.pdf({ format: 'A4', path: `${SCREENSHOTS}/pytania-karty.pdf` });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  assert.equal(pages.length, 7, '49 cards at 8 a page');
  assert.deepEqual(problems, []);
  await context.close();
});
