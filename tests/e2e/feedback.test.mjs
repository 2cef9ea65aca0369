// The feedback companion at phone size: ticks and the SBI composer kept across a reload,
// the wording guard, the script view, and a due follow-up on the start page.
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

test('prepare, compose and script a feedback conversation; the follow-up comes due', async () => {
  const context = await env.browser.newContext({ viewport: PHONE, locale: 'pl-PL' });
  const { page, problems } = await guardedPage(context, env.origin);
  await page.clock.install({ time: new Date('2026-11-20T09:00:00') });
  await page.goto(env.url + '#/feedback');
  assert.equal(await heading(page), 'Feedback krok po kroku');
  await page.getByRole('button', { name: '+ Nowa rozmowa' }).click();

  await page.getByLabel('Zbierz konkretne przykłady').check();
  await page.getByLabel('Określ cel feedbacku').check();
  await page.getByRole('button', { name: '+ Dodaj przykład' }).click();
  await page.getByLabel('Przykład 1', { exact: true }).fill('Wtorek: trzy przerwania Ewie na spotkaniu zespołu');
  await page.getByLabel(/Cel feedbacku/).fill('Żeby Tomek dawał innym dokończyć myśl');
  await page.getByLabel('Stosuj model SBI (Situation-Behavior-Impact)').check();
  await page.getByLabel(/Sytuacja: kiedy i\sgdzie/).fill('Na wtorkowym spotkaniu zespołu');
  await page.getByLabel(/Zachowanie: co konkretnie/).fill('zawsze przerywasz, jesteś nieodpowiedzialny');
  const hints = page.locator('.hints').first();
  assert.match(await hints.textContent().then(words), /„zawsze” uogólnia/);
  assert.match(await hints.textContent().then(words), /„nieodpowiedzialny” ocenia osobę/);
  await page.getByLabel(/Zachowanie: co konkretnie/).fill('przerwałeś Ewie trzy razy');
  assert.equal(await page.locator('.hints').count(), 0);
  await page.getByLabel(/Wpływ: na Ciebie/).fill('jej pomysł nie został wysłuchany');
  // The mentor's words stay as typed: a name opening the behaviour keeps its capital.
  await page.getByLabel(/Zachowanie: co konkretnie/).fill('Ewie przerwałeś trzy razy');
  assert.match(await page.locator('.draft').textContent().then(words), /zespołu Ewie przerwałeś trzy razy, poczułem\/am się …, bo jej pomysł/);
  await page.getByLabel(/Zachowanie: co konkretnie/).fill('przerwałeś Ewie trzy razy');
  // The I-message names a feeling, in the form the mentor chooses.
  await page.getByLabel('Twoje uczucie', { exact: false }).fill('że mnie nie słuchasz');
  assert.match(await page.locator('.hints', { hasText: 'nie uczucie' }).textContent().then(words), /Nazwij uczucie, np\. „zaniepokojony\/a”/);
  await page.getByLabel('Jak mówisz o sobie').selectOption('k');
  await page.getByRole('button', { name: 'zawiedziona', exact: true }).click();
  assert.equal(await page.getByLabel('Twoje uczucie', { exact: false }).inputValue(), 'zawiedziona');
  await page.locator('.feelings').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/phone-feedback-uczucie.png` });
  assert.equal(await page.locator('.hints').count(), 0);
  assert.match(
    await page.locator('.draft').textContent().then(words),
    /Kiedy na wtorkowym spotkaniu zespołu przerwałeś Ewie trzy razy, poczułam się zawiedziona, bo jej pomysł nie został wysłuchany\./,
  );
  await page.getByRole('button', { name: 'Wstaw szkic do komunikatu' }).click();
  assert.match(await page.getByLabel('Komunikat „Ja” (do edycji)').inputValue(), /^Kiedy na wtorkowym/);
  await page.getByLabel('Fakty: co dokładnie było widać lub słychać').fill('Trzy razy zabrałeś głos, zanim Ewa skończyła.');
  await page.getByLabel('Twoja interpretacja').fill('Może chce przyspieszyć spotkanie.');
  await page.getByLabel('Odpowiedź mentee (notatki)').fill('Nie zauważył tego; chce spróbować notować.');
  await page.getByLabel(/Przyszłość/).fill('Na następnym spotkaniu notuje pytania i zadaje je na końcu.');
  await page.getByLabel(/Mocne strony na zakończenie/).fill('Świetnie zna produkt i ma dobre pomysły.');
  await page.getByRole('button', { name: '+ Dodaj krok' }).click();
  await page.getByLabel('Krok 1', { exact: true }).fill('Poprowadzi jedno spotkanie jako moderator');
  await page.getByLabel('Kto').selectOption('mentee');
  await page.getByLabel('Do kiedy').fill('2026-11-26');
  await page.getByLabel('Termin sprawdzenia efektów').fill('2026-11-27');
  await page.getByLabel(/Wsparcie: „Jak mogę Ci pomóc/).fill('Raz w tygodniu krótka rozmowa po spotkaniu zespołu.');
  assert.match(await page.locator('#w-trakcie .chip').textContent().then(words), /^1 z 7$/);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-feedback-kompozytor.png`, fullPage: true });

  await page.reload();
  await heading(page);
  assert.equal(await page.getByLabel('Zbierz konkretne przykłady').isChecked(), true);
  assert.equal(await page.getByLabel(/Zachowanie: co konkretnie/).inputValue(), 'przerwałeś Ewie trzy razy');
  assert.equal(await page.getByLabel('Krok 1', { exact: true }).inputValue(), 'Poprowadzi jedno spotkanie jako moderator');
  assert.match(await page.locator('#przed .chip').textContent().then(words), /^2 z 4$/);
  // Everything typed comes back, not only a sample.
  const kept = {
    'Przykład 1': 'Wtorek: trzy przerwania Ewie na spotkaniu zespołu',
    'Sytuacja: kiedy i gdzie': 'Na wtorkowym spotkaniu zespołu',
    'Wpływ: na Ciebie': 'jej pomysł nie został wysłuchany',
    'Komunikat „Ja” (do edycji)': 'Kiedy na wtorkowym spotkaniu zespołu przerwałeś Ewie trzy razy, poczułam się zawiedziona, bo jej pomysł nie został wysłuchany.',
    'Twoje uczucie': 'zawiedziona',
    'Fakty: co dokładnie było widać lub słychać': 'Trzy razy zabrałeś głos, zanim Ewa skończyła.',
    'Twoja interpretacja': 'Może chce przyspieszyć spotkanie.',
    'Odpowiedź mentee (notatki)': 'Nie zauważył tego; chce spróbować notować.',
    'Przyszłość': 'Na następnym spotkaniu notuje pytania i zadaje je na końcu.',
    'Mocne strony na zakończenie': 'Świetnie zna produkt i ma dobre pomysły.',
    'Do kiedy': '2026-11-26',
    'Termin sprawdzenia efektów': '2026-11-27',
    'Wsparcie: „Jak mogę Ci pomóc': 'Raz w tygodniu krótka rozmowa po spotkaniu zespołu.',
  };
  for (const [label, value] of Object.entries(kept)) {
    const field = label.startsWith('Przykład') ? page.getByLabel(label, { exact: true }) : page.getByLabel(new RegExp('^' + label.replace(/[()]/g, '.').replace(/ /g, '\\s')));
    assert.equal(await field.inputValue(), value, label);
  }
  assert.equal(await page.getByLabel('Kto').inputValue(), 'mentee');
  assert.equal(await page.getByLabel(/Cel feedbacku/).inputValue(), 'Żeby Tomek dawał innym dokończyć myśl');

  await page.getByRole('button', { name: 'Skrypt rozmowy (duży tekst)' }).click();
  const script = page.locator('.script');
  assert.match(await script.textContent().then(words), /Czy to dobry moment/);
  assert.match(await script.textContent().then(words), /Kiedy na wtorkowym spotkaniu zespołu przerwałeś Ewie trzy razy/);
  assert.match(await script.textContent().then(words), /„Zauważyłam, że trzy razy zabrałeś głos, zanim Ewa skończyła\. Jak to wygląda z Twojej strony\?”/);
  assert.match(await script.textContent().then(words), /Twoja interpretacja, do sprawdzenia z mentee: Może chce przyspieszyć spotkanie\./);
  // The script goes on to the agreed steps and the support offered.
  assert.equal(await script.locator('.script-step', { hasText: '9. Kolejne kroki' }).count(), 1);
  assert.deepEqual(await script.locator('.script-list li').allTextContents().then((texts) => texts.map(words)), [
    'Poprowadzi jedno spotkanie jako moderator (mentee, do 26 listopada 2026)',
    'Raz w tygodniu krótka rozmowa po spotkaniu zespołu.',
  ]);
  assert.match(await script.textContent().then(words), /Sprawdzenie efektów: 27 listopada 2026\./);
  assert.match(await script.textContent().then(words), /10\. Wsparcie„Jak mogę Ci pomóc w realizacji tego planu\?”/);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-feedback-skrypt.png`, fullPage: true });
  await page.getByRole('button', { name: '← Wróć do przygotowania' }).click();

  // A week later the follow-up is due and shows on the start page; a newer conversation
  // has started meanwhile, and the link still opens the one that is due.
  await page.clock.setSystemTime(new Date('2026-11-27T09:00:00'));
  await page.reload();
  await heading(page);
  await page.getByRole('button', { name: '+ Nowa rozmowa' }).click();
  await page.getByLabel(/Cel feedbacku/).fill('Inna rozmowa');
  await page.goto(env.url + '#/');
  await heading(page);
  assert.match(await page.locator('.due li').first().textContent().then(words), /^Osoba mentorowana: Rozmowa z 20 listopada 2026: Żeby Tomek.*sprawdź efekty dziś \(27 listopada 2026\)$/);
  await page.getByRole('link', { name: /^Osoba mentorowana: Rozmowa z 20 listopada 2026/ }).click();
  await heading(page);
  assert.equal(await page.getByLabel('Krok 1', { exact: true }).inputValue(), 'Poprowadzi jedno spotkanie jako moderator');
  assert.equal(await page.getByLabel(/Cel feedbacku/).inputValue(), 'Żeby Tomek dawał innym dokończyć myśl');
  await page.getByLabel('Zrobione').check();
  await page.getByLabel('Zaobserwowane postępy').fill('Dwa razy sam poprosił Ewę o dokończenie.');
  await page.getByRole('button', { name: 'Efekty sprawdzone – zamknij' }).click();
  assert.match(await page.locator('#po').locator('..').textContent().then(words), /Efekty sprawdzone 27 listopada 2026\./);
  await page.goto(env.url + '#/');
  await heading(page);
  assert.equal(await page.locator('.due').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the start page lists every mentee\'s follow-ups, due first, then soon; one opens its mentee', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'pl-PL' });
  const { page, problems } = await guardedPage(context, env.origin);
  await page.clock.install({ time: new Date('2026-11-27T09:00:00') });
  const conversation = async (mentee, goal, followUp) => {
    await page.goto(env.url + '#/dane');
    await heading(page);
    await page.getByLabel('Nowy mentee').fill(mentee);
    await page.getByRole('button', { name: 'Dodaj' }).click();
    await page.goto(env.url + '#/feedback');
    await heading(page);
    await page.getByRole('button', { name: '+ Nowa rozmowa' }).click();
    await page.getByLabel(/Cel feedbacku/).fill(goal);
    await page.getByLabel('Termin sprawdzenia efektów').fill(followUp);
  };
  await conversation('Anna', 'Terminy raportów', '2026-11-30');
  await conversation('Bartek', 'Przerywanie na spotkaniach', '2026-11-25');
  await conversation('Celina', 'Za miesiąc', '2026-12-20');
  // Celina is active; the start page still shows Anna's and Bartek's.
  await page.goto(env.url + '#/');
  await heading(page);
  // The follow-ups come in a chunk of their own, fetched once feedback is saved.
  await page.locator('.due li').first().waitFor();
  const items = await page.locator('.due li').allTextContents().then((texts) => texts.map(words));
  assert.deepEqual(items, [
    'Bartek: Rozmowa z 27 listopada 2026: Przerywanie na spotkaniachsprawdzenie efektów spóźnione o 2 dni (25 listopada 2026)',
    'Anna: Rozmowa z 27 listopada 2026: Terminy raportówsprawdź efekty za 3 dni (30 listopada 2026)',
  ]);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-360-start-follow-upy.png`, fullPage: true });
  const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the list scrolls sideways by ${overflow}px at 360 px`);
  await page.getByRole('link', { name: /^Anna: / }).click();
  assert.equal(await heading(page), 'Feedback krok po kroku');
  assert.equal(await page.locator('#aktywny-mentee option:checked').textContent().then(words), 'Anna');
  assert.equal(await page.getByLabel(/Cel feedbacku/).inputValue(), 'Terminy raportów');
  // The conversation rides in the route; the navigation still marks the feedback screen.
  assert.match(page.url(), /#\/feedback\?rozmowa=\d+$/);
  assert.equal(await page.locator('nav').getByRole('link', { name: 'Feedback' }).getAttribute('aria-current'), 'page');
  assert.deepEqual(problems, []);
  await context.close();
});
