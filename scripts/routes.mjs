// The app's table of pages (src/route.rs, `PAGES`), as a native test writes it to
// public/boot/routes.json (`UPDATE_ROUTES=1 cargo test --lib route`; the test fails on a stale
// file). The size report, the e2e harness and the benches read their routes from here, so a
// route is added in one place, the Rust table.
import { readFileSync } from 'node:fs';

const table = JSON.parse(readFileSync(new URL('../public/boot/routes.json', import.meta.url), 'utf8'));

/// Every screen: `name` (the slug, `start` for `#/`), `hash`, `title`, `heading` (the first
/// screen's, as the page shows it), `nav` (its label in the navigation bar, or null), `chunk`
/// (its split point, or null in the shell), `stored` (the mentee's document it keeps, or null).
/// Text as the tests compare words: the app binds words with U+00A0 (and U+202F) and writes
/// U+2011 in „24‑godzinnym” (src/model/typography.rs), which read here as a plain space and
/// hyphen. tests/e2e/typography.test.mjs checks those characters themselves. Titles, headings
/// and labels below are read this way, as the e2e and engine checks read the page's text.
export function words(text) {
  return typeof text === 'string' ? text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2011/g, '-') : text;
}
export const PAGES = table.routes.map((page) => ({ ...page, title: words(page.title), heading: words(page.heading), nav: words(page.nav) }));

/// The navigation bar's screens, in its order.
export const NAV_PAGES = PAGES.filter((page) => page.nav !== null);

/// Split points that are no page's own, fetched later on a page (the share panel, the start
/// page's follow-ups).
export const LATER_CHUNKS = table.laterChunks;
