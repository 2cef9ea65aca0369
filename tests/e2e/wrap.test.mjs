// Long unbroken words (a pasted URL, a code, a stranger's link) never make a page wider than the
// phone: on the mentor's pages where such text was typed (the mentee's name, the contract, a
// meeting's record, feedback steps), on each kind of shared link the mentee opens (contract,
// meeting, next steps) and on a reflection the mentor opens, on screen and for print. The links
// come from the app's own share panel; then every text field of each is given a 300-character
// word (names 190, under the link's 200-character cap) and opened again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, SCREENSHOTS, heading, launch, words } from './harness.mjs';
import { feedbackSteps, fillContract, phone, readLink, recordMeeting, reflect, shareFrom, writeLink } from './flows.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/// One unbroken word of `n` characters, Polish letters included.
const word = (n, seed = 'Długie') => (seed + 'słowobezprzerwyżółć'.repeat(Math.ceil(n / 19))).slice(0, n);

const LONG = {
  mentee: word(60, 'Mentee'),
  mentor: word(190, 'Mentor'),
  organisation: word(190, 'Firma'),
  goal: word(300, 'Cel'),
  areas: [word(300, 'ObszarA'), word(300, 'ObszarB')],
  indicator: word(300, 'Wskaźnik'),
  note: word(300, 'Notatka'),
  item: word(300, 'Zadanie'),
  message: word(300, 'Wiadomość'),
  step: word(300, 'Krok'),
  support: word(300, 'Wsparcie'),
  takeaway: word(300, 'Zabieram'),
  next: word(300, 'Zrobię'),
};

/// How far the page reaches past the phone's width, on screen and for print (0 when it fits).
async function overflow(page) {
  const measure = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const screen = await measure();
  await page.emulateMedia({ media: 'print' });
  const print = await measure();
  await page.emulateMedia({ media: 'screen' });
  return { screen: Math.max(0, screen), print: Math.max(0, print) };
}

async function fits(page, name, found) {
  const { screen, print } = await overflow(page);
  if (screen || print) found.push(`${name}: ${screen} px wider on screen, ${print} px for print`);
  await page.screenshot({ path: `${SCREENSHOTS}/phone-dlugie-slowa-${name}.png`, fullPage: true });
}

const NAMES = new Set(['mentor', 'mentee', 'organisation', 'agenda', 'title']);
const TEXTS = new Set(['text', 'message', 'note', 'what', 'goal', 'support', 'takeaway', 'next']);

/// The item with each of its text fields one long word (a name 190 characters, a text 300).
function lengthen(value, key = '') {
  if (Array.isArray(value)) return value.map((v) => lengthen(v, key));
  // Where the reflection goes back to: ids, not text.
  if (key === 'origin') return value;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, lengthen(v, k)]));
  }
  if (typeof value !== 'string') return value;
  if (NAMES.has(key)) return word(190, key);
  if (TEXTS.has(key)) return word(300, key);
  return value;
}

test('long unbroken words wrap on the mentor’s pages and in every kind of shared link', async () => {
  const found = [];
  const mentor = await phone(env);
  await fillContract(env, mentor.page, LONG);
  await fits(mentor.page, 'kontrakt', found);
  const contractLink = await shareFrom(mentor.page, 'Udostępnij mentee', LONG);
  await fits(mentor.page, 'kontrakt-link', found);
  await recordMeeting(env, mentor.page, LONG);
  await fits(mentor.page, 'spotkanie', found);
  const meetingLink = await shareFrom(mentor.page, 'Udostępnij mentee', LONG);
  await mentor.page.goto(env.url + '#/przebieg');
  await heading(mentor.page);
  await fits(mentor.page, 'przebieg', found);
  await feedbackSteps(env, mentor.page, LONG);
  await fits(mentor.page, 'feedback', found);
  const stepsLink = await shareFrom(mentor.page, 'Udostępnij kolejne kroki', LONG);
  await mentor.page.goto(env.url + '#/');
  await heading(mentor.page);
  await fits(mentor.page, 'start', found);

  const mentee = await phone(env);
  for (const [name, link] of [
    ['link-kontrakt', contractLink],
    ['link-kroki', stepsLink],
    ['link-spotkanie', meetingLink],
  ]) {
    await mentee.page.goto(link);
    assert.match(await heading(mentee.page), /^Przesyła: Mentor/, name);
    await fits(mentee.page, name, found);
  }
  // The mentee's copy is the printed contract's document: the goals under the template's
  // own headings, each list with its items.
  await mentee.page.goto(contractLink);
  await heading(mentee.page);
  const doc = mentee.page.locator('main .contract-doc');
  const sections = (await doc.locator('h2').allTextContents().then((texts) => texts.map(words))).map((text) => text.replace(/^\d+\. /, ''));
  assert.deepEqual(sections, ['Cele i oczekiwane rezultaty', 'Zasady współpracy', 'Logistyka spotkań']);
  assert.deepEqual(await doc.locator('p > strong').allTextContents().then((texts) => texts.map(words)), ['Kluczowe obszary do rozwoju:', 'Mierzalne wskaźniki sukcesu:']);
  assert.match(await doc.locator('li', { hasText: 'Główny cel współpracy:' }).innerText(), /^Główny cel współpracy: /);
  // The meeting kept, and a reflection written back to the mentor.
  await mentee.page.goto(meetingLink);
  await heading(mentee.page);
  await mentee.page.getByRole('button', { name: 'Zapisz u mnie' }).click();
  const back = await reflect(mentee.page, LONG);
  await fits(mentee.page, 'refleksja-formularz', found);
  await mentee.page.goto(env.url + '#/udostepnione');
  await heading(mentee.page);
  await fits(mentee.page, 'od-moich-mentorow', found);
  await mentor.page.goto(back);
  await heading(mentor.page);
  await fits(mentor.page, 'link-refleksja', found);
  await mentor.page.getByRole('button', { name: /Dołącz do spotkania/ }).click();
  await heading(mentor.page);
  await fits(mentor.page, 'spotkanie-z-refleksja', found);

  // Every text field of every kind of link, as a stranger could write it.
  for (const [name, link, who] of [
    ['obcy-kontrakt', contractLink, mentee],
    ['obcy-spotkanie', meetingLink, mentee],
    ['obcy-kroki', stepsLink, mentee],
    ['obcy-refleksja', back, mentor],
  ]) {
    const crafted = writeLink(link, lengthen(readLink(link)));
    await who.page.goto(crafted);
    await heading(who.page);
    const alerts = who.page.locator('main [role="alert"]').filter({ hasText: /\S/ });
    assert.equal(await alerts.count(), 0, `${name} opens: ${await alerts.allTextContents().then((texts) => texts.map(words))}`);
    await fits(who.page, name, found);
  }
  assert.equal(mentor.page.viewportSize().width, PHONE.width);
  assert.deepEqual(found, []);
  for (const who of [mentor, mentee]) {
    assert.deepEqual(who.problems, []);
    await who.context.close();
  }
});
