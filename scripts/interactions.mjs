// Interaction latency, as a mentor feels it: input to next paint, measured with the Event
// Timing API at 390×844 with the CPU slowed 4× (Lighthouse's mobile preset), on the release
// dist/ served under /niezbednik/. Prints, per interaction, the longest event of each run;
// "<16" means the browser reported no event over the API's 16 ms threshold. The first rows are
// the floor: the same inputs on a bare page, which headless Chromium already reports over 16 ms.
// Then, per tool, the time from a tap on its navigation item to its heading and to its page, on a
// second visit (tool files from the HTTP cache), same throttling: the rows „dotknięcie → …”.
// Usage: node scripts/interactions.mjs [runs=4]   (after ./scripts/build)
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/server.mjs';
import { NAV_PAGES } from './routes.mjs';

const RUNS = Number(process.argv[2] || 4);
const THROTTLE = 4;

async function observe(page) {
  await page.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__events.push({ name: e.name, start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  });
}

/// Runs `act`, waits for the app to settle, and returns the longest event that started after
/// the mark (0 when none crossed the threshold).
async function measure(page, act) {
  const mark = await page.evaluate(() => performance.now());
  await act();
  await page.waitForTimeout(400);
  // Two frames, so the entries of the last paint are delivered.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(100);
  return page.evaluate((m) => {
    const mine = window.__events.filter((e) => e.start >= m);
    return mine.reduce((max, e) => Math.max(max, e.duration), 0);
  }, mark);
}

async function run(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: false });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const results = {};
  await page.goto(`${url}#/agenda`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await observe(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });

  results['Rozpocznij spotkanie'] = await measure(page, () =>
    page.getByRole('button', { name: '▶ Rozpocznij spotkanie' }).click());
  results['Pauza'] = await measure(page, () => page.getByRole('button', { name: '‖ Pauza' }).click());
  results['Wznów'] = await measure(page, () => page.getByRole('button', { name: /Wznów/ }).click());
  results['+5 min'] = await measure(page, () => page.getByRole('button', { name: '+5 min' }).click());
  results['Następny blok'] = await measure(page, () => page.getByRole('button', { name: 'Następny ▶' }).click());

  results['przejście do pytań'] = await measure(page, async () => {
    await page.locator('nav a[href="#/pytania"]').click();
    await page.getByRole('button', { name: 'Następna karta →' }).waitFor();
  });
  results['pierwsza karta'] = await measure(page, () => page.getByRole('button', { name: 'Następna karta →' }).click());
  results['kolejna karta'] = await measure(page, () => page.getByRole('button', { name: 'Następna karta →' }).click());

  results['przejście do kontraktu'] = await measure(page, async () => {
    await page.locator('nav a[href="#/kontrakt"]').click();
    await page.locator('main input[type=text]').first().waitFor();
  });
  const field = page.locator('main input[type=text]').first();
  await field.click();
  await page.waitForTimeout(300);
  results['litera w kontrakcie'] = await measure(page, () => page.keyboard.type('a'));
  results['5 liter w kontrakcie'] = await measure(page, () => page.keyboard.type('nnaK', { delay: 60 }));

  results['przejście do feedbacku'] = await measure(page, async () => {
    await page.locator('nav a[href="#/feedback"]').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
  });
  const fresh = page.getByRole('button', { name: /Nowa rozmowa/ }).first();
  if (await fresh.count()) results['nowa rozmowa'] = await measure(page, () => fresh.click());
  const tick = page.locator('main input[type=checkbox]').first();
  await tick.waitFor();
  results['punkt checklisty'] = await measure(page, () => tick.click());

  await context.close();
  return results;
}

/// The floor of this measurement: the same input on a bare page (one field, one button whose
/// handler writes a number), same viewport and throttling. What the app adds is the difference.
async function floor(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: false });
  const page = await context.newPage();
  await page.setContent(
    '<!doctype html><meta name="viewport" content="width=device-width"><label>Pole <input></label>' +
      '<button onclick="this.textContent = Date.now()">Przycisk</button>',
  );
  const cdp = await context.newCDPSession(page);
  await observe(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const results = {};
  await page.locator('input').click();
  await page.waitForTimeout(300);
  results['pusta strona: litera'] = await measure(page, () => page.keyboard.type('a'));
  results['pusta strona: 5 liter'] = await measure(page, () => page.keyboard.type('nnaK', { delay: 60 }));
  results['pusta strona: przycisk'] = await measure(page, () => page.locator('button').click());
  await context.close();
  return results;
}

/// Tapping a tool on a second visit: every tool opened once (its files in the HTTP cache), then
/// for each tool a fresh start page (`#/`, reloaded, so no chunk is in memory), the CPU slowed,
/// and a tap on its navigation item. Two times from the tap's event: its heading painted (the
/// first screen, src/route.rs, shown while the chunk loads) and the page itself painted (the
/// loading screen gone).
const TOOLS = NAV_PAGES.filter((page) => page.chunk).map((page) => [page.name, page.heading]);
async function headings(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: false });
  const page = await context.newPage();
  for (const [slug, heading] of TOOLS) {
    await page.goto(`${url}#/${slug}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.locator('.tool-loading').waitFor({ state: 'detached' });
  }
  const results = {};
  for (const [slug, heading] of TOOLS) {
    await page.goto(`${url}#/`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Niezbędnik mentora' }).waitFor();
    await page.waitForTimeout(300);
    await page.evaluate((expected) => {
      window.__tap = null;
      window.__times = null;
      document.addEventListener('click', (event) => {
        window.__tap = event.timeStamp;
        let heading = null;
        const frame = () => {
          const h1 = document.querySelector('#tresc h1');
          const now = performance.now();
          if (heading === null && h1 && h1.textContent.startsWith(expected)) heading = now;
          if (heading !== null && !document.querySelector('#tresc .tool-loading')) {
            window.__times = { heading: heading - window.__tap, page: now - window.__tap };
            return;
          }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }, { capture: true, once: true });
    }, heading);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.locator(`nav a[href="#/${slug}"]`).first().click();
    await page.waitForFunction(() => window.__times !== null, null, { timeout: 20000 });
    const times = await page.evaluate(() => window.__times);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
    results[`dotknięcie → nagłówek: ${slug}`] = times.heading;
    results[`dotknięcie → strona: ${slug}`] = times.page;
  }
  await context.close();
  return results;
}

const served = await startServer({ root: process.env.ROOT ?? 'dist' });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const all = [];
try {
  for (let i = 0; i < RUNS; i++) {
    all.push({ ...(await floor(browser)), ...(await run(browser, served.url)), ...(await headings(browser, served.url)) });
  }
} finally {
  await browser.close();
  served.server.close();
}
const fmt = (ms, name = '') => (ms < 16 && !name.startsWith('dotknięcie') ? '<16' : String(Math.round(ms))).padStart(5);
console.log(`interactions (Event Timing, 390×844, CPU ${THROTTLE}× slower, ms, ${RUNS} runs)`);
for (const name of Object.keys(all[0])) {
  const values = all.map((r) => r[name] ?? 0);
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`${name.padEnd(34)}${values.map((v) => fmt(v, name)).join(' ')}   median ${fmt(median, name)}   max ${fmt(sorted[sorted.length - 1], name)}`);
}
