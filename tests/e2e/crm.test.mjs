// CRM strategy at phone size: rate the six pillars, see the chart and the weakest ones,
// reload, compute NPS and churn, and print the one-page report.
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

test('assess six pillars, keep them across a reload, compute KPIs, print the report', async () => {
  const context = await env.browser.newContext({ viewport: PHONE, locale: 'pl-PL' });
  const { page, problems } = await guardedPage(context, env.origin);
  await page.goto(env.url + '#/crm');
  await heading(page);
  const ratings = [4, 2, 5, 2, 3, 4];
  for (const [i, r] of ratings.entries()) {
    await page.getByRole('button', { name: `Filar ${i + 1}: ${r} z 5` }).click();
  }
  await page.getByLabel('Notatka').nth(1).fill('Brakuje mapy ścieżki klienta.');
  const chart = page.locator('.assessment .radar svg');
  assert.match(await chart.getAttribute('aria-label'), /Orientacja na klienta i\sjego doświadczenia \(Customer centricity\): 2\sz\s5/);
  assert.equal(await page.locator('.assessment .radar-current').getAttribute('points'), '160,62 198,128 255,205 160,194 103,183 84,106');
  // Every rated point has a visible dot, even where a score falls on a grid ring.
  const dots = await page.locator('.assessment .radar-marker').evaluateAll((cs) => cs.map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`));
  assert.deepEqual(dots, ['160,62', '198,128', '255,205', '160,194', '103,183', '84,106']);
  const weakest = await page.locator('.weakest').textContent().then(words);
  assert.match(weakest, /2\. Orientacja na klienta/);
  assert.match(weakest, /4\. Zaangażowani i kompetentni ludzie/);
  assert.doesNotMatch(weakest, /Wizja i cele/);
  await page.getByRole('button', { name: 'Zapisz samoocenę z dzisiejszą datą' }).click();
  assert.match(await page.locator('.assessment-history').textContent().then(words), /4 · 2 · 5 · 2 · 3 · 4 \(średnio 3,3\)/);
  // „Zapisano.” is a confirmation: green, not the red of an error.
  const note = page.getByTestId('ocena-zapis');
  assert.match(await note.textContent().then(words), /^Zapisano\./);
  assert.equal(await note.getAttribute('class'), 'status-ok');
  assert.equal(await note.evaluate((el) => getComputedStyle(el).color), 'rgb(22, 101, 52)');
  await page.locator('.assessment .radar').screenshot({ path: `${SCREENSHOTS}/phone-crm-radar-punkty.png` });
  // Dated as people write it („27 listopada 2026”), not in ISO.
  assert.match(await page.locator('.assessment-history').textContent().then(words), /^\d{1,2} [a-ząćęłńóśźż]+ \d{4}: /);
  await page.getByRole('button', { name: 'Filar 2: 4 z 5' }).click();
  assert.equal(await page.locator('.assessment .radar-previous').count(), 1, 'the previous assessment overlays');

  await page.locator('#kpi-nps-0').fill('60');
  await page.locator('#kpi-nps-1').fill('25');
  await page.locator('#kpi-nps-2').fill('15');
  assert.equal(await page.locator('[data-kpi=nps] .kpi-result').textContent().then(words), '= NPS 45');
  await page.locator('#kpi-retencja-0').fill('1 000');
  await page.locator('#kpi-retencja-1').fill('950');
  await page.locator('#kpi-retencja-2').fill('100');
  assert.equal(await page.locator('[data-kpi=retencja] .kpi-result').textContent().then(words), '= retencja 85,0% · rezygnacje 15,0%');
  // Amounts open a keypad with a decimal separator, counts a digit keypad.
  assert.equal(await page.locator('#kpi-cac-0').getAttribute('inputmode'), 'decimal');
  assert.equal(await page.locator('#kpi-cac-1').getAttribute('inputmode'), 'numeric');
  // „12.500” is asked about, never read as 12,5 (CAC would be 0,50 zł instead of 500 zł).
  const cacResult = page.locator('[data-kpi=cac] .kpi-result');
  await page.locator('#kpi-cac-0').fill('12.500');
  await page.locator('#kpi-cac-1').fill('25');
  assert.equal(await page.locator('#kpi-cac-0').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#kpi-cac-0').getAttribute('aria-describedby'), 'kpi-cac-0-blad');
  assert.match(await page.locator('#kpi-cac-0-blad').textContent().then(words), /^Czy chodzi o 12 500, czy o 12,5\?/);
  assert.doesNotMatch(await cacResult.textContent().then(words), /0,50/);
  await page.locator('.kpis').screenshot({ path: `${SCREENSHOTS}/phone-crm-kpi-pytanie.png` });
  await page.locator('#kpi-cac-0-blad').getByRole('button', { name: '12 500' }).click();
  assert.equal(await page.locator('#kpi-cac-0').inputValue(), '12\u00a0500', 'the field takes the thousands as the app writes them');
  assert.equal(await page.locator('#kpi-cac-0').getAttribute('aria-invalid'), null);
  assert.equal(await cacResult.textContent().then(words), '= 500,00 zł na klienta');
  // The other answer rewrites the field the other way.
  await page.locator('#kpi-cac-0').fill('12.500');
  await page.locator('#kpi-cac-0-blad').getByRole('button', { name: '12,5' }).click();
  assert.equal(await page.locator('#kpi-cac-0').inputValue(), '12,5');
  assert.equal(await cacResult.textContent().then(words), '= 0,50 zł na klienta');
  // Thousands with dots or (non-breaking) spaces, a decimal comma.
  await page.locator('#kpi-transakcja-0').fill('1.250,50');
  await page.locator('#kpi-transakcja-1').fill('2');
  assert.equal(await page.locator('[data-kpi=transakcja] .kpi-result').textContent().then(words), '= 625,25 zł');
  await page.locator('#kpi-transakcja-0').fill('1\u202f250,50');
  assert.equal(await page.locator('[data-kpi=transakcja] .kpi-result').textContent().then(words), '= 625,25 zł');
  await page.locator('#kpi-handlowiec-0').fill('1,250.50');
  await page.locator('#kpi-handlowiec-1').fill('1');
  assert.equal(
    await page.locator('#kpi-handlowiec-0-blad').textContent().then(words),
    '„1,250.50” to zapis angielski. Po polsku: 1 250,50 (przecinek oddziela część dziesiętną).',
  );
  // A zero divisor marks its field, in words that agree with the noun.
  await page.locator('#kpi-cac-0').fill('50000');
  await page.locator('#kpi-cac-1').fill('0');
  assert.equal(await page.locator('#kpi-cac-1').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#kpi-cac-1-blad').textContent().then(words), 'Liczba nowych klientów musi być większa od zera: przez nią dzielimy.');
  assert.equal(await cacResult.textContent().then(words), 'Wynik pojawi się, gdy pole „Liczba nowych klientów” będzie poprawne.');
  await page.locator('#kpi-adopcja-0').fill('abc');
  await page.locator('#kpi-adopcja-1').fill('50');
  assert.match(await page.locator('#kpi-adopcja-0-blad').textContent().then(words), /„abc” to nie liczba/);
  await page.locator('.kpis').screenshot({ path: `${SCREENSHOTS}/phone-crm-kpi.png` });
  assert.doesNotMatch(await page.locator('.kpis').textContent().then(words), /NaN|Infinity/);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-crm-ocena.png`, fullPage: true });

  await page.reload();
  await heading(page);
  assert.equal(await page.getByRole('button', { name: 'Filar 3: 5 z 5' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByLabel('Notatka').nth(1).inputValue(), 'Brakuje mapy ścieżki klienta.');
  assert.equal(await page.locator('[data-kpi=nps] .kpi-result').textContent().then(words), '= NPS 45');

  await page.evaluate(() => document.documentElement.classList.add('printing-report'));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.crm-report').isVisible(), true);
  assert.equal(await page.locator('article.article').isVisible(), false);
  assert.match(await page.locator('.report-kpis').textContent().then(words), /NPS \(Net Promoter Score\): NPS 45/);
  const pdf = await page.pdf({ format: 'A4', path: `${SCREENSHOTS}/crm-raport.pdf` });
  assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1, 'one page');
  // On paper the ink stays dark even when the phone is in dark mode.
  const inks = () =>
    page.evaluate(() => [
      getComputedStyle(document.querySelector('.crm-report')).color,
      getComputedStyle(document.querySelector('.crm-report .radar-label')).fill,
    ]);
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  assert.deepEqual(await inks(), ['rgb(232, 239, 237)', 'rgb(232, 239, 237)'], 'light text on a dark screen');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  assert.deepEqual(await inks(), ['rgb(0, 0, 0)', 'rgb(27, 36, 38)'], 'dark ink on paper');
  assert.deepEqual(problems, []);
  await context.close();
});
