// The feedback companion at phone size: ticks and the SBI composer kept across a reload,
// the wording guard, the script view, and a due follow-up on the start page.
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

test('prepare, compose and script a feedback conversation; the follow-up comes due', async () => {
  const context = await env.browser.newContext({ viewport: PHONE, locale: 'pl-PL' });
  const { page, problems } = await guardedPage(context, env.origin);
  await page.clock.install({ time: new Date('2026-11-20T09:00:00') });
  await page.goto(env.url + '#/feedback');
  assert.equal(await heading(page), 'Feedback krok po kroku');
  await page.getByRole('button', { name: '+ Nowa rozmowa' }).click();

  await page.getByLabel('Zbierz konkretne przykłady').check();
  await page.getByLabel('Określ cel feedbacku').check();
  await page.getByRole('button', { name: '+ Przykład' }).click();
  await page.getByLabel('Przykład 1', { exact: true }).fill('Wtorek: trzy przerwania Ewie na spotkaniu zespołu');
  await page.getByLabel(/Cel feedbacku/).fill('Żeby Tomek dawał innym dokończyć myśl');
  await page.getByLabel('Stosuj model SBI (Situation-Behavior-Impact)').check();
  await page.getByLabel(/Sytuacja: kiedy i gdzie/).fill('Na wtorkowym spotkaniu zespołu');
  await page.getByLabel(/Zachowanie: co konkretnie/).fill('zawsze przerywasz, jesteś nieodpowiedzialny');
  const hints = page.locator('.hints').first();
  assert.match(await hints.textContent(), /„zawsze” uogólnia/);
  assert.match(await hints.textContent(), /„nieodpowiedzialny” ocenia osobę/);
  await page.getByLabel(/Zachowanie: co konkretnie/).fill('przerwałeś Ewie trzy razy');
  assert.equal(await page.locator('.hints').count(), 0);
  await page.getByLabel(/Wpływ: na Ciebie/).fill('jej pomysł nie został wysłuchany');
  assert.match(
    await page.locator('.draft').textContent(),
    /Kiedy na wtorkowym spotkaniu zespołu przerwałeś Ewie trzy razy, poczułem\/am, że jej pomysł nie został wysłuchany\./,
  );
  await page.getByRole('button', { name: 'Wstaw szkic do komunikatu' }).click();
  assert.match(await page.getByLabel('Komunikat „Ja” (do edycji)').inputValue(), /^Kiedy na wtorkowym/);
  await page.getByLabel(/Przyszłość/).fill('Na następnym spotkaniu notuje pytania i zadaje je na końcu.');
  await page.getByLabel(/Mocne strony na zakończenie/).fill('Świetnie zna produkt i ma dobre pomysły.');
  await page.getByRole('button', { name: '+ Krok' }).click();
  await page.getByLabel('Krok 1', { exact: true }).fill('Poprowadzi jedno spotkanie jako moderator');
  await page.getByLabel('Kto').selectOption('mentee');
  await page.getByLabel('Do kiedy').fill('2026-11-26');
  await page.getByLabel('Sprawdź efekty dnia').fill('2026-11-27');
  assert.match(await page.locator('#w-trakcie .chip').textContent(), /^1 z 7$/);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-feedback-kompozytor.png`, fullPage: true });

  await page.reload();
  await heading(page);
  assert.equal(await page.getByLabel('Zbierz konkretne przykłady').isChecked(), true);
  assert.equal(await page.getByLabel(/Zachowanie: co konkretnie/).inputValue(), 'przerwałeś Ewie trzy razy');
  assert.equal(await page.getByLabel('Krok 1', { exact: true }).inputValue(), 'Poprowadzi jedno spotkanie jako moderator');
  assert.match(await page.locator('#przed .chip').textContent(), /^2 z 4$/);

  await page.getByRole('button', { name: 'Skrypt rozmowy (duży tekst)' }).click();
  const script = page.locator('.script');
  assert.match(await script.textContent(), /Czy to dobry moment/);
  assert.match(await script.textContent(), /Kiedy na wtorkowym spotkaniu zespołu przerwałeś Ewie trzy razy/);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-feedback-skrypt.png` });
  await page.getByRole('button', { name: '← Wróć do przygotowania' }).click();

  // A week later the follow-up is due and shows on the start page.
  await page.clock.setSystemTime(new Date('2026-11-27T09:00:00'));
  await page.goto(env.url + '#/');
  await heading(page);
  assert.match(await page.locator('.due').textContent(), /Rozmowa z 2026-11-20: sprawdź efekty dziś/);
  await page.getByRole('link', { name: 'Otwórz feedback' }).click();
  await heading(page);
  await page.getByLabel('Zrobione').check();
  await page.getByLabel('Zaobserwowane postępy').fill('Dwa razy sam poprosił Ewę o dokończenie.');
  await page.getByRole('button', { name: 'Efekty sprawdzone — zamknij' }).click();
  assert.match(await page.locator('#po').locator('..').textContent(), /Efekty sprawdzone 2026-11-27\./);
  await page.goto(env.url + '#/');
  await heading(page);
  assert.equal(await page.locator('.due').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
