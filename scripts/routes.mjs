// The app's table of pages (src/route.rs, `PAGES`), as a native test writes it to
// public/boot/routes.json (`UPDATE_ROUTES=1 cargo test --lib route`; the test fails on a stale
// file). The size report, the e2e harness and the benches read their routes from here, so a
// route is added in one place, the Rust table.
import { readFileSync } from 'node:fs';

const table = JSON.parse(readFileSync(new URL('../public/boot/routes.json', import.meta.url), 'utf8'));

/// Every screen: `name` (the slug, `start` for `#/`), `hash`, `title`, `heading` (the first
/// screen's, as the page shows it), `nav` (its label in the navigation bar, or null), `chunk`
/// (its split point, or null in the shell), `stored` (the mentee's document it keeps, or null).
/// Titles, headings and labels are read as words (U+00A0 and U+202F as spaces, U+2011 as a
/// hyphen), as the e2e and engine checks read the page's text; tests/e2e/typography.test.mjs
/// checks the spaces themselves.
const words = (text) => (typeof text === 'string' ? text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2011/g, '-') : text);
export const PAGES = table.routes.map((page) => ({ ...page, title: words(page.title), heading: words(page.heading), nav: words(page.nav) }));

/// The navigation bar's screens, in its order.
export const NAV_PAGES = PAGES.filter((page) => page.nav !== null);

/// Split points that are no page's own, fetched later on a page (the share panel, the start
/// page's follow-ups).
export const LATER_CHUNKS = table.laterChunks;
