// Filled states reached the way a mentor and a mentee reach them, for the tests that check a
// page in its filled state (a11y.test.mjs, wrap.test.mjs): a mentee and a contract, a
// meeting's record, and each kind of shared link made by the app's own share panel.
import { inflateRawSync, deflateRawSync } from 'node:zlib';
import { PHONE, guardedPage, heading } from './harness.mjs';

export const TODAY = new Date('2026-12-01T10:00:00');

/// A phone of its own: a fresh context (no storage shared with the other phone), the clock on
/// `TODAY` (and running).
/// `touch`: a phone's touch screen (no hover, a coarse pointer), where the app leaves out what
/// only a keyboard or a mouse can use.
export async function phone(env, { colorScheme = 'light', touch = false } = {}) {
  const device = touch ? { hasTouch: true, isMobile: true } : {};
  const context = await env.browser.newContext({ viewport: PHONE, colorScheme, locale: 'pl-PL', acceptDownloads: true, ...device });
  const { page, problems } = await guardedPage(context, env.origin);
  await page.clock.install({ time: TODAY });
  await page.clock.resume();
  return { context, page, problems };
}

/// The link the share panel makes (no passphrase).
export async function makeLink(page) {
  await page.getByRole('button', { name: 'Utwórz link i kod QR' }).click();
  const link = page.getByLabel('Link', { exact: true });
  await link.waitFor({ timeout: 30000 });
  return link.inputValue();
}

/// Texts for each field of the mentor's pages; `word(n)` may make them one unbroken word.
export const PLAIN = {
  mentee: 'Anna Kowalska',
  mentor: 'Jan Mentor',
  organisation: 'Firma',
  goal: 'Przygotowanie do roli liderki zespołu',
  areas: ['Delegowanie zadań', 'Rozmowy oceniające'],
  indicator: 'Zespół sam prowadzi cotygodniowe spotkanie',
  note: 'Rozmowa o pierwszym miesiącu',
  item: 'Spisać zadania do delegowania',
  message: 'Dziękuję za dobrą rozmowę!',
  step: 'Poprowadzi jedno spotkanie jako moderator',
  support: 'Raz w tygodniu krótka rozmowa',
  takeaway: 'Delegowanie zaczyna się od listy.',
  next: 'Oddam dwa zadania zespołowi.',
};

/// A mentee on the list and their contract, accepted, with a main goal, two areas and an
/// indicator; ends on #/kontrakt.
export async function fillContract(env, page, t = PLAIN) {
  await page.goto(env.url + '#/dane');
  await heading(page);
  await page.getByLabel('Nowy mentee').fill(t.mentee);
  await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
  await page.goto(env.url + '#/kontrakt');
  await heading(page);
  await page.getByLabel('Mentor (imię i nazwisko)').fill(t.mentor);
  await page.getByLabel('Organizacja (opcjonalnie)').fill(t.organisation);
  await page.getByLabel('Główny cel współpracy').fill(t.goal);
  for (const [i, area] of t.areas.entries()) {
    await page.getByRole('button', { name: '+ Dodaj obszar' }).click();
    await page.getByLabel(`Obszar ${i + 1}`, { exact: true }).fill(area);
  }
  await page.getByRole('button', { name: '+ Dodaj wskaźnik' }).click();
  await page.getByLabel('Wskaźnik 1', { exact: true }).fill(t.indicator);
  await page.getByRole('button', { name: 'Pierwsze spotkanie dziś' }).click();
  await page.getByRole('button', { name: 'Zaakceptuj kontrakt' }).click();
}

/// Today's meeting recorded from #/przebieg, with a block's note and an item; ends on its
/// record (#/przebieg?spotkanie=1).
export async function recordMeeting(env, page, t = PLAIN) {
  await page.goto(env.url + '#/przebieg');
  await heading(page);
  await page.getByRole('button', { name: 'Zapisz spotkanie' }).click();
  await page.getByLabel('1. Przełamanie lodów i wzajemne poznanie się').fill(t.note);
  await page.getByLabel('Co jest do zrobienia').fill(t.item);
  await page.getByLabel('Do kiedy (opcjonalnie)').fill('2026-12-11');
  await page.getByRole('button', { name: 'Dodaj zadanie' }).click();
}

/// The share panel on the page it is on: opened, its block notes ticked (when offered), a
/// message (when asked for), and the link made.
export async function shareFrom(page, opener, t = PLAIN) {
  const card = page.locator('.share-card');
  await card.getByRole('button', { name: opener }).click();
  const message = card.getByLabel('Wiadomość dla mentee (opcjonalnie)');
  if (await message.count()) await message.fill(t.message);
  for (const note of await card.getByLabel(/^Notatka z\sbloku/).all()) await note.check();
  return makeLink(page);
}

/// A feedback conversation with a next step and the support offered; ends on it.
export async function feedbackSteps(env, page, t = PLAIN) {
  await page.goto(env.url + '#/feedback');
  await heading(page);
  await page.getByRole('button', { name: '+ Nowa rozmowa' }).click();
  await page.getByRole('button', { name: '+ Dodaj krok' }).click();
  await page.getByLabel('Krok 1', { exact: true }).fill(t.step);
  await page.getByLabel('Kto').selectOption('mentee');
  await page.getByLabel(/Wsparcie: „Jak mogę Ci pomóc/).fill(t.support);
}

/// The mentee's reflection on a shared meeting, opened on their phone; gives the link back.
export async function reflect(page, t = PLAIN) {
  await page.getByLabel('Co zabieram ze spotkania').fill(t.takeaway);
  await page.getByLabel('Co zrobię do następnego spotkania').fill(t.next);
  await page.getByRole('radio', { name: /^4/ }).check();
  return makeLink(page);
}

/// A link's item as JSON, and a link carrying `item` (format 1, no passphrase), as the app
/// writes them: `[format, flags]` + the JSON compressed with raw DEFLATE, in base64url.
export function readLink(link) {
  const bytes = Buffer.from(link.split('d=')[1], 'base64url');
  if (bytes[0] !== 1 || bytes[1] !== 0) throw new Error(`not a plain format-1 link: ${bytes[0]}, ${bytes[1]}`);
  return JSON.parse(inflateRawSync(bytes.subarray(2)).toString('utf8'));
}

export function writeLink(link, item) {
  const body = deflateRawSync(Buffer.from(JSON.stringify(item), 'utf8'));
  return link.split('d=')[0] + 'd=' + Buffer.concat([Buffer.from([1, 0]), body]).toString('base64url');
}
