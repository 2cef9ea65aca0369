// Shared set-up for the e2e tests: Debian's Chromium through playwright-core, the release
// build served under /niezbednik/, and per-page guards against console errors, CSP
// violations and requests to other origins.
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { startServer } from './server.mjs';
import { NAV_PAGES, words } from '../../scripts/routes.mjs';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
export const SCREENSHOTS = 'tests/e2e/screenshots';

/// The navigation bar's routes, from the app's table of pages (src/route.rs, read from
/// public/boot/routes.json): `hash`, the `heading` the page shows, and its `name`.
export const ROUTES = NAV_PAGES.map(({ hash, heading, name }) => ({ hash, heading, name }));

export async function launch() {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // E2E_DIST serves another build, e.g. an older one to see a new test fail there.
  const served = await startServer({ root: process.env.E2E_DIST ?? 'dist' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    url: served.url,
    origin: served.origin,
    async close() {
      await browser.close();
      served.server.close();
    },
  };
}

/// Opens a page with guards; `problems` collects console errors, page errors, CSP violations
/// and foreign requests, and must stay empty.
export async function guardedPage(context, origin) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) {
      problems.push(`foreign request: ${url}`);
    }
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.cspViolations = () => page.evaluate(() => window.__cspViolations);
  return { page, problems };
}

/// Text as the tests compare words (scripts/routes.mjs).
export { words };

/// The text of `locator` once it matches `pattern` (read through `words`), for text the app
/// writes after async work (a file read, a storage event). Gives up after `timeout` ms and
/// returns whatever text is there, so the caller's assertion reports the actual text.
export async function textWhen(locator, pattern, timeout = 10000) {
  const matches = (text) => (typeof pattern === 'string' ? text.includes(pattern) : new RegExp(pattern).test(text));
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const texts = await locator.allTextContents().catch(() => []);
    if (texts.map(words).some(matches)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return words(await locator.textContent());
}

/// Waits until the app has rendered a page heading (not the static shell's copy in index.html,
/// which the app removes when it mounts).
export async function heading(page) {
  await page.locator('#wczytywanie').waitFor({ state: 'detached', timeout: 15000 });
  // A tool's first screen, shown while its chunk loads, has the route's heading: the page's own
  // comes after it.
  await page.locator('main .tool-loading').waitFor({ state: 'detached', timeout: 15000 });
  const h1 = page.locator('main h1');
  await h1.waitFor({ state: 'visible', timeout: 15000 });
  return words(await h1.textContent()).trim();
}

/// No WCAG 2.1 A/AA violation axe finds on the page as it is now.
export async function axe(page, name) {
  const results = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), [], name);
}

/// The QR code on screen, read the way a phone's camera would: from pixels. In the middle of
/// the screen, clear of the fixed navigation bar, as it would be held out.
export async function decodeQr(page) {
  const qr = page.locator('svg.qr');
  await qr.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const png = PNG.sync.read(await qr.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(code, 'the QR code on screen reads');
  return code.data;
}
