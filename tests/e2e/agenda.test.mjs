// The agenda timer, driven by Playwright's fake clock: time comes from timestamps, so it must
// survive reloads and sleeping tabs exactly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { PHONE, SCREENSHOTS, guardedPage, heading, launch, words } from './harness.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const START = new Date('2026-11-27T10:00:00');

async function openAgenda({ viewport = PHONE, colorScheme = 'light' } = {}) {
  const context = await env.browser.newContext({ viewport, colorScheme, locale: 'pl-PL' });
  const guarded = await guardedPage(context, env.origin);
  // Counts the sound contexts the app opens and how often it asks to start them (a browser
  // allows sound only when that is asked in a tap). The app may open one ahead of the tap.
  await guarded.page.addInitScript(() => {
    window.__audioContexts = 0;
    window.__audioResumes = 0;
    const Original = window.AudioContext;
    window.AudioContext = class extends Original {
      constructor(...args) {
        super(...args);
        window.__audioContexts += 1;
      }
      resume() {
        window.__audioResumes += 1;
        return super.resume();
      }
    };
  });
  await guarded.page.clock.install({ time: START });
  await guarded.page.goto(env.url + '#/agenda');
  assert.equal(await heading(guarded.page), 'Agenda pierwszego spotkania');
  return { context, ...guarded };
}

const clockText = (page) => page.locator('.timer-time').textContent().then(words);
const position = (page) => page.locator('.timer-position').textContent().then(words);

/// Auto-advance is a choice in the timer's settings (off by default).
async function turnOnAutoAdvance(page) {
  await page.locator('.settings > summary').click();
  await page.getByLabel('Przechodź do następnego bloku, gdy skończy się czas').check();
  await page.locator('.settings > summary').click();
}

/// „Zakończ spotkanie” asks first; this answers yes.
async function finishMeeting(page) {
  await page.getByRole('button', { name: '✓ Zakończ spotkanie i zapisz podsumowanie' }).click();
  await page.getByRole('alertdialog', { name: 'Zakończyć spotkanie?' }).getByRole('button', { name: 'Tak, zakończ' }).click();
}

test('start, five minutes pass, reload: block 1 still has 10:00 left', async () => {
  const { context, page, problems } = await openAgenda();
  await page.getByRole('button', { name: '▶ Rozpocznij spotkanie' }).click();
  assert.equal(await clockText(page), '15:00');
  await page.clock.fastForward('05:00');
  assert.equal(await clockText(page), '10:00');
  // The time of day stands still across the reload (timers keep running), so a slow reload on
  // a busy machine cannot tick a second off: the claim is that the reload itself loses nothing.
  await page.clock.setFixedTime(new Date(await page.evaluate(() => Date.now())));
  await page.reload();
  await heading(page);
  assert.equal(await clockText(page), '10:00');
  assert.match(await page.locator('.timer-position').textContent().then(words), /^Blok 1 z 5$/);
  assert.match(await page.locator('.timer-title').textContent().then(words), /Przełamanie lodów/);
  assert.match(await page.locator('.overview-line').textContent().then(words), /Minęło 05:00 z 70:00 · koniec ok\. 11:10/);
  await page.getByRole('link', { name: /Otwórz pytania otwarcia/ }).waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/phone-agenda-blok.png`, fullPage: true });
  // After the reload nobody pressed Start or Resume: the first tap anywhere turns sound on.
  const audio = () => page.evaluate(() => [window.__audioContexts, window.__audioResumes]);
  assert.ok((await audio())[0] <= 1, 'at most one context, opened ahead');
  assert.equal((await audio())[1], 0, 'not started without a tap');
  await page.locator('.overview-line').click();
  assert.deepEqual(await audio(), [1, 1]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('auto-advance through every block into overtime, with the end time moving', async () => {
  const { context, page, problems } = await openAgenda();
  await page.getByRole('button', { name: '▶ Rozpocznij spotkanie' }).click();
  await turnOnAutoAdvance(page);
  await page.clock.fastForward('15:00');
  assert.match(await page.locator('.timer-position').textContent().then(words), /^Blok 2 z 5/);
  assert.equal(await clockText(page), '10:00');
  assert.match(await page.locator('[aria-live=assertive]').textContent().then(words), /Czas minął\. Blok 2: Omówienie roli mentora i mentee\./);
  // The mentor finishes the sentence and goes back: the 1:30 since the hand-over was block 1's.
  await page.clock.fastForward('01:30');
  await page.getByRole('button', { name: '◀ Poprzedni' }).click();
  assert.match(await position(page), /^Blok 1 z 5/);
  assert.equal(await clockText(page), '+01:30');
  assert.equal(
    await page.locator('.timer-notice').textContent().then(words),
    'Czas od automatycznego przejścia (01:30) wrócił do bloku 1 – wtedy jeszcze o nim rozmawialiście.',
  );
  // A block the mentor came back to is not handed over again.
  await page.clock.fastForward('01:00');
  assert.match(await position(page), /^Blok 1 z 5/);
  assert.equal(await clockText(page), '+02:30');
  await page.getByRole('button', { name: 'Następny ▶' }).click();
  assert.equal(await page.locator('.timer-notice').textContent().then(words), '');
  assert.equal(await clockText(page), '10:00', 'block 2 starts with its whole time');
  await page.clock.fastForward('08:00');
  assert.match(await page.locator('.timer').getAttribute('class'), /is-warning/);
  assert.match(await page.locator('.timer-phase').textContent().then(words), /kończy się czas/);
  await page.clock.fastForward('49:15');
  assert.match(await page.locator('.timer-position').textContent().then(words), /^Blok 5 z 5/);
  assert.equal(await clockText(page), '+02:15');
  assert.match(await page.locator('.timer').getAttribute('class'), /is-overtime/);
  assert.match(await page.locator('.timer-phase').textContent().then(words), /czas przekroczony/);
  assert.match(await page.locator('.overview-line').textContent().then(words), /koniec ok\. 11:14/);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-agenda-nadgodziny.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a pause holds across a reload; +5 min and next move the plan', async () => {
  const { context, page, problems } = await openAgenda();
  await page.getByRole('button', { name: '▶ Rozpocznij spotkanie' }).click();
  await page.clock.fastForward('03:00');
  await page.getByRole('button', { name: '‖ Pauza' }).click();
  await page.reload();
  await heading(page);
  await page.clock.fastForward('10:00');
  assert.equal(await clockText(page), '12:00');
  assert.match(await page.locator('.timer-position').textContent().then(words), /pauza/);
  await page.getByRole('button', { name: '▶ Wznów' }).click();
  await page.clock.fastForward('01:00');
  assert.equal(await clockText(page), '11:00');
  await page.getByRole('button', { name: '+5 min' }).click();
  assert.equal(await clockText(page), '16:00');
  await page.getByRole('button', { name: 'Następny ▶' }).click();
  assert.match(await page.locator('.timer-position').textContent().then(words), /^Blok 2 z 5/);
  assert.equal(await clockText(page), '10:00');
  await page.getByRole('button', { name: '◀ Poprzedni' }).click();
  assert.equal(await clockText(page), '16:00');
  // Skipping an upcoming block takes it out of the plan and the projected end.
  await page.getByRole('button', { name: 'Pomiń blok 3' }).click();
  assert.match(await page.locator('.overview-line').textContent().then(words), /z 50:00/);
  await page.getByRole('button', { name: 'Przywróć blok 3' }).click();
  assert.match(await page.locator('.overview-line').textContent().then(words), /z 75:00/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('edit, reorder, validate and restore the agenda', async () => {
  const { context, page, problems } = await openAgenda();
  await page.locator('.editor-summary').click();
  await page.getByLabel('Blok 2: tytuł').waitFor();
  await page.locator('#blok-2-minuty').fill('20');
  await page.locator('#blok-2-minuty').blur();
  await page.locator('.editor .summary-line', { hasText: 'Razem 80 min z 70 min spotkania' }).waitFor();
  assert.match(await page.locator('.warning-note').textContent().then(words), /o 10 min dłużej/);
  await page.locator('#blok-3-minuty').fill('pół godziny');
  await page.locator('#blok-3-minuty').blur();
  assert.match(await page.locator('#blok-3-minuty-blad').textContent().then(words), /„pół godziny” to nie liczba minut/);
  assert.equal(await page.locator('#blok-3-minuty').getAttribute('aria-invalid'), 'true');
  await page.getByRole('button', { name: 'Przesuń blok 5 wyżej' }).click();
  assert.equal(await page.getByLabel('Blok 4: tytuł').inputValue(), 'Podsumowanie i plan na kolejne spotkanie');
  await page.getByLabel('Blok 1: tytuł').fill('Powitanie');
  await page.getByLabel('Blok 1: tytuł').blur();
  // Other edits redraw the editor; the refused text and its message stay where they were typed.
  assert.equal(await page.locator('#blok-3-minuty').inputValue(), 'pół godziny');
  assert.match(await page.locator('#blok-3-minuty-blad').textContent().then(words), /„pół godziny” to nie liczba minut/);
  // Moving that block takes its draft along.
  await page.getByRole('button', { name: 'Przesuń blok 3 niżej' }).click();
  assert.equal(await page.locator('#blok-4-minuty').inputValue(), 'pół godziny');
  assert.equal(await page.locator('#blok-3-minuty').inputValue(), '5');
  await page.getByRole('button', { name: 'Przesuń blok 4 wyżej' }).click();
  await page.locator('#blok-3-minuty').fill('25');
  await page.locator('#blok-3-minuty').blur();
  assert.equal(await page.locator('#blok-3-minuty-blad').textContent().then(words), '');
  assert.equal(await page.locator('#blok-3-minuty').getAttribute('aria-invalid'), null);
  await page.reload();
  await heading(page);
  assert.match(await page.locator('.blocks > li').first().textContent().then(words), /Powitanie/);
  assert.match(await page.locator('.blocks > li').nth(3).textContent().then(words), /Podsumowanie i plan/);
  await page.locator('.editor-summary').click();
  await page.getByRole('button', { name: 'Usuń blok 1' }).click();
  assert.equal(await page.locator('.edit-block').count(), 4);
  await page.getByRole('button', { name: 'Przywróć agendę z materiałów' }).click();
  assert.equal(await page.locator('.edit-block').count(), 5);
  await page.locator('.editor .summary-line', { hasText: 'Razem 70 min z 70 min spotkania' }).waitFor();
  await page.getByLabel('Zapisz tę agendę jako szablon').fill('Pierwsze spotkanie');
  await page.getByRole('button', { name: 'Zapisz szablon' }).click();
  assert.match(await page.locator('.templates').textContent().then(words), /Pierwsze spotkanie \(70 min\)/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('finishing saves a summary in the mentee’s log; the pill leads back to a running timer', async () => {
  const { context, page, problems } = await openAgenda();
  await page.getByRole('button', { name: '▶ Rozpocznij spotkanie' }).click();
  // Time stands still from one second after the start, so opening another tool's chunk (real
  // time) does not move the clock the test reads.
  const started = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(new Date(started + 1000));
  await turnOnAutoAdvance(page);
  await page.getByLabel('Notatki do tego bloku').fill('Lubi wspinaczkę, inspiruje ją szefowa.');
  await page.clock.fastForward('17:05');
  await page.getByRole('navigation', { name: 'Narzędzia' }).getByRole('link', { name: 'Pytania' }).click();
  await heading(page);
  const pill = page.locator('.timer-pill');
  assert.match(await pill.textContent().then(words), /Timer 07:54 · blok 2 – wróć/);
  // Block 2 ends while the mentor is on another screen: the pill flashes the news and a live
  // region says it.
  await page.clock.fastForward('07:55');
  await page.locator('.timer-pill.is-flashing').waitFor();
  assert.match(await pill.textContent().then(words), /Czas minął\. Blok 3: Wstępna diagnoza.*Wróć do timera/);
  assert.match(await page.locator('[aria-live=assertive]').textContent().then(words), /Czas minął\. Blok 3: Wstępna diagnoza/);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-pytania-koniec-bloku.png` });
  await page.clock.fastForward('00:05');
  assert.equal(await page.locator('.timer-pill.is-flashing').count(), 0, 'the flash is brief');
  assert.match(await pill.textContent().then(words), /Timer 24:54 · blok 3 – wróć/);
  // Scrolled to the end, the page's last content ends above the pill: nothing stays under it.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const lastBottom = await page.evaluate(() =>
    Math.max(...[...document.querySelectorAll('main > *')].map((el) => el.getBoundingClientRect().bottom)));
  const pillTop = await pill.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(lastBottom <= pillTop, `the page ends at ${lastBottom} px, under the pill at ${pillTop} px`);
  await pill.click();
  assert.equal(await heading(page), 'Agenda pierwszego spotkania');
  await finishMeeting(page);
  const summary = page.locator('.summary').first();
  assert.match(await summary.locator('h3').textContent().then(words), /Spotkanie 27 listopada 2026 · 10:00–10:25/);
  assert.match(await summary.locator('.summary-line').textContent().then(words), /Plan 70 min · faktycznie 25 min · krócej o 45 min/);
  assert.equal(await summary.locator('tbody tr').count(), 5);
  assert.match(await summary.locator('.summary-notes').textContent().then(words), /Blok 1: Lubi wspinaczkę/);
  await page.reload();
  // The start script waits for the first paint (a frame, then a task): the paused clock moves on.
  await page.clock.runFor(50);
  await heading(page);
  assert.equal(await page.locator('.summary').count(), 1);
  await page.locator('.summary').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/phone-agenda-podsumowanie.png`, fullPage: true });

  // A second meeting; printing the first one's summary puts only that summary on paper.
  await page.getByRole('button', { name: '▶ Rozpocznij spotkanie' }).click();
  await page.clock.fastForward('03:00');
  await finishMeeting(page);
  assert.equal(await page.locator('.summary').count(), 2);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => {
    window.print = () => {
      const shown = (el) => el.getClientRects().length > 0;
      window.__printed = {
        summaries: [...document.querySelectorAll('.summary')].filter(shown).map((s) => s.querySelector('h3').textContent),
        others: [...document.querySelectorAll('main > *')].filter((el) => shown(el) && !el.classList.contains('meeting-log')).length,
        heading: shown(document.querySelector('main h1')),
      };
    };
  });
  // The button itself is not printed, so it is out of the accessibility tree in print media.
  await page.locator('.summary').nth(1).locator('button', { hasText: 'Drukuj podsumowanie' }).dispatchEvent('click');
  const printed = async () => {
    const seen = await page.evaluate(() => window.__printed);
    return { ...seen, summaries: seen.summaries.map(words) };
  };
  assert.deepEqual(await printed(), {
    summaries: ['Spotkanie 27 listopada 2026 · 10:00–10:25'],
    others: 0,
    heading: false,
  });
  // On phones print() returns before the page is laid out: the marks stay until the browser
  // reports the print is over.
  assert.equal(await page.locator('.print-this').count(), 1, 'marked while the print is under way');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.locator('.print-this').count(), 0, 'the mark goes after printing');
  assert.equal(await page.evaluate(() => document.documentElement.className), '');
  // Printing the other summary marks only that one.
  await page.locator('.summary').nth(0).locator('button', { hasText: 'Drukuj podsumowanie' }).dispatchEvent('click');
  assert.deepEqual((await printed()).summaries, ['Spotkanie 27 listopada 2026 · 10:25–10:28']);
  // The app's print is over, then the browser's own print (its menu, Ctrl+P) ends too: the
  // second afterprint must find a live handler, not a dropped closure.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.locator('.print-this').count(), 0);
  assert.deepEqual(problems, [], 'no error after the browser prints on its own');
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a first meeting with the default settings leaves a log to trust', async () => {
  const { context, page, problems } = await openAgenda();
  // The mentor's name comes from this mentee's contract.
  await page.goto(env.url + '#/kontrakt');
  await heading(page);
  await page.getByLabel('Mentor (imię i nazwisko)').fill('Jan Kowalski');
  await page.getByLabel('Mentor (imię i nazwisko)').blur();
  await page.goto(env.url + '#/agenda');
  await heading(page);
  await page.getByRole('button', { name: '▶ Rozpocznij spotkanie' }).click();
  // Block 1 runs over: no silent move, the clock counts overtime.
  await page.clock.fastForward('17:00');
  assert.match(await position(page), /^Blok 1 z 5$/);
  assert.equal(await clockText(page), '+02:00');
  assert.match(await page.locator('.timer').getAttribute('class'), /is-overtime/);
  await page.getByRole('button', { name: 'Następny ▶' }).click();
  assert.equal(await clockText(page), '10:00');
  await page.clock.fastForward('03:00');
  // Going back works, and block 2 keeps its 3 minutes.
  await page.getByRole('button', { name: '◀ Poprzedni' }).click();
  assert.match(await position(page), /^Blok 1 z 5$/);
  assert.equal(await clockText(page), '+02:00');
  await page.clock.fastForward('01:00');
  await page.getByRole('button', { name: 'Następny ▶' }).click();
  assert.equal(await clockText(page), '07:00');
  await page.clock.fastForward('07:00');
  await page.getByRole('button', { name: 'Następny ▶' }).click();
  // Block 3 gets five more minutes and uses them all.
  await page.getByRole('button', { name: '+5 min' }).click();
  assert.equal(await clockText(page), '30:00');
  await page.clock.fastForward('30:00');
  await page.getByRole('button', { name: 'Następny ▶' }).click();
  await page.clock.fastForward('15:00');
  await page.getByRole('button', { name: 'Następny ▶' }).click();
  await page.clock.fastForward('05:00');
  // Finishing asks first; „Jeszcze nie” keeps the meeting going.
  await page.getByRole('button', { name: '✓ Zakończ spotkanie i zapisz podsumowanie' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Zakończyć spotkanie?' });
  await page.waitForFunction(() => document.activeElement.textContent.trim() === 'Tak, zakończ');
  await ask.getByRole('button', { name: 'Jeszcze nie' }).click();
  assert.equal(await ask.count(), 0);
  assert.equal(await page.locator('.timer').count(), 1, 'still running');
  assert.equal(await page.locator('.summary').count(), 0);
  await finishMeeting(page);
  // The mentor lands on this meeting's summary, not on the empty start screen.
  const summary = page.locator('.summary').first();
  await summary.waitFor();
  await page.waitForFunction(() => document.activeElement.classList.contains('summary'));
  await page.waitForFunction(() => {
    const box = document.querySelector('.summary h3').getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
  assert.equal(await summary.locator('h3').textContent().then(words), 'Spotkanie 27 listopada 2026 · 10:00–11:18');
  // The first run's stand-in „Osoba mentorowana” is nobody's name: only the contract's mentor is named.
  assert.equal(await summary.locator('.summary-parties').textContent().then(words), 'Mentor: Jan Kowalski');
  assert.equal(await summary.locator('.summary-line').textContent().then(words), 'Plan 70 min + 5 min dodane · faktycznie 78 min · przekroczenie o 3 min');
  const rows = await summary.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.children].map((cell) => cell.textContent.trim())),
  );
  assert.deepEqual(
    rows.map(([title, plan, actual]) => [title.slice(0, 3), words(plan), words(actual)]),
    [
      ['1. ', '15 min', '18 min'],
      ['2. ', '10 min', '10 min'],
      ['3. ', '25 min + 5 min dodane', '30 min'],
      ['4. ', '15 min', '15 min'],
      ['5. ', '5 min', '5 min'],
    ],
  );
  // Only block 1 ran over its plan: block 3 had the 5 minutes added.
  assert.equal(await summary.locator('.bar-over').count(), 1);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-agenda-po-spotkaniu.png` });
  // On paper the summary names both people.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => {
    window.print = () => {};
  });
  await summary.locator('button', { hasText: 'Drukuj podsumowanie' }).dispatchEvent('click');
  assert.equal(await summary.locator('.summary-parties').isVisible(), true);
  await page.pdf({ format: 'A4', path: `${SCREENSHOTS}/agenda-podsumowanie.pdf` });
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(problems, []);
  await context.close();
});

for (const viewport of [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
]) {
  test(`mid-talk controls are on the first screen at ${viewport.width}×${viewport.height}`, async () => {
    const { context, page, problems } = await openAgenda({ viewport });
    await page.getByRole('button', { name: '▶ Rozpocznij spotkanie' }).click();
    const offScreen = async () => {
      const navTop = await page.locator('.nav').evaluate((nav) => nav.getBoundingClientRect().top);
      const missing = [];
      for (const name of [/^(‖ Pauza|▶ Wznów)$/, 'Następny ▶', '◀ Poprzedni', '+1 min', '+5 min']) {
        const box = await page.getByRole('button', { name }).boundingBox();
        if (!box || box.y < 0 || box.y + box.height > navTop || box.x < 0 || box.x + box.width > viewport.width) {
          missing.push(`${name}: ${JSON.stringify(box)} (nav at ${navTop})`);
        }
      }
      return missing;
    };
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    await page.screenshot({ path: `${SCREENSHOTS}/agenda-timer-${viewport.width}x${viewport.height}.png` });
    assert.deepEqual(await offScreen(), []);
    // The longest title, paused.
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Następny ▶' }).click();
    await page.getByRole('button', { name: '‖ Pauza' }).click();
    assert.match(await page.locator('.timer-title').textContent().then(words), /Kontrakt/);
    await page.screenshot({ path: `${SCREENSHOTS}/agenda-timer-pauza-${viewport.width}x${viewport.height}.png` });
    assert.deepEqual(await offScreen(), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`paused and „time running out” are told apart by colour and shape (${colorScheme})`, async () => {
    const { context, page, problems } = await openAgenda({ colorScheme });
    await page.getByRole('button', { name: '▶ Rozpocznij spotkanie' }).click();
    await page.clock.fastForward('12:30');
    const look = () =>
      page.evaluate(() => {
        const timer = document.querySelector('.timer');
        const style = getComputedStyle(timer);
        return {
          background: style.backgroundColor,
          colour: getComputedStyle(document.querySelector('.timer-time')).color,
          border: style.borderTopStyle,
          track: getComputedStyle(document.querySelector('.ring-track')).strokeDasharray,
          phase: document.querySelector('.timer-phase').textContent,
        };
      });
    const warning = await look();
    assert.equal(warning.phase, '⚠ kończy się czas');
    await page.getByRole('button', { name: '‖ Pauza' }).click();
    const paused = await look();
    assert.equal(paused.phase, '‖ pauza');
    assert.notEqual(paused.background, warning.background);
    assert.notEqual(paused.colour, warning.colour);
    assert.equal(warning.border, 'solid');
    assert.equal(paused.border, 'dashed');
    assert.equal(warning.track, 'none');
    assert.notEqual(paused.track, 'none');
    await page.screenshot({ path: `${SCREENSHOTS}/phone-agenda-pauza-${colorScheme}.png` });
    // Both states keep their text readable.
    const axe = async () =>
      (await new AxeBuilder({ page }).include('.timer').withTags(['wcag2a', 'wcag2aa']).analyze()).violations.map((v) => v.id);
    assert.deepEqual(await axe(), []);
    await page.getByRole('button', { name: '▶ Wznów' }).click();
    assert.match(await page.locator('.timer').getAttribute('class'), /is-warning/);
    assert.deepEqual(await axe(), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/// The agenda document of the active mentee as stored (written a moment after each change).
async function storedAgenda(page) {
  await page.clock.runFor(1500);
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.endsWith('/agenda'));
    return JSON.parse(localStorage.getItem(key)).data;
  });
}

test('a later meeting on the app’s template: carried item ticked in block 1, progress on the goals, all in the journal', async () => {
  const { context, page, problems } = await openAgenda();
  // A contract with two goals.
  await page.goto(env.url + '#/kontrakt');
  await heading(page);
  await page.getByLabel('Główny cel współpracy').fill('Przygotowanie do roli liderki zespołu');
  await page.getByLabel('Główny cel współpracy').blur();
  await page.getByRole('button', { name: '+ Dodaj obszar' }).click();
  await page.getByLabel('Obszar 1', { exact: true }).fill('Delegowanie');
  await page.getByLabel('Obszar 1', { exact: true }).blur();
  await page.goto(env.url + '#/agenda');
  await heading(page);

  // First meeting, on the seed's agenda: nothing carried over; an action item in the last block.
  await page.getByRole('button', { name: '▶ Rozpocznij spotkanie' }).click();
  assert.equal(await page.locator('.carried').count(), 0, 'nothing before the first meeting');
  for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: 'Następny ▶' }).click();
  assert.match(await position(page), /^Blok 5 z 5$/);
  const tasks = page.locator('.new-actions');
  await tasks.getByLabel('Co jest do zrobienia').fill('Plan rozmowy z przełożonym');
  await tasks.getByLabel('Do kiedy (opcjonalnie)').fill('2026-11-20');
  await tasks.getByRole('button', { name: 'Dodaj zadanie' }).click();
  assert.equal(
    await page.locator('#nowe-zadanie-termin-blad').textContent().then(words),
    'Termin 20 listopada 2026 jest przed spotkaniem (27 listopada 2026). Wybierz dzień spotkania lub późniejszy.',
  );
  assert.equal(await tasks.getByLabel('Co jest do zrobienia').inputValue(), 'Plan rozmowy z przełożonym', 'nothing typed is lost');
  await tasks.getByLabel('Do kiedy (opcjonalnie)').fill('2026-12-04');
  await tasks.getByRole('button', { name: 'Dodaj zadanie' }).click();
  assert.match(await tasks.locator('.carried-item').textContent().then(words), /Plan rozmowy z przełożonym.*mentee · termin: 4 grudnia 2026/);
  assert.equal(await tasks.getByLabel('Co jest do zrobienia').inputValue(), '', 'the form clears once the item is in');
  await tasks.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/phone-agenda-nowe-zadanie.png` });
  await finishMeeting(page);

  // A fortnight later, on „Spotkanie bieżące”, the app's own template.
  await page.clock.fastForward(14 * 24 * 3600 * 1000);
  await page.reload();
  await page.clock.runFor(50);
  await heading(page);
  assert.match(await page.locator('.start-panel').textContent().then(words), /To agenda pierwszego spotkania\. Na kolejne spotkania są szablony aplikacji/);
  await page.locator('.editor-summary').click();
  const regular = page.locator('.app-templates li', { hasText: 'Spotkanie bieżące' });
  assert.match(await regular.textContent().then(words), /Spotkanie bieżące \(60 min\) szablon aplikacji/);
  await page.locator('.app-templates').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/phone-agenda-szablony-aplikacji.png` });
  await regular.getByRole('button', { name: 'Użyj szablonu „Spotkanie bieżące”' }).click();
  await page.locator('.editor-summary').click();
  // A later meeting does not call itself the first: the heading and intro follow the template.
  assert.equal(await heading(page), 'Agenda spotkania bieżącego');
  assert.match(await page.locator('main .lead').textContent().then(words), /^Kolejne spotkanie: przegląd zadań od ostatniej rozmowy/);
  assert.doesNotMatch(await page.locator('main').textContent().then(words), /Pierwsze spotkanie jest kluczowe/);
  assert.equal(await page.locator('.start-panel .summary-line').textContent().then(words), '4 bloki · razem 60 min');
  await page.getByRole('button', { name: '▶ Rozpocznij spotkanie' }).click();
  assert.match(await page.locator('.timer-title').textContent().then(words), /^Zadania od ostatniego spotkania$/);
  const carried = page.locator('.carried');
  assert.match(await carried.textContent().then(words), /Plan rozmowy z przełożonym/);
  assert.match(await carried.locator('.carried-item').first().textContent().then(words), /po terminie.*termin: 4 grudnia 2026 · ze spotkania 27 listopada 2026/);
  await carried.getByLabel('Plan rozmowy z przełożonym').check();
  assert.ok(await carried.getByLabel('Plan rozmowy z przełożonym').isChecked(), 'stays listed, ticked, during the talk');
  const axe = async (selector) =>
    (await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa']).analyze()).violations.map((v) => v.id);
  assert.deepEqual(await axe('.carried'), []);
  await carried.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/phone-agenda-zadania-z-poprzednich.png` });

  // Block 2 is the goals block: a scale per goal.
  await page.getByRole('button', { name: 'Następny ▶' }).click();
  const goals = page.locator('.goals-progress');
  assert.equal(await goals.locator('fieldset').count(), 2);
  const main = goals.locator('fieldset', { hasText: 'Główny cel: Przygotowanie do roli liderki zespołu' });
  const area = goals.locator('fieldset', { hasText: 'Obszar do rozwoju: Delegowanie' });
  await main.getByLabel('Postęp (0–10)').fill('11');
  await main.getByLabel('Postęp (0–10)').blur();
  assert.equal(await main.locator('.field-error').first().textContent().then(words), '„11” to nie ocena postępu. Wpisz liczbę całkowitą od 0 do 10.');
  assert.equal(await main.getByLabel('Postęp (0–10)').inputValue(), '11', 'what was typed stays');
  await main.getByLabel('Postęp (0–10)').fill('6');
  await main.getByLabel('Postęp (0–10)').blur();
  await main.getByLabel('Krótka notatka').fill('Pierwsza prezentacja za nami');
  await main.getByLabel('Krótka notatka').blur();
  await area.getByLabel('Postęp (0–10)').fill('3');
  await area.getByLabel('Postęp (0–10)').blur();
  assert.equal(await main.locator('.progress-now').textContent().then(words), 'Zapisano: 6/10');
  assert.equal(await main.locator('.field-error').first().textContent().then(words), '');
  assert.deepEqual(await axe('.goals-progress'), []);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `nothing sticks out sideways (${width} px)`);
  await goals.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/phone-agenda-postep.png` });
  // Reloaded mid-meeting, the progress is still there, waiting for the end.
  await page.reload();
  await page.clock.runFor(50);
  await heading(page);
  assert.equal(await page.locator('.goals-progress fieldset').first().locator('.progress-now').textContent().then(words), 'Zapisano: 6/10');
  await finishMeeting(page);

  const doc = await storedAgenda(page);
  assert.equal(doc.run, null);
  assert.deepEqual([doc.pending_progress, doc.pending_actions], [[], []]);
  const [second, first] = doc.log.meetings;
  assert.deepEqual([first.agenda, first.date, second.agenda, second.date], ['Pierwsze spotkanie', '2026-11-27', 'Spotkanie bieżące', '2026-12-11']);
  assert.deepEqual(first.actions.map((a) => [a.what, a.owner, a.due, a.done]), [['Plan rozmowy z przełożonym', 'Mentee', '2026-12-04', '2026-12-11']]);
  assert.deepEqual(second.progress.map((p) => [p.value, p.note]), [[6, 'Pierwsza prezentacja za nami'], [3, '']]);

  // The log shows what the finish dialog promised, and leads to the meeting's record.
  assert.equal(await heading(page), 'Agenda spotkania bieżącego');
  const latest = page.locator('.summary').first();
  const outcome = async (summary) =>
    summary.evaluate((el) => [...el.querySelectorAll('h4')].filter((h) => h.nextElementSibling?.matches('.summary-outcome'))
      .map((h) => [h.textContent, [...h.nextElementSibling.querySelectorAll('li')].map((li) => li.textContent)]))
      .then((groups) => groups.map(([title, lines]) => [words(title), lines.map(words)]));
  assert.deepEqual(await outcome(latest), [
    ['Postęp celów', [
      'Główny cel „Przygotowanie do roli liderki zespołu”: 6/10 – Pierwsza prezentacja za nami',
      'Obszar do rozwoju „Delegowanie”: 3/10',
    ]],
    ['Odhaczone zadania z wcześniejszych spotkań', ['Plan rozmowy z przełożonym – ze spotkania 27 listopada 2026']],
  ]);
  assert.deepEqual(await outcome(page.locator('.summary').nth(1)), [
    ['Nowe zadania', ['Plan rozmowy z przełożonym – mentee · termin: 4 grudnia 2026 · zrobione 11 grudnia 2026']],
  ]);
  const record = latest.getByRole('link', { name: 'Zapis spotkania: notatki, zadania, postęp' });
  assert.equal(await record.getAttribute('href'), `#/przebieg?spotkanie=${second.id}`);
  await latest.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/phone-agenda-dziennik-z-wynikami.png` });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 390, `the log fits the phone (${wide} px)`);
  await record.click();
  await heading(page);
  assert.equal(await page.evaluate(() => location.hash), `#/przebieg?spotkanie=${second.id}`);
  assert.deepEqual(problems, []);
  await context.close();
});
