// The checks every engine runs, written once. Each gets `app` (an App on a fresh origin, see
// app.mjs) and `engine` (its entry in engines.mjs). They find things by ids, roles, data
// attributes and the route headings from tests/e2e/harness.mjs, and match button text loosely,
// so that wording changes elsewhere do not break them.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROUTES } from '../e2e/harness.mjs';
import { SCREENSHOTS } from './app.mjs';
import { which } from './engines.mjs';

const ROSTER = 'niezbednik/mentees';
const OURS = '^niezbednik/(mentees$|mentee/|agenda-ustawienia$)';

/// Swaps print and screen media in the page's own style sheets (CSSOM, which the CSP allows),
/// so the print stylesheet applies on screen: what an engine lays out for paper, checkable in
/// any engine. `on = false` swaps back.
function printMedia(on) {
  const swap = (text) => text.replace(/\b(print|screen)\b/g, (m) => (m === 'print' ? 'screen' : 'print'));
  let swapped = 0;
  const walk = (rules) => {
    for (const rule of rules) {
      if (rule.media && rule.cssRules) {
        const text = rule.media.mediaText;
        if (/\b(print|screen)\b/.test(text)) {
          rule.media.mediaText = swap(text);
          swapped += 1;
        }
        walk(rule.cssRules);
      }
    }
  };
  for (const sheet of document.styleSheets) walk(sheet.cssRules);
  document.documentElement.dataset.enginePrint = on ? 'on' : '';
  return swapped;
}

/// What a print shows: visible form controls and buttons, whether the navigation shows, the text.
function printed() {
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  return {
    controls: [...document.querySelectorAll('button, input, select, textarea')].filter(shown).length,
    nav: [...document.querySelectorAll('nav')].some(shown),
    text: document.body.innerText,
  };
}

/// A check that cannot run here says why in the test report. Under CI (`CI` set) a missing
/// tool is a failure instead: CI installs it (scripts/setup --browser), so a skip there would
/// quietly lose the check. What an engine's driver cannot do at all (`known`) stays a skip.
function cannotRun(t, why, { known = false } = {}) {
  if (process.env.CI && !known) assert.fail(`${why} (CI must run this check: scripts/setup --browser installs what it needs)`);
  t.skip(why);
}

/// Why the PDF's text cannot be read here, or null when it can.
function noPdfToText() {
  return which('pdftotext') ? null : 'pdftotext is not installed (poppler-utils), so the PDF\'s text cannot be read';
}

export const CHECKS = [
  {
    name: 'every route at phone width: its heading, real text, no sideways scroll, no error',
    async run(app) {
      await app.open('#/', ROUTES[0].heading);
      for (const route of ROUTES) {
        await app.go(route.hash, route.heading);
        const page = await app.s.execute(() => ({
          width: window.innerWidth,
          overflow: document.scrollingElement.scrollWidth - window.innerWidth,
          words: document.querySelector('main').innerText.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)).length,
          lang: document.documentElement.lang,
          title: document.title,
        }));
        assert.equal(page.width, 390, 'phone width');
        assert.ok(page.overflow <= 0, `${route.hash} scrolls sideways by ${page.overflow}px`);
        assert.ok(page.words >= 20, `${route.hash} shows only ${page.words} words`);
        assert.equal(page.lang, 'pl');
        assert.match(page.title, /Niezbędnik mentora/);
        await app.screenshot(`phone-${route.name}`);
      }
      // A fresh load of a deep link, and the not-found page.
      assert.equal(await app.open('#/kontrakt'), 'Kontrakt mentoringowy');
      await app.go('#/nie-ma-takiej');
      await app.textWhen('main', /#\/nie-ma-takiej/);
    },
  },

  {
    name: 'the guards see what they guard against: a CSP violation, an error, console.error',
    async run(app) {
      await app.open('#/');
      // A fetch to another origin (a port on this machine that nothing serves): the CSP must
      // stop it before any request, and the page's listener must see the violation. An error
      // event and a console.error reach the listeners installed in the page itself (errors
      // thrown by the test's own script would land in the driver's sandbox in some engines).
      await app.s.execute(() => {
        fetch('http://127.0.0.1:9/niezbednik-test').catch(() => {});
        window.dispatchEvent(new ErrorEvent('error', { message: 'deliberate test error' }));
        console.error('deliberate console error');
      });
      await app.s.waitFor('the violation', () => window.__engineGuard.csp.length > 0);
      const problems = await app.allProblems();
      assert.ok(problems.some((p) => /^CSP: connect-src/.test(p)), problems.join('\n'));
      assert.ok(problems.some((p) => /deliberate test error/.test(p)), problems.join('\n'));
      assert.ok(problems.some((p) => /deliberate console error/.test(p)), problems.join('\n'));
      assert.ok(!problems.some((p) => /foreign request/.test(p)), `the CSP let a request out: ${problems.join('\n')}`);
    },
  },

  {
    name: 'a mentee added on #/dane survives a reload',
    async run(app) {
      await app.open('#/dane', 'Dane i ustawienia');
      await app.fill('#nowy-mentee', 'Anna Kowalska');
      await app.press(/^Dodaj$/, 'form');
      await app.textWhen('#aktywny-mentee option:checked', /^Anna Kowalska$/);
      await app.reload('Dane i ustawienia');
      assert.equal(await app.text('#aktywny-mentee option:checked'), 'Anna Kowalska');
      assert.match((await app.storage(`^${ROSTER}$`))[ROSTER], /Anna Kowalska/);
    },
  },

  {
    name: 'storage full for real: the app keeps working in memory and says it is not saving',
    async run(app) {
      await app.open('#/dane', 'Dane i ustawienia');
      // Fill this origin's localStorage to the engine's own quota, to the last character.
      const filled = await app.s.execute(() => {
        let size = 1 << 20;
        let index = 0;
        let threw = null;
        const chunk = 'x'.repeat(size);
        while (size >= 1) {
          try {
            localStorage.setItem(`zz-wypelnienie-${index}`, chunk.slice(0, size));
            index += 1;
          } catch (e) {
            threw = `${e.name} (${e.code})`;
            size = size >> 1;
          }
        }
        return { keys: index, threw };
      });
      try {
        assert.ok(filled.keys > 3 && filled.threw, `filled ${JSON.stringify(filled)}`);
        await app.reload('Dane i ustawienia');
        // Longer than the stand-in „Osoba mentorowana” it replaces, so the roster must grow.
        await app.fill('#nowy-mentee', 'Celina Wiśniewska-Kowalczyk');
        await app.press(/^Dodaj$/, 'form');
        await app.textWhen('#aktywny-mentee option:checked', /^Celina Wiśniewska-Kowalczyk$/);
        const banner = await app.textWhen('[data-problem=not-saving]', /\S/);
        assert.match(banner, /nie są zapisywane/i);
        assert.doesNotMatch(JSON.stringify(await app.storage(`^${ROSTER}$`)), /Celina/, 'nothing half-written');
        await app.go('#/agenda', 'Agenda pierwszego spotkania');
        assert.notEqual(await app.text('[data-problem=not-saving]'), null, 'the banner stays on every page');
        await app.screenshot('phone-awaria-zapisu');
      } finally {
        // Firefox counts localStorage per site (127.0.0.1 with any port): free it for the others.
        await app.s.execute(() => {
          for (const key of Object.keys(localStorage)) if (key.startsWith('zz-wypelnienie-')) localStorage.removeItem(key);
        });
      }
      // Room freed: what waited is written by itself, with nothing pressed (issue 28).
      await app.s.waitFor(
        'the held roster written once room is freed',
        (key) => /Celina/.test(localStorage.getItem(key) || ''),
        [ROSTER],
        { timeout: 10000 },
      );
      console.log(`${app.engine}: quota reached after ${filled.keys} writes, the browser threw ${filled.threw}`);
    },
  },

  {
    name: 'a closed mentee’s documents are stored packed and read back as they were',
    async run(app) {
      await app.open('#/', 'Niezbędnik mentora');
      const fixture = JSON.parse(readFileSync('tests/fixtures/store/programme-documents-v2.json', 'utf8'));
      await app.s.execute((entries) => {
        localStorage.clear();
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      }, fixture);
      // The data page packs the documents of mentees not in use (Anna is closed, m1 active).
      await app.reload('Niezbędnik mentora');
      await app.go('#/dane', 'Dane i ustawienia');
      await app.s.waitFor(
        'the closed mentee’s contract packed',
        () => /^\{"schema":1000,"data":0,"s":2,"z":"/.test(localStorage.getItem('niezbednik/mentee/m2/kontrakt') || ''),
        [],
        { timeout: 10000 },
      );
      const stored = await app.storage('^niezbednik/mentee/m2/');
      const plain = Object.entries(fixture).filter(([k]) => k.startsWith('niezbednik/mentee/m2/'));
      const units = (entries) => entries.reduce((sum, [k, v]) => sum + k.length + v.length, 0);
      assert.ok(units(Object.entries(stored)) * 2 < units(plain), `packed ${units(Object.entries(stored))} of ${units(plain)}`);
      // Picked again and opened: the same contract and meetings, from the packed text.
      await app.set('#aktywny-mentee', 'm2');
      await app.go('#/kontrakt', 'Kontrakt mentoringowy');
      await app.s.waitFor(
        'the contract’s mentor',
        () => [...document.querySelectorAll('input')].some((el) => el.value === 'Jan Mentor') || document.querySelector('main').innerText.includes('Jan Mentor'),
        [],
        { timeout: 10000 },
      );
      await app.go('#/przebieg', 'Przebieg mentoringu');
      await app.textWhen('main', /Pewność w rozmowach z zespołem/);
      assert.equal(await app.text('[data-problem]'), null, 'nothing set aside or refused');
    },
  },

  {
    name: 'an unreadable value is quarantined and downloadable, the rest starts from defaults',
    async run(app) {
      const broken = '{"schema":1,"data":{"mentees":[{"id":"m1","na';
      await app.open('#/');
      await app.s.execute((key, value) => localStorage.setItem(key, value), ROSTER, broken);
      await app.reload();
      const banner = await app.textWhen('[data-problem=quarantined]', /\S/);
      assert.match(banner, /Nie udało się odczytać/);
      await app.go('#/dane', 'Dane i ustawienia');
      assert.equal(await app.s.execute(() => document.querySelectorAll('#aktywny-mentee option').length), 1, 'one default mentee');
      const kept = Object.values(await app.storage('^niezbednik/kwarantanna/'));
      assert.deepEqual(kept, [broken]);
      await app.screenshot('phone-kwarantanna');
      const file = await app.download(() => app.press(/Pobierz/, '[data-problem=quarantined]'));
      assert.equal(file.text, broken);
    },
  },

  {
    name: 'data from a newer version is never overwritten',
    async run(app) {
      const newer = '{"schema":9,"data":{"mentees":[],"future":true}}';
      await app.open('#/dane', 'Dane i ustawienia');
      await app.s.execute((key, value) => localStorage.setItem(key, value), ROSTER, newer);
      await app.reload('Dane i ustawienia');
      await app.textWhen('[data-problem=newer]', /nowsz/);
      await app.fill('#nowy-mentee', 'Dorota');
      await app.press(/^Dodaj$/, 'form');
      await app.textWhen('#aktywny-mentee option:checked', /^Dorota$/);
      assert.equal((await app.storage(`^${ROSTER}$`))[ROSTER], newer);
    },
  },

  {
    name: 'the agenda timer runs from timestamps: a reload keeps the time, a pause holds',
    async run(app) {
      const seconds = (text) => {
        const m = /^(\d+):(\d\d)$/.exec(text ?? '');
        assert.ok(m, `timer reads ${JSON.stringify(text)}`);
        return Number(m[1]) * 60 + Number(m[2]);
      };
      const timer = () => app.text('[role=timer]');
      await app.open('#/agenda', 'Agenda pierwszego spotkania');
      await app.press(/Rozpocznij/);
      const first = seconds(await app.textWhen('[role=timer]', /^\d+:\d\d$/));
      assert.ok(first <= 15 * 60 && first >= 15 * 60 - 5, `starts at ${first} s`);
      // Let two seconds pass on the page's own clock, then reload.
      await app.s.waitFor('two seconds on the timer', (start) => {
        const m = /^(\d+):(\d\d)$/.exec(document.querySelector('[role=timer]').textContent.trim());
        return m && Number(m[1]) * 60 + Number(m[2]) <= start - 2;
      }, [first]);
      const before = seconds(await timer());
      await app.reload('Agenda pierwszego spotkania');
      const after = seconds(await app.textWhen('[role=timer]', /^\d+:\d\d$/));
      assert.ok(after <= before && after >= before - 20, `after the reload ${after} s, before it ${before} s`);
      assert.match(await app.text('.timer-position'), /^Blok 1 z 5/);
      await app.s.waitFor('the timer to keep running', (start) => {
        const m = /^(\d+):(\d\d)$/.exec(document.querySelector('[role=timer]').textContent.trim());
        return m && Number(m[1]) * 60 + Number(m[2]) < start;
      }, [after]);
      await app.screenshot('phone-agenda-blok');
      await app.press(/Pauza/);
      await app.element('button', /Wznów/);
      const paused = seconds(await timer());
      await app.reload('Agenda pierwszego spotkania');
      // Time passes while paused; the clock must not move.
      await app.sleep(2200);
      assert.equal(seconds(await timer()), paused);
      assert.match(await app.text('.timer-position'), /pauza/);
      await app.press(/Wznów/);
      await app.s.waitFor('the timer to run again', (start) => {
        const m = /^(\d+):(\d\d)$/.exec(document.querySelector('[role=timer]').textContent.trim());
        return m && Number(m[1]) * 60 + Number(m[2]) < start;
      }, [paused]);
    },
  },

  {
    name: 'all 50 questions on 49 cards (a question with its follow-up is one card) drawn with the button and the → key, none repeated',
    async run(app) {
      await app.open('#/pytania', 'Pytania otwarcia');
      const seen = [];
      const draw = async (i) => {
        if (i % 2 === 0) await app.press(/Następna karta/);
        else await app.s.keys('\uE014');
        const [count, texts] = await app.s.waitFor(`card ${i + 1}`, (n) => {
          const count = document.querySelector('.qcard-count')?.textContent.replace(/[\u00a0\u202f]/g, ' ').trim();
          return count && count.startsWith(`Karta ${n} z `)
            ? [count, [...document.querySelectorAll('.qcard-text p')].map((p) => p.textContent.trim())]
            : false;
        }, [i + 1]);
        seen.push(...texts);
        return count;
      };
      assert.equal(await draw(0), 'Karta 1 z 49');
      await app.screenshot('phone-pytania-karta');
      for (let i = 1; i < 49; i++) await draw(i);
      assert.equal(seen.length, 50, 'every question of the bank on some card');
      assert.equal(new Set(seen).size, 50, 'no question twice');
      await app.s.keys('\uE014');
      await app.element('[role=status]', /Talia się skończyła|wszystkie/);
      assert.equal(await app.text('.qcard-count'), 'Karta 49 z 49', 'nothing more to draw');
    },
  },

  {
    name: 'the contract: kept across a reload, printed without the form, its .ics downloads',
    async run(app, engine, t) {
      await app.open('#/kontrakt', 'Kontrakt mentoringowy');
      await app.fill('#k-mentor', 'Jan Mentor');
      await app.fill('#k-mentee', 'Anna Kowalska');
      await app.fill('#k-cel', 'Przygotowanie do roli liderki zespołu');
      await app.set('#k-czestotliwosc', 'tydzien');
      await app.set('#k-start', '2026-01-05');
      await app.set('#k-godzina', '17:30');
      await app.set('#k-miesiace', '6');
      await app.textWhen('[data-testid=kontrakt-wyliczenia]', /\b26\b/);
      await app.reload('Kontrakt mentoringowy');
      assert.equal(await app.s.execute(() => document.querySelector('#k-mentee').value), 'Anna Kowalska');
      assert.equal(await app.s.execute(() => document.querySelector('#k-start').value), '2026-01-05');

      const ics = await app.download(() => app.press(/\.ics/));
      assert.equal(ics.name, 'spotkania-Anna-Kowalska.ics');
      assert.match(ics.type, /^text\/calendar/);
      assert.ok(ics.text.startsWith('BEGIN:VCALENDAR\r\n') && ics.text.endsWith('END:VCALENDAR\r\n'));
      const unfolded = ics.text.replace(/\r\n /g, '');
      assert.match(unfolded, /\r\nDTSTART;TZID=Europe\/Warsaw:20260105T173000\r\n/);
      assert.match(unfolded, /\r\nRRULE:FREQ=WEEKLY;COUNT=26\r\n/);
      assert.match(unfolded, /\r\nSUMMARY:Mentoring: Anna Kowalska\r\n/);

      // The print stylesheet applied: the document only, no navigation, no controls.
      assert.ok((await app.s.execute(printMedia, true)) > 0, 'the app has print styles');
      try {
        const paper = await app.s.execute(printed);
        assert.equal(paper.nav, false, 'no navigation on paper');
        assert.equal(paper.controls, 0, 'no buttons or fields on paper');
        assert.match(paper.text, /Anna Kowalska/);
        assert.match(paper.text, /Jan Mentor/);
        assert.match(paper.text, /Przygotowanie do roli liderki zespołu/);
        await app.s.execute(() => {
          document.scrollingElement.scrollTop = 0;
          return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        });
        await app.s.waitFor('the top of the page', () => document.scrollingElement.scrollTop === 0);
        await app.screenshot('kontrakt-wydruk');
      } finally {
        await app.s.execute(printMedia, false);
      }
      // The engine's own print to PDF, where its driver can print; then the PDF's text.
      let pdfPath = null;
      await t.test('the engine prints the contract to PDF', async (t) => {
        if (!engine.canPrint) return cannotRun(t, engine.cannotPrint, { known: true });
        const pdf = await app.s.print({ page: { width: 21, height: 29.7 }, background: true });
        assert.ok(pdf && pdf.length > 1000 && pdf.subarray(0, 5).toString() === '%PDF-', 'a PDF');
        pdfPath = `${SCREENSHOTS}/${app.engine}-kontrakt.pdf`;
        writeFileSync(pdfPath, pdf);
        // Page images to look at; poppler-utils missing only leaves the PDF itself to open.
        if (which('pdftoppm')) {
          execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '2', pdfPath, `${SCREENSHOTS}/${app.engine}-kontrakt-pdf`]);
        } else {
          t.diagnostic('pdftoppm is not installed (poppler-utils): no page images of the PDF');
        }
      });
      await t.test("the PDF holds the contract's names and no buttons", async (t) => {
        if (!engine.canPrint) return cannotRun(t, engine.cannotPrint, { known: true });
        const missing = noPdfToText();
        if (missing) return cannotRun(t, missing);
        assert.ok(pdfPath, 'the PDF was printed (see the check above)');
        const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
        assert.match(text, /Anna Kowalska/);
        assert.doesNotMatch(text, /Dodaj spotkania do kalendarza/, 'no buttons in the PDF');
      });
    },
  },

  {
    name: 'a contract shared with a passphrase: QR code and link made here, opened again with WebCrypto, the data off the address bar',
    async run(app) {
      await app.open('#/kontrakt', 'Kontrakt mentoringowy');
      await app.fill('#k-mentor', 'Jan Mentor');
      await app.fill('#k-mentee', 'Anna Kowalska');
      await app.fill('#k-cel', 'Przygotowanie do roli liderki zespołu');
      await app.press(/^Udostępnij mentee$/, '.share-card');
      await app.fill('#haslo-linku', 'zielona herbata 7');
      await app.press(/^Utwórz link i kod QR$/, '.share-card');
      // PBKDF2 with 600 000 iterations, then AES-GCM, in this engine's WebCrypto.
      await app.element('svg.qr path', null, { timeout: 60000 });
      await app.textWhen('.share-card', /Link jest zaszyfrowany/);
      const link = await app.s.execute(() => document.querySelector('#link-udostepniania').value);
      assert.match(link, /#\/udostepnione\?d=[A-Za-z0-9_-]{100,}$/);
      await app.screenshot('udostepnij-kontrakt');

      // Opened as a new document: the data leaves the address bar before anything else.
      await app.harvest();
      await app.s.navigate('about:blank');
      await app.s.navigate(link);
      await app.ready('Udostępnione');
      assert.equal(await app.s.execute(() => location.hash), '#/udostepnione');
      const before = await app.storage();
      await app.fill('#haslo', 'czarna kawa 7');
      await app.press(/^Otwórz$/);
      await app.textWhen('main', /To hasło nie otwiera tego linku/, 60000);
      assert.deepEqual(await app.storage(), before, 'a wrong passphrase writes nothing');
      await app.fill('#haslo', 'zielona herbata 7');
      await app.press(/^Otwórz$/);
      await app.textWhen('main h1', /^Przesyła: Jan Mentor$/, 60000);
      await app.textWhen('main', /Przygotowanie do roli liderki zespołu/);
      await app.screenshot('od-mentora-kontrakt');
    },
  },

  {
    name: 'the mentee’s own app: a contract and a meeting kept from links, the task ticked and in the calendar, the reflection carrying it to the mentor’s record',
    async run(app) {
      // The mentor's phone: a named mentee, a contract, a meeting with a task, links to both.
      await app.open('#/dane', 'Dane i ustawienia');
      await app.fill('#nowy-mentee', 'Anna Kowalska');
      await app.press(/^Dodaj$/, 'form');
      await app.textWhen('#aktywny-mentee option:checked', /^Anna Kowalska$/);
      await app.go('#/kontrakt', 'Kontrakt mentoringowy');
      await app.fill('#k-mentor', 'Jan Mentor');
      await app.fill('#k-cel', 'Przygotowanie do roli liderki zespołu');
      await app.set('#k-start', '2030-01-07');
      await app.set('#k-godzina', '17:30');
      const link = async () => {
        await app.press(/^Udostępnij mentee$/, '.share-card');
        await app.press(/^Utwórz link i kod QR$/, '.share-card');
        await app.element('svg.qr path', null, { timeout: 60000 });
        return app.s.execute(() => document.querySelector('#link-udostepniania').value);
      };
      const contractLink = await link();
      await app.go('#/przebieg', 'Przebieg mentoringu');
      await app.set('#nowe-spotkanie-data', '2026-12-01');
      await app.press(/^Zapisz spotkanie$/);
      await app.ready('Spotkanie 1 grudnia 2026');
      const meetingHash = await app.s.execute(() => location.hash);
      await app.fill('#nowe-zadanie-co', 'Spisać zadania do delegowania');
      await app.set('#nowe-zadanie-termin', '2030-01-14');
      await app.press(/^Dodaj zadanie$/);
      await app.element('li', /Spisać zadania do delegowania/);
      const meetingLink = await link();

      // The mentee's phone: nothing of the mentor's (storage set aside, as on another phone).
      // Cleared from a page of the same origin that is not the app, so no app is left to
      // write anything back as it unloads.
      const bar = () => app.s.execute(() => [...document.querySelectorAll('nav.nav .nav-link')].map((a) => a.textContent.trim()));
      // The mentor's storage is read there too: leaving the app writes what was typed a
      // moment ago (a change waits up to half a second to be written).
      const elsewhere = async (script, arg) => {
        await app.harvest();
        await app.s.navigate('about:blank');
        await app.s.navigate(app.url + 'sw.js');
        return app.s.execute(script, arg);
      };
      const mentors = await elsewhere(() => {
        const saved = {};
        for (const key of Object.keys(localStorage)) saved[key] = localStorage.getItem(key);
        localStorage.clear();
        return saved;
      });
      assert.match(JSON.stringify(mentors), /Spisać zadania do delegowania/, 'the mentor’s task is saved');
      await app.s.navigate(contractLink);
      await app.ready('Przesyła: Jan Mentor');
      assert.equal(await app.text('.received-what'), 'Kontrakt mentoringowy');
      assert.match(await app.text('.received-kept'), /dopóki nie wybierzesz „Zapisz u mnie”/);
      assert.equal(await app.s.execute(() => document.querySelector('.mentee-switcher')), null, 'no mentee switcher');
      assert.deepEqual(await bar(), ['Mój mentoring', 'Od mentorów', 'Dane']);
      await app.press(/^Zapisz u mnie$/);
      await app.textWhen('.received-kept', /Zapisane u Ciebie/);
      await app.harvest();
      await app.s.navigate('about:blank');
      await app.s.navigate(meetingLink);
      await app.ready('Przesyła: Jan Mentor');
      assert.equal(await app.text('.received-what'), 'Spotkanie 1 grudnia 2026');
      await app.press(/^Zapisz u mnie$/);
      await app.textWhen('.received-kept', /Zapisane u Ciebie/);
      await app.open('#/', 'Mój mentoring');
      assert.deepEqual(await bar(), ['Mój mentoring', 'Od mentorów', 'Dane']);
      await app.textWhen('.next-meeting', /7 stycznia 2030, godz\. 17:30/);
      await app.textWhen('.task', /Spisać zadania do delegowania.*termin: 14 stycznia 2030/);
      await app.screenshot('mentee-start');
      const ics = await app.download(() => app.press(/^Dodaj do kalendarza \(\.ics\)$/, '.task'));
      assert.match(ics.name, /\.ics$/);
      const unfolded = ics.text.replace(/\r\n /g, '');
      assert.match(unfolded, /\r\nDTSTART;VALUE=DATE:20300114\r\n/);
      assert.match(unfolded, /\r\nSUMMARY:Zadanie z mentoringu: Spisać zadania do delegowania\r\n/);
      await app.click('.task input[type=checkbox]');
      await app.textWhen('.task', /Zrobione/);
      await app.reload('Mój mentoring');
      assert.equal(await app.s.execute(() => document.querySelector('.task input').checked), true);
      await app.click('a.button', /^Napisz refleksję$/);
      await app.ready('Przesyła: Jan Mentor');
      await app.fill('#refleksja-zabieram', 'Delegowanie zaczyna się od listy.');
      await app.click('label[for=przydatnosc-5]');
      await app.textWhen('.reported', /Spisać zadania do delegowania/);
      await app.press(/^Utwórz link i kod QR$/);
      await app.element('svg.qr path', null, { timeout: 60000 });
      const back = await app.s.execute(() => document.querySelector('#link-udostepniania').value);

      // Back on the mentor's phone: attached, then one tap marks the task done.
      await elsewhere((saved) => {
        localStorage.clear();
        for (const [key, value] of Object.entries(saved)) localStorage.setItem(key, value);
      }, mentors);
      await app.s.navigate(back);
      await app.ready('Refleksja od mentee');
      assert.ok(await app.s.execute(() => document.querySelector('#aktywny-mentee') !== null), 'the mentor’s layout');
      await app.press(/^Dołącz do spotkania 1 grudnia 2026/);
      await app.ready('Spotkanie 1 grudnia 2026');
      assert.equal(await app.s.execute(() => location.hash), meetingHash);
      await app.press(/^Oznacz jako zrobione \(1\)$/);
      await app.textWhen('section.reported-done', /Oznaczono jako zrobione: 1 zadanie/);
      await app.textWhen('section[aria-labelledby=zadania-spotkania]', /zgłoszone przez osobę mentee/);
    },
  },

  {
    name: 'backup round trip: export, delete everything, import gives the same data',
    async run(app) {
      await app.open('#/dane', 'Dane i ustawienia');
      await app.fill('#nowy-mentee', 'Anna Kowalska');
      await app.press(/^Dodaj$/, 'form');
      await app.textWhen('#aktywny-mentee option:checked', /^Anna Kowalska$/);
      await app.go('#/kontrakt', 'Kontrakt mentoringowy');
      await app.fill('#k-mentor', 'Jan Mentor <img src=x onerror=alert(1)>');
      await app.go('#/dane', 'Dane i ustawienia');
      const before = await app.storage(OURS);
      assert.ok(Object.keys(before).length >= 2, JSON.stringify(before));

      const backup = await app.download(() => app.press(/Eksportuj wszystko/));
      assert.match(backup.name, /^niezbednik-wszystko-\d{8}\.json$/);
      assert.equal(JSON.parse(backup.text).type, 'niezbednik-mentora/kopia');
      const dir = mkdtempSync(join(tmpdir(), 'niezbednik-kopia-'));
      const file = join(dir, backup.name);
      writeFileSync(file, backup.text);
      try {
        await app.fill('#potwierdz-usuniecie', 'USUŃ');
        await app.reloadBy(() => app.press(/Usuń wszystkie dane/), 'Dane i ustawienia');
        assert.equal(await app.s.execute(() => document.querySelectorAll('#aktywny-mentee option').length), 1);
        assert.notDeepEqual(await app.storage(OURS), before);

        const input = await app.element('#import-pliku', null).catch(async () => app.s.find('#import-pliku'));
        await app.s.type(input, file);
        const preview = await app.textWhen('[role=alertdialog]', /Anna Kowalska/);
        assert.match(preview, /Zastąpi wszystkie/);
        await app.screenshot('phone-dane-import');
        await app.reloadBy(() => app.press(/^Importuj$/, '[role=alertdialog]'), 'Dane i ustawienia');
        assert.deepEqual(await app.storage(OURS), before, 'lossless round trip');
        await app.go('#/kontrakt', 'Kontrakt mentoringowy');
        assert.equal(await app.s.execute(() => document.querySelector('#k-mentor').value), 'Jan Mentor <img src=x onerror=alert(1)>');
        assert.equal(await app.s.execute(() => document.querySelectorAll('main img[src="x"]').length), 0, 'user text stays text');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },

  {
    name: 'tools load as chunks: two opened directly, the others through navigation',
    async run(app) {
      const tools = ROUTES.filter((route) => route.hash !== '#/');
      const splits = () =>
        app.s.execute(() =>
          performance
            .getEntriesByType('resource')
            .map((entry) => new URL(entry.name).pathname.split('/').pop())
            .filter((name) => /^split_.*\.wasm$/.test(name))
            .sort(),
        );
      // A direct open fetches that tool's chunk and no other (ES modules and `import.meta.url`
      // resolve the chunk next to the loader, under the sub-path).
      // Each wasm file once: the head script's early requests are the ones the loaders use.
      const twice = () =>
        app.s.execute(() => {
          const names = performance
            .getEntriesByType('resource')
            .map((entry) => new URL(entry.name).pathname.split('/').pop())
            .filter((name) => name.endsWith('.wasm'));
          return names.filter((name, i) => names.indexOf(name) !== i);
        });
      for (const name of ['crm', 'pytania']) {
        const route = tools.find((r) => r.name === name);
        await app.open(route.hash, route.heading);
        assert.deepEqual(await splits(), [`split_${name}.wasm`], `${route.hash} opened directly`);
        assert.deepEqual(await twice(), [], `${route.hash}: no wasm fetched twice`);
      }
      // The rest arrive on navigation, in the same document.
      await app.open('#/', ROUTES[0].heading);
      for (const route of tools) await app.go(route.hash, route.heading);
      assert.deepEqual(await splits(), tools.map((r) => `split_${r.name}.wasm`).sort());
      await app.go('#/crm', tools.find((r) => r.name === 'crm').heading);
    },
  },

  {
    name: 'after one visit every route works offline, through the service worker',
    async run(app) {
      await app.open('#/', ROUTES[0].heading);
      await app.s.waitFor('the service worker to control the page', () => navigator.serviceWorker?.controller != null, [], { timeout: 30000 });
      const cached = await app.s.execute(async () => {
        const keys = await caches.keys();
        const files = keys.length ? (await (await caches.open(keys[0])).keys()).map((r) => new URL(r.url).pathname) : [];
        return { keys, files };
      });
      assert.equal(cached.keys.length, 1, JSON.stringify(cached.keys));
      assert.ok(cached.files.some((f) => f.endsWith('_bg.wasm')), JSON.stringify(cached.files));
      await app.goOffline();
      await app.reload(ROUTES[0].heading);
      for (const route of ROUTES) await app.go(route.hash, route.heading);
      await app.reload(ROUTES.at(-1).heading);
      await app.screenshot('phone-offline');
    },
  },
];

/// A build whose wasm is cut short must not pass for a working app: the app never mounts and
/// the loading screen stays. This keeps the checks above honest (they wait for the mounted app).
export const BROKEN_BUILD = {
  name: 'a truncated wasm never shows the app (the checks above would fail on a broken build)',
  async run(app) {
    const dist = process.env.ENGINES_DIST ?? 'dist';
    const copy = mkdtempSync(join(tmpdir(), 'niezbednik-zepsuty-'));
    try {
      const copyDir = (from, to) => {
        mkdirSync(to, { recursive: true });
        for (const name of readdirSync(from)) {
          const source = join(from, name);
          if (statSync(source).isDirectory()) copyDir(source, join(to, name));
          else copyFileSync(source, join(to, name));
        }
      };
      copyDir(dist, copy);
      // The shell's wasm: in the versioned wasm-<hash>/ folder of the split build.
      const build = readdirSync(copy).find((f) => /^wasm-[0-9a-f]+$/.test(f));
      const wasm = build && join(build, 'main_bg.wasm');
      assert.ok(wasm, 'the build has a wasm-<hash>/main_bg.wasm');
      truncateSync(join(copy, wasm), Math.floor(statSync(join(copy, wasm)).size / 2));
      await app.serve(copy);
      await app.s.navigate('about:blank');
      await app.s.navigate(app.url + '#/');
      await assert.rejects(app.ready(null, 8000), /timed out/);
      const state = await app.state();
      assert.equal(state.heading, null);
      assert.equal(state.booting, true, 'the static shell stays');
      assert.match(state.failedNote ?? '', /^Nie udało się uruchomić aplikacji\./, 'the static shell says the app cannot start');
      await app.screenshot('zepsuty-wasm');
    } finally {
      await app.close();
      rmSync(copy, { recursive: true, force: true });
    }
  },
};
