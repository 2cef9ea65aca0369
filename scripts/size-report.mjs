// Prints the gzip size of what each route's first load fetches and fails above a budget. The
// budgets live here and nowhere else; each is a ratchet: raise it only on purpose, saying in the
// commit what the bytes bought.
//
// The build (scripts/split-wasm.mjs) splits the wasm: the shell (index.html, the styles, the
// start script, the wasm-bindgen glue, the chunk loader and main_bg.wasm) loads on every route;
// a tool's route adds its split_<tool>.wasm and the shared chunk_*.wasm files the loader names
// as its dependencies (code that two or more tools share and the shell does not use).
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

/// gzip KiB: the shell, and each tool's download on top of it (its split file plus its shared
/// chunks).
export const BUDGET_KIB = {
  // +4 (issue 15): the programme's route and links, the switcher's archive, the roster's archive day.
  // +7 (issue 16, 166.3 → 173.1): the chunk loader with two more split points and 55 more shared
  // chunk files (+2.0), the glue of WebCrypto, clipboard and share sheet (+0.6), the start
  // page's „Od moich mentorów” count, the head script that takes a link's data off the
  // address bar, the share styles.
  // +5 (issue 23, 173.9 → 178.5): the start's failure note with „Spróbuj ponownie” and the
  // probe of the wasm features, the 20-second note on a stalled chunk, the quarantine banner's
  // Polish details, the passphrase field's checks, sentences that fit the number and anyone.
  shell: 179,
  // +14: the agenda document's code and default agenda left the shell for the agenda's chunk
  // (README, „Size”). +61 (issue 15): the meeting journal with its schema-1 migration
  // (serde_json::Value), the app's templates, carried items, progress and new items during a run.
  // +13 (issue 16, 166.4 → 179.6) with no code of its own added: the two new split points cut
  // the shared code into more, smaller chunk files (75 → 100 for this route), each with its own
  // headers and gzip. Not reached: keeping it at 167 (see README, „Size”).
  // +8 (issue 23, 179.7 → 187.4): a later meeting's own heading and intro, what each meeting
  // settled in the log, the same-day question, earlier open items in a shared meeting.
  agenda: 188,
  // +2 (issue 15): the contract and the journal code it now shares with the programme page.
  // +4 (issue 16): more, smaller shared chunk files, as for the agenda.
  pytania: 74,
  // +21 (issue 15): goals with history and the contract's schema-1 migration, the reminder.
  // +18 (issue 16, 97.2 → 115.8): „Udostępnij mentee” (the picks, the share card and its
  // loader, the contract as it goes) and more, smaller shared chunk files.
  // +7 (issue 23, 115.6 → 122.6): fields that stop at their limit with a counter, acceptance
  // only as shown, format-2 passphrase links, the mentee's calendar's stable UID.
  kontrakt: 123,
  // +17 (issue 16, 87.x → 104.1): „Udostępnij kolejne kroki”, the contract's names read for
  // the mentor's name, and more, smaller shared chunk files.
  // +4 (issue 23, 104.1 → 108.0): the passphrase field and its suggestion, checked names, the
  // list rows' text as a memo (a keystroke's trimmed space stays in the field).
  feedback: 109,
  // +7 (issue 16): more, smaller shared chunk files, as for the agenda.
  // +1 (issue 23, 92.5 → 93.8): shared chunks it shares with the larger tools grew.
  crm: 94,
  // +5: the dane page checks and exports the agenda's documents, now outside the shell too.
  // +29 (issue 15): backup and checks of the journal, the goals and the programme document.
  // +19 (issue 16, 127.7 → 146.2): the backup exports and checks what was kept from links
  // (every shared kind's reading and checks), and more, smaller shared chunk files.
  // +10 (issue 23, 146.2 → 156.7): backups read as a stranger's input (every kind checked
  // field by field, sizes), programme document schema 2, the usage in one unit.
  dane: 157,
  // Issue 15: the programme page (journal, goals, closing; reads the other tools' documents).
  // +2 after the review: the carried items' shared component and the model's sentences.
  // +32 (issue 16, 201.3 → 233.2): „Udostępnij mentee” on a meeting's record, the mentee's
  // reflection on it, and more, smaller shared chunk files.
  // +31 (issue 23, 233.2 → 264.0): planned meetings called off or moved (schema 2), one
  // definition of the next meeting, the same-day question, items ticked on the meeting's day
  // and kept struck through, the log's outcomes, private score notes, format-2 links.
  przebieg: 265,
  // Issue 16: what came by a shared link (a mentor's item read-only, the reflection form with
  // the share panel, a reflection attached to a meeting through the journal), measured 193.0.
  // +13 (issue 23, 192.8 → 206.5): every field of a link checked before it reaches a name, a
  // calendar file or the user's data; format 2; the kept list's cap; the mentee's calendar.
  udostepnione: 207,
  // Issue 16: the share panel (serialising, DEFLATE, the QR code, WebCrypto), fetched the
  // first time „Udostępnij” opens; measured 56.2.
  // +6 (issue 23, 56.2 → 62.3): format 2 (the header as AES-GCM data), the passphrase field,
  // its warning and suggestion, the QR's length note.
  share: 63,
  // The start page's follow-ups, fetched on `#/` only once some feedback is saved.
  follow_ups: 19,
};

export const ROUTES = [
  { hash: '#/', tool: null },
  { hash: '#/agenda', tool: 'agenda' },
  { hash: '#/pytania', tool: 'pytania' },
  { hash: '#/kontrakt', tool: 'kontrakt' },
  { hash: '#/feedback', tool: 'feedback' },
  { hash: '#/crm', tool: 'crm' },
  { hash: '#/dane', tool: 'dane' },
  { hash: '#/przebieg', tool: 'przebieg' },
  { hash: '#/udostepnione', tool: 'udostepnione' },
];

function gzipSize(path) {
  return gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION }).length;
}

/// The files index.html fetches: every href/src to a .js, .wasm or .css (quoted or not: the
/// release build minifies the HTML), plus the modules those import statically.
export function firstLoadFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = ['index.html'];
  for (const match of html.matchAll(/(?:href|src)=["']?\.?\/?([^"'\s>#?]+\.(?:js|wasm|css))/g)) {
    if (!files.includes(match[1])) files.push(match[1]);
  }
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const text = readFileSync(join(dist, file), 'utf8');
    for (const match of text.matchAll(/^import\b[^'"]*["']\.\/([^"']+)["']/gm)) {
      if (!files.includes(dir + match[1])) files.push(dir + match[1]);
    }
  }
  // wasm-bindgen's glue instantiates its wasm (started by app.js).
  for (const file of files.filter((f) => f.endsWith('/main.js') || f === 'main.js')) {
    const wasm = file.replace(/main\.js$/, 'main_bg.wasm');
    if (!files.includes(wasm)) files.push(wasm);
  }
  return files;
}

/// Each tool's files, read from the chunk loader: `__wasm_split_load_<tool>` fetches
/// split_<tool>.wasm after the `__chunk_<n>` loaders it lists, each fetching its chunk file.
export function toolFiles(dist) {
  const app = readdirSync(dist).find((name) => /^wasm-[0-9a-f]+$/.test(name));
  if (!app) throw new Error('size-report: no wasm-<hash>/ folder in the build');
  const loader = readFileSync(join(dist, app, '__wasm_split.js'), 'utf8');
  const chunks = new Map();
  for (const match of loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = (?:earlyFetch|fetch)\(new URL\("\.\/([^"]+)"/g)) {
    chunks.set(match[1], `${app}/${match[2]}`);
  }
  const tools = {};
  for (const match of loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = (?:earlyFetch|fetch)\(new URL\("\.\/([^"]+)"[\s\S]*?, \[([^\]]*)\]\)\)/g)) {
    const deps = match[3].split(',').map((d) => d.trim()).filter(Boolean);
    for (const dep of deps) if (!chunks.has(dep)) throw new Error(`size-report: ${match[1]} needs ${dep}, not found`);
    tools[match[1]] = { split: `${app}/${match[2]}`, shared: deps.map((dep) => chunks.get(dep)) };
  }
  return { app, tools, chunks: [...chunks.values()] };
}

export function report(dist = 'dist') {
  const size = (file) => {
    const path = join(dist, file);
    if (!existsSync(path)) throw new Error(`size-report: ${file} is referenced but missing`);
    return { file, raw: readFileSync(path).length, gzip: gzipSize(path) };
  };
  const shell = firstLoadFiles(dist).map(size);
  const shellTotal = shell.reduce((sum, row) => sum + row.gzip, 0);
  const { tools, chunks } = toolFiles(dist);
  const toolRows = Object.fromEntries(
    Object.entries(tools).map(([name, { split, shared }]) => {
      const own = size(split);
      const sharedGzip = shared.reduce((sum, file) => sum + size(file).gzip, 0);
      return [name, { split: own, sharedFiles: shared.length, sharedGzip, total: own.gzip + sharedGzip }];
    }),
  );
  const routes = ROUTES.map(({ hash, tool }) => {
    if (tool && !toolRows[tool]) throw new Error(`size-report: no chunk for ${hash}`);
    return { hash, tool, total: shellTotal + (tool ? toolRows[tool].total : 0) };
  });
  const allChunks = chunks.reduce((sum, file) => sum + size(file).gzip, 0);
  return { shell, shellTotal, tools: toolRows, routes, sharedChunks: { count: chunks.length, gzip: allChunks } };
}

/// Budget breaches, as messages.
export function overBudget(result) {
  const kib = (n) => (n / 1024).toFixed(1);
  const problems = [];
  if (result.shellTotal > BUDGET_KIB.shell * 1024) problems.push(`the shell: ${kib(result.shellTotal)} KiB > ${BUDGET_KIB.shell} KiB`);
  for (const [tool, row] of Object.entries(result.tools)) {
    if (!(tool in BUDGET_KIB)) problems.push(`${tool}: a chunk with no budget in scripts/size-report.mjs`);
    else if (row.total > BUDGET_KIB[tool] * 1024) problems.push(`${tool}: ${kib(row.total)} KiB > ${BUDGET_KIB[tool]} KiB`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = report(process.argv[2] ?? 'dist');
  const kib = (n) => (n / 1024).toFixed(1).padStart(7);
  const name = (file) => file.replace(/^wasm-[0-9a-f]+\//, 'wasm-…/').padEnd(26).slice(0, 26);
  console.log('shell (every route)          raw KiB  gzip KiB');
  for (const row of result.shell) console.log(`${name(row.file)}   ${kib(row.raw)}  ${kib(row.gzip)}`);
  console.log(`${'shell total'.padEnd(26)}   ${' '.repeat(7)}  ${kib(result.shellTotal)}   (budget ${BUDGET_KIB.shell} KiB)`);
  console.log();
  console.log('tool chunk     own gzip  shared chunks gzip   tool total  budget');
  for (const [tool, row] of Object.entries(result.tools)) {
    console.log(
      `${tool.padEnd(14)}${kib(row.split.gzip)}  ${String(row.sharedFiles).padStart(4)} files ${kib(row.sharedGzip)}   ${kib(row.total)}  ${String(BUDGET_KIB[tool] ?? '—').padStart(6)}`,
    );
  }
  console.log(`(${result.sharedChunks.count} shared chunk files, ${kib(result.sharedChunks.gzip).trim()} KiB gzip in all)`);
  console.log();
  console.log('first load per route         gzip KiB');
  for (const route of result.routes) console.log(`${route.hash.padEnd(26)}   ${kib(route.total)}`);
  const problems = overBudget(result);
  for (const problem of problems) console.error(`size-report: over budget: ${problem}`);
  if (problems.length) process.exit(1);
}
