// Installable and offline: after one visit, every route works with the network off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PHONE, ROUTES, guardedPage, heading, launch } from './harness.mjs';

const DIST = process.env.E2E_DIST ?? 'dist';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

test('the manifest is relative to the sub-path and names Polish app and icons', async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  const { page } = await guardedPage(context, env.origin);
  const response = await page.goto(env.url + 'manifest.webmanifest');
  const manifest = await response.json();
  assert.equal(manifest.name, 'Niezbędnik mentora');
  assert.equal(manifest.lang, 'pl');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  const sizes = manifest.icons.map((icon) => `${icon.sizes}${icon.purpose ? ' ' + icon.purpose : ''}`);
  assert.deepEqual(sizes, ['192x192', '512x512', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const png = await page.request.get(env.url + icon.src);
    assert.equal(png.headers()['content-type'], 'image/png');
  }
  await context.close();
});

test('after one visit every route works offline, the tools never opened included', async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  const { page, problems } = await guardedPage(context, env.origin);
  await page.goto(env.url + '#/');
  await heading(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  const caches = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys[0]);
    return { keys, files: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
  assert.equal(caches.keys.length, 1);
  assert.match(caches.keys[0], /^niezbednik-[0-9a-f]{12}$/);
  assert.ok(caches.files.some((f) => f.endsWith('_bg.wasm')));
  // Every chunk of the build is cached with it, the tools never opened included: a missing
  // chunk must never meet this main module.
  const build = readdirSync(DIST).find((name) => /^wasm-[0-9a-f]+$/.test(name));
  assert.ok(build, 'the build has a wasm-<hash>/ folder');
  const chunks = readdirSync(join(DIST, build)).filter((f) => f.endsWith('.wasm'));
  assert.ok(chunks.filter((f) => f.startsWith('split_')).length >= 6, chunks.join(' '));
  for (const chunk of chunks) {
    assert.ok(caches.files.some((f) => f.endsWith(`/${build}/${chunk}`)), `${chunk} not cached`);
  }
  await context.setOffline(true);
  for (const route of ROUTES) {
    await page.goto(env.url + route.hash);
    assert.equal(await heading(page), route.heading, `${route.hash} offline`);
  }
  await page.reload();
  assert.equal(await heading(page), ROUTES.at(-1).heading);
  await context.setOffline(false);
  assert.deepEqual(problems, []);
  await context.close();
});
