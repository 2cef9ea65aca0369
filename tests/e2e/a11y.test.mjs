// Accessibility: axe-core finds no WCAG 2.1 A/AA violation on any route, in light and dark
// mode, including the tools' working states (a running timer, a drawn card, an open talk), and
// every route in its empty and its filled state, shared links of each kind included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { PHONE, ROUTES, guardedPage, heading, launch } from './harness.mjs';
import { feedbackSteps, fillContract, phone, recordMeeting, reflect, shareFrom } from './flows.mjs';

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

// The pages in their empty and their filled states, reached as a mentor and a mentee reach
// them: the programme before and after the contract, a meeting's record, and each kind of
// shared link (contract, meeting, next steps; a reflection back on the mentor's phone) made by
// the app's own share panel.
for (const scheme of ['light', 'dark']) {
  test(`no WCAG 2.1 A/AA violation in the empty and filled states (${scheme})`, async () => {
    const found = [];
    const check = async (page, name) => {
      await heading(page);
      for (const v of await violations(page)) found.push(`${name} ${v}`);
    };
    const mentor = await phone(env, { colorScheme: scheme });
    for (const hash of ['#/przebieg', '#/udostepnione']) {
      await mentor.page.goto(env.url + hash);
      await check(mentor.page, `${hash} (pusty)`);
    }
    await fillContract(env, mentor.page);
    await check(mentor.page, '#/kontrakt (wypełniony)');
    const contractLink = await shareFrom(mentor.page, 'Udostępnij mentee');
    await check(mentor.page, '#/kontrakt (link i kod QR)');
    await recordMeeting(env, mentor.page);
    await check(mentor.page, '#/przebieg?spotkanie=1');
    const meetingLink = await shareFrom(mentor.page, 'Udostępnij mentee');
    for (const hash of ['#/przebieg', '#/dane', '#/', '#/agenda']) {
      await mentor.page.goto(env.url + hash);
      await check(mentor.page, `${hash} (wypełniony)`);
    }
    await feedbackSteps(env, mentor.page);
    await check(mentor.page, '#/feedback (wypełniony)');
    const stepsLink = await shareFrom(mentor.page, 'Udostępnij kolejne kroki');

    const mentee = await phone(env, { colorScheme: scheme });
    for (const [name, link] of [
      ['kontrakt', contractLink],
      ['kroki', stepsLink],
      ['spotkanie', meetingLink],
    ]) {
      await mentee.page.goto(link);
      await check(mentee.page, `link: ${name}`);
    }
    await mentee.page.getByRole('button', { name: 'Zapisz u mnie' }).click();
    const back = await reflect(mentee.page);
    await check(mentee.page, 'link: spotkanie (refleksja gotowa)');
    await mentee.page.goto(env.url + '#/udostepnione');
    await check(mentee.page, '#/udostepnione (zapisane)');
    await mentor.page.goto(back);
    await check(mentor.page, 'link: refleksja');
    await mentor.page.getByRole('button', { name: /Dołącz do spotkania/ }).click();
    await check(mentor.page, '#/przebieg?spotkanie=1 (z refleksją)');
    assert.deepEqual(found, []);
    for (const who of [mentor, mentee]) await who.context.close();
  });
}
