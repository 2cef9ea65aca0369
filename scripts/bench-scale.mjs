// Scale benchmark (issue 28): how the app does with a heavy mentor's data. For each size N
// (mentees; default 1 10 30 100, env BENCH_SCALE_N="1 10 30"), the profile made by
// `examples/heavy_profile.rs` (N mentees, 60 % closed, each with 26 meetings, 10 feedback
// conversations, 40 questions asked; 50 items kept from links) is imported through the data
// page into a fresh browser context at 390×844 with the CPU slowed 4× (Lighthouse's mobile
// preset), and then measured:
//   import            file set on „Importuj z pliku kopii” → preview → „Importuj” → the app
//                     started again after its reload (the preview's share in brackets); when the
//                     app refuses the file, its message takes the row's place
//   miejsce           sum of key + value lengths (UTF-16 units) of the `niezbednik/` keys, and
//                     its share of Chromium's 5 242 880
//   start             `#/` reloaded (median of three): navigation start → the active mentee's name painted (the
//                     static first screen gone), and → the feedback follow-ups card painted (it
//                     reads every mentee's conversations)
//   zmiana mentee     another mentee picked in the top bar's switcher → the start page names them
//   przebieg          a tap on „Przebieg mentoringu” on the start page → heading, and → the
//                     plan and the list of meetings painted
//   litera            ten letters typed in a meeting's note (`#/przebieg?spotkanie=…`), 150 ms
//                     apart: keydown → the frame after the input painted, median (max); and the
//                     longest task (Long Tasks API: „<50” when none) from the first letter until
//                     1,5 s after the last, the note's saves (every 500 ms while typing) included
//   eksport           „Eksportuj wszystko” → the download, and the file's size
// Wall times from Node where the step spans a reload, else the page's own clock (event
// timestamps, requestAnimationFrame then a message: after the frame is painted). Figures, not a
// pass/fail test: the machine's load average is printed with them. A step that cannot be
// measured prints „—” and says why on stderr; nothing is estimated.
// Usage: node scripts/bench-scale.mjs   (BENCH_DIST=dir serves that build, default dist/;
// the generator is built with `cargo build --release --example heavy_profile`)
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../tests/e2e/server.mjs';

const SIZES = (process.env.BENCH_SCALE_N ?? '1 10 30 100').split(/[\s,]+/).filter(Boolean).map(Number);
const DIST = process.env.BENCH_DIST ?? 'dist';
const THROTTLE = 4;
/// Chromium's localStorage quota, in UTF-16 units of keys and values.
const QUOTA = 5_242_880;
/// Generous: a large import at 4× slower CPU takes a while.
const LONG = 300_000;
const LETTERS = 'mentoringu';

/// 1234567.8 → „1 234 567,8”: a decimal comma and spaced thousands, as Polish writes numbers.
function pl(value, decimals = 0) {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${value < 0 ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

const loads = () => loadavg().map((l) => pl(l, 2)).join(' ');

function generator() {
  execFileSync('cargo', ['build', '--release', '--example', 'heavy_profile'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return join(process.env.CARGO_TARGET_DIR ?? 'target', 'release', 'examples', 'heavy_profile');
}

/// The app is running: the static first screen gone, no tool still loading, a heading shown.
async function appReady(page) {
  await page.locator('#wczytywanie').waitFor({ state: 'detached' });
  await page.locator('main .tool-loading').waitFor({ state: 'detached' });
  await page.locator('main h1').waitFor({ state: 'visible' });
}

/// Runs in every document of the context: on the start page's reload (flagged in
/// sessionStorage) it notes when the active mentee's name and the follow-ups card are painted.
function startWatcher() {
  if (sessionStorage.getItem('bench-start') !== '1') return;
  sessionStorage.removeItem('bench-start');
  const times = (window.__start = { name: null, due: null });
  const painted = (key) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      times[key] = performance.now();
    };
    channel.port2.postMessage(null);
  };
  const pending = { name: true, due: true };
  const frame = () => {
    const shell = document.getElementById('wczytywanie');
    const name = document.querySelector('main .active-mentee .mentee-name');
    if (pending.name && !shell && name && name.textContent.trim()) {
      pending.name = false;
      painted('name');
    }
    if (pending.due && document.querySelector('main section.due')) {
      pending.due = false;
      painted('due');
    }
    if ((pending.name || pending.due) && performance.now() < 120_000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/// Time from a tap (click's timestamp) until `done()` holds in a painted frame; `mid()`, if
/// given, is noted on the way (e.g. the heading before the content).
async function tapTimes(page, tap, checks) {
  await page.evaluate((checks) => {
    window.__tap = null;
    window.__times = null;
    const found = {};
    document.addEventListener('click', (event) => {
      const start = event.timeStamp;
      const frame = () => {
        for (const [key, selector, text] of checks) {
          const el = found[key] === undefined ? document.querySelector(selector) : null;
          if (el && (!text || el.textContent.trim().startsWith(text))) found[key] = null;
        }
        const settled = checks.every(([key]) => key in found);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const now = performance.now() - start;
          for (const key of Object.keys(found)) if (found[key] === null) found[key] = now;
          if (settled) window.__times = found;
        };
        channel.port2.postMessage(null);
        if (!settled) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }, { capture: true, once: true });
  }, checks);
  await tap();
  await page.waitForFunction(() => window.__times !== null, null, { timeout: LONG, polling: 250 });
  return page.evaluate(() => window.__times);
}

/// The CPU slowed for the page. The session stays open: detaching it ends the emulation. It
/// holds across reloads; sent again after each one all the same.
const sessions = new WeakMap();
async function throttle(page) {
  if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
  await sessions.get(page).send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
}

/// Imports the file as a mentor would. Gives the times, or the app's refusal.
async function importFile(page, url, file) {
  await page.goto(`${url}#/dane`);
  await appReady(page);
  // The preview, or the app's message (a refused file, or a failure while writing).
  const shown = (preview) =>
    page.waitForFunction(
      (preview) => {
        const dialog = document.querySelector('[role=alertdialog][aria-label="Podgląd importu"]');
        const text = document.querySelector('[data-testid=kopia-komunikat]')?.textContent.trim();
        return text ? { text } : preview && dialog ? { preview: true } : null;
      },
      preview,
      { timeout: LONG, polling: 100 },
    );
  const start = Date.now();
  await page.getByLabel('Importuj z pliku kopii').setInputFiles(file);
  const first = await (await shown(true)).jsonValue();
  const preview = Date.now() - start;
  if (!first.preview) return { refused: first.text };
  const reloaded = page.waitForEvent('load', { timeout: LONG }).then(() => ({ reloaded: true }));
  reloaded.catch(() => {});
  // A failure while writing shows a message instead of reloading.
  const failed = shown(false)
    .then((h) => h.jsonValue())
    .then((r) => ({ refused: r.text }))
    .catch(() => new Promise(() => {}));
  await page
    .getByRole('alertdialog', { name: 'Podgląd importu' })
    .getByRole('button', { name: 'Importuj' })
    .click();
  const outcome = await Promise.race([reloaded, failed]);
  if (outcome.refused) return outcome;
  await throttle(page);
  await appReady(page);
  return { total: Date.now() - start, preview };
}

async function storageUnits(page) {
  return page.evaluate(() => {
    let units = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key.startsWith('niezbednik/')) units += key.length + localStorage.getItem(key).length;
    }
    return units;
  });
}

/// The start page reloaded three times; the median of each time (the card's over the reloads
/// that showed it).
async function startPage(page, url) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await startOnce(page, url));
  const median = (values) => {
    const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
    return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
  };
  return { name: median(runs.map((r) => r.name)), due: median(runs.map((r) => r.due)) };
}

async function startOnce(page, url) {
  await page.goto(`${url}#/`);
  await page.evaluate(() => sessionStorage.setItem('bench-start', '1'));
  await page.reload();
  await throttle(page);
  await page.waitForFunction(() => window.__start?.name != null, null, { timeout: LONG, polling: 250 });
  // The follow-ups card comes from its own chunk; it is there only when a follow-up is listed.
  await page
    .waitForFunction(() => window.__start?.due != null, null, { timeout: 30_000, polling: 250 })
    .catch(() => {});
  return page.evaluate(() => window.__start);
}

async function switchMentee(page) {
  const switcher = page.locator('#aktywny-mentee');
  const active = (await switcher.locator('option:checked').textContent()).trim();
  const names = (await switcher.locator('option').allTextContents()).map((n) => n.trim());
  const other = names.find((n) => n !== active);
  if (!other) throw new Error('only one mentee in the switcher');
  await page.evaluate((name) => {
    window.__switched = null;
    const select = document.getElementById('aktywny-mentee');
    select.addEventListener('change', (event) => {
      const start = event.timeStamp;
      const frame = () => {
        const shown = document.querySelector('main .active-mentee .mentee-name')?.textContent.trim();
        if (shown !== name) return requestAnimationFrame(frame);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          window.__switched = performance.now() - start;
        };
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(frame);
    }, { capture: true, once: true });
  }, other);
  await switcher.selectOption({ label: other });
  await page.waitForFunction(() => window.__switched !== null, null, { timeout: LONG, polling: 250 });
  return page.evaluate(() => window.__switched);
}

async function openProgramme(page) {
  const times = await tapTimes(page, () => page.locator('main a[href="#/przebieg"]').first().click(), [
    ['heading', '#tresc h1', 'Przebieg mentoringu'],
    ['content', '#plan-vs-held', null],
    ['list', 'main .meeting-list li', null],
  ]);
  return { heading: times.heading, content: Math.max(times.content, times.list) };
}

/// Ten letters in the newest meeting's first note, typed at a steady pace.
async function typeInNote(page) {
  await page.locator('main .meeting-list li a').first().click();
  const note = page.locator('#notatka-0');
  await note.waitFor({ state: 'visible' });
  await appReady(page);
  await note.click();
  await note.evaluate((el) => el.setSelectionRange(el.value.length, el.value.length));
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    window.__letters = [];
    window.__tasks = [];
    let down = null;
    window.addEventListener('keydown', (event) => {
      down = event.timeStamp;
    }, { capture: true });
    window.addEventListener('input', () => {
      const start = down;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__letters.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    });
    window.__from = performance.now();
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) window.__tasks.push({ start: task.startTime, duration: task.duration });
    }).observe({ type: 'longtask' });
  });
  for (const letter of LETTERS) {
    await page.keyboard.type(letter);
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(1500);
  const { letters, tasks, from } = await page.evaluate(() => ({ letters: window.__letters, tasks: window.__tasks, from: window.__from }));
  if (letters.length !== LETTERS.length) throw new Error(`${letters.length} of ${LETTERS.length} letters measured`);
  const sorted = [...letters].sort((a, b) => a - b);
  const longest = tasks.filter((t) => t.start >= from).reduce((max, t) => Math.max(max, t.duration), 0);
  return { median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1], longest };
}

async function exportAll(page, url) {
  await page.goto(`${url}#/dane`);
  await appReady(page);
  const button = page.getByRole('button', { name: 'Eksportuj wszystko' });
  await button.waitFor();
  const start = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: LONG }), button.click()]);
  const ms = Date.now() - start;
  return { ms, bytes: statSync(await download.path()).size };
}

/// Runs one step; a failure is a „—” in the table and its reason on stderr.
async function step(n, name, run) {
  try {
    return await run();
  } catch (error) {
    console.error(`bench-scale: ${n} mentee, ${name}: ${String(error.message ?? error).split('\n')[0]}`);
    return null;
  }
}

async function measure(browser, url, n, file) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'pl-PL', acceptDownloads: true });
  await context.addInitScript(startWatcher);
  const page = await context.newPage();
  page.setDefaultTimeout(LONG);
  await throttle(page);
  const row = { n, file: statSync(file).size };
  try {
    row.import = await step(n, 'import', () => importFile(page, url, file));
    if (row.import?.refused) console.error(`bench-scale: ${n} mentee: the app refused the file, nothing else measured`);
    if (!row.import || row.import.refused) return row;
    row.units = await step(n, 'miejsce', () => storageUnits(page));
    row.start = await step(n, 'start', () => startPage(page, url));
    if (row.start) row.switch = await step(n, 'zmiana mentee', () => switchMentee(page));
    if (row.start) row.programme = await step(n, 'przebieg', () => openProgramme(page));
    if (row.programme) row.letter = await step(n, 'litera', () => typeInNote(page));
    row.export = await step(n, 'eksport', () => exportAll(page, url));
  } finally {
    await context.close();
  }
  return row;
}

function table(rows) {
  const dash = '—';
  const ms = (v) => (v == null ? dash : pl(v));
  const lines = [
    '| mentee | plik kopii | import [s] | miejsce w localStorage [UTF-16] | start: imię [ms] | start: karta feedbacku [ms] | zmiana mentee [ms] | przebieg: nagłówek / treść [ms] | litera w notatce: mediana (maks.) [ms] | najdłuższe zadanie przy pisaniu [ms] | eksport: czas [s], plik |',
    '|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    const file = `${pl(r.file / 1e6, 2)} MB`;
    if (r.import?.refused) {
      lines.push(`| ${r.n} | ${file} | odmowa: „${r.import.refused}” | ${Array(8).fill(dash).join(' | ')} |`);
      continue;
    }
    const cells = [
      r.import ? `${pl(r.import.total / 1000, 1)} (podgląd ${pl(r.import.preview / 1000, 1)})` : dash,
      r.units != null ? `${pl(r.units)} (${pl((r.units * 100) / QUOTA, 1)} %)` : dash,
      ms(r.start?.name),
      r.start ? (r.start.due == null ? 'bez karty' : pl(r.start.due)) : dash,
      ms(r.switch),
      r.programme ? `${pl(r.programme.heading)} / ${pl(r.programme.content)}` : dash,
      r.letter ? `${pl(r.letter.median)} (${pl(r.letter.max)})` : dash,
      r.letter ? (r.letter.longest ? pl(r.letter.longest) : '<50') : dash,
      r.export ? `${pl(r.export.ms / 1000, 1)}; ${pl(r.export.bytes / 1e6, 2)} MB` : dash,
    ];
    lines.push(`| ${r.n} | ${file} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

const binary = generator();
const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
const served = await startServer({ root: DIST });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows = [];
const before = loads();
try {
  for (const n of SIZES) {
    const file = join(dir, `profil-${n}.json`);
    writeFileSync(file, execFileSync(binary, [String(n)], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] }));
    console.error(`bench-scale: ${n} mentee… (load ${loads()})`);
    rows.push(await measure(browser, served.url, n, file));
  }
} finally {
  await browser.close();
  served.server.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`skala (profil z examples/heavy_profile.rs; 390×844, CPU ${THROTTLE}× wolniej; ${DIST})`);
console.log();
console.log(table(rows));
console.log();
console.log(`obciążenie maszyny (load average 1/5/15 min): przed ${before}, po ${loads()}`);
