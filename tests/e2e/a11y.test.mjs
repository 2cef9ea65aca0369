// Accessibility: axe-core finds no WCAG 2.1 A/AA violation on any route, in light and dark
// mode, including the tools' working states (a running timer, a drawn card, an open talk).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { PHONE, ROUTES, guardedPage, heading, launch } from './harness.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

async function violations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

const STATES = [
  ['#/agenda', 'button', '▶ Rozpocznij spotkanie'],
  ['#/pytania', 'button', 'Następna karta →'],
  ['#/feedback', 'button', '+ Nowa rozmowa'],
];

for (const scheme of ['light', 'dark']) {
  test(`no WCAG 2.1 A/AA violation on any route (${scheme})`, async () => {
    const context = await env.browser.newContext({ viewport: PHONE, colorScheme: scheme, locale: 'pl-PL' });
    const { page } = await guardedPage(context, env.origin);
    const found = [];
    for (const route of ROUTES) {
      await page.goto(env.url + route.hash);
      await heading(page);
      for (const v of await violations(page)) found.push(`${route.hash} ${v}`);
    }
    for (const [hash, role, name] of STATES) {
      await page.goto(env.url + hash);
      await heading(page);
      await page.getByRole(role, { name }).click();
      for (const v of await violations(page)) found.push(`${hash} (w użyciu) ${v}`);
    }
    assert.deepEqual(found, []);
    await context.close();
  });
}
