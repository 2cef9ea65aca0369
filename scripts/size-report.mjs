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
import { LATER_CHUNKS, PAGES } from './routes.mjs';

/// gzip KiB, each route's and each later split point's keyed by its name in the app's table of
/// pages (src/route.rs `PAGES`, read from public/boot/routes.json by scripts/routes.mjs): a
/// route with no budget, or a budget for no route, fails the report. Issue 24 replaced the
/// per-tool budgets with these: what a direct open of each route fetches (the shell, the tool's split file and the merged shared chunk files it needs), the
/// number of wasm files that takes, and the two split points fetched later on a page (their
/// files as if none were loaded yet). Issue 24's goal is 200 KiB a route; not reached (README,
/// „Speed”): the budgets hold what was reached, and go down from here.
export const BUDGET_KIB = {
  // +4 (issue 15), +7 (issue 16), +5 (issue 23): see git history. Issue 24 (178.5 → 177.6):
  // the chunk loader with 10 merged chunk files instead of 187 (−2.0), the routes' first
  // screens in index.html (+1.1).
  // Issue 25 (177.6 → 184.1): whose app this is, decided in the shell before any page (the
  // layout's signals, the mentee's bar, the way back to it), and the static shell's second bar.
  // Raised on purpose: every first paint must know whose layout to draw.
  // Issue 28 (184.1 → 191.1): the storage meter and the 80 % warning on the start page, the
  // line under the field typed in while storage refuses, held writes kept across a reload,
  // the packed envelope (its reader stays out: `Document::OPENS_PACKED`). Raised on purpose.
  shell: 192,
  // Issue 24, measured 2026-12-06 (before it, per tool, as shell + tool budget: agenda 367,
  // pytania 253, kontrakt 302, feedback 288, crm 273, dane 336, przebieg 444, udostepnione 386).
  // Up on purpose, for 60–130 fewer requests: pytania +1, kontrakt +40 and dane +29 (merged
  // chunk files carry code of the tools they share them with); README „Speed”.
  // Issue 25, measured 2026-12-06: each route carries the shell's +6.5; `#/udostepnione` +29.5
  // more (the mentee's home, tasks, ticks, versions and the reported tasks, in the chunk the
  // mentee's link opens), `#/przebieg` +6 (the mentor's one tap on reported tasks); pytania,
  // kontrakt and crm +4 to +6 with no code of their own: the merged chunk files they share
  // with the grown udostepnione chunk carry more of it (scripts/chunk-bins.mjs). Five builds of
  // the same source differed by up to 1.1 KiB on a route (wasm-split made 197–199 chunks), so
  // each budget is the largest of them rounded up, not the last.
  // Issue 28, one build measured 2026-12-06 (each rounded up with 1 KiB for the builds'
  // spread), raised on purpose (README „Size”): every route
  // +5 from the shell and about +7 for the inflater, since any mentee's document may be packed
  // once they are not in use (miniz_oxide's, already shipped for links, now in the chunks that
  // read documents); `#/dane` +57 and `#/przebieg` +25 more: the deflater that packs (import,
  // the archive), the import's room check, the copies' list, the data held since an import.
  // Issues 26 and 29, one build measured 2026-12-06 (each rounded up with 1–2 KiB for the
  // builds' spread). Down: pytania −1, kontrakt −23, crm −2. Up, on purpose (README „Size”):
  // feedback +43 and the follow-ups +45: the feedback document's first schema change (typed
  // „Kiedy” and follow-up day, text that is no date kept with its reason) brings the store's
  // migration path (serde_json's Value) into the code these two read, and the merged file that
  // holds it carries code of the tools it is shared with; agenda +10, dane +25, przebieg +21,
  // udostepnione +21: the typed contract and feedback (refused text, typed errors, the
  // migrations), one ConfirmDialog and the contract document shared by print and the mentee's
  // copy, the typography rule (+1 to +2 on every route). The shell stays within 192.
  routes: {
    start: 192,
    agenda: 392,
    pytania: 275,
    kontrakt: 348,
    feedback: 348,
    crm: 297,
    dane: 459,
    przebieg: 499,
    udostepnione: 430,
  },
  // The share panel (serialising, DEFLATE, the QR code, WebCrypto), fetched the first time
  // „Udostępnij” opens, and the start page's follow-ups, fetched on `#/` once some feedback is
  // saved: counted as if nothing else were loaded. With merged chunks each brings whole merged
  // files, which the share panel's tool page has mostly loaded already (63 → 92), and which the
  // follow-ups fetch for the tools after them (19 → 41, after the start page's first paint).
  // Issue 28: +14 and +7, the merged files they bring now hold the inflater and deflater.
  // Issues 26 and 29: share +6, follow_ups +45 (see the routes above).
  later: {
    share: 118,
    follow_ups: 94,
  },
};

/// wasm files a direct open of a tool's route fetches (main_bg.wasm, the tool's split file, its
/// merged shared chunk files): issue 24 asks for a few, by design.
/// Issue 26: 12, `#/przebieg` needs one more merged file since the feedback document's
/// migration joined the code it shares with the feedback tool (README „Size”).
export const BUDGET_WASM_FILES = 12;

/// The routes measured: every page of the app's table, with its split point (`tool`).
export const ROUTES = PAGES.map(({ name, hash, chunk }) => ({ name, hash, tool: chunk }));

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
  const routes = ROUTES.map(({ name, hash, tool }) => {
    if (tool && !toolRows[tool]) throw new Error(`size-report: no chunk for ${hash}`);
    const wasmFiles = 1 + (tool ? 1 + toolRows[tool].sharedFiles : 0);
    return { name, hash, tool, wasmFiles, total: shellTotal + (tool ? toolRows[tool].total : 0) };
  });
  const allChunks = chunks.reduce((sum, file) => sum + size(file).gzip, 0);
  return { shell, shellTotal, tools: toolRows, routes, sharedChunks: { count: chunks.length, gzip: allChunks } };
}

/// Budget breaches, as messages; also a table and budgets that disagree (a route or a later
/// split point with no budget, a budget for neither).
export function overBudget(result, budgets = BUDGET_KIB, later = LATER_CHUNKS) {
  const kib = (n) => (n / 1024).toFixed(1);
  const problems = [];
  if (result.shellTotal > budgets.shell * 1024) problems.push(`the shell: ${kib(result.shellTotal)} KiB > ${budgets.shell} KiB`);
  for (const route of result.routes) {
    const budget = budgets.routes[route.name];
    if (budget === undefined) problems.push(`${route.hash}: a route with no budget in scripts/size-report.mjs (BUDGET_KIB.routes.${route.name})`);
    else if (route.total > budget * 1024) problems.push(`${route.hash}: ${kib(route.total)} KiB > ${budget} KiB`);
    if (route.wasmFiles > BUDGET_WASM_FILES) problems.push(`${route.hash}: ${route.wasmFiles} wasm files > ${BUDGET_WASM_FILES}`);
  }
  for (const name of Object.keys(budgets.routes)) {
    if (!result.routes.some((route) => route.name === name)) problems.push(`${name}: a budget for no route in the table of pages (src/route.rs)`);
  }
  for (const name of later) {
    if (!(name in budgets.later)) problems.push(`${name}: a split point with no budget in scripts/size-report.mjs (BUDGET_KIB.later)`);
  }
  for (const name of Object.keys(budgets.later)) {
    if (!later.includes(name)) problems.push(`${name}: a budget for no split point in the table of pages (src/route.rs LATER_CHUNKS)`);
  }
  for (const tool of Object.keys(result.tools)) {
    if (result.routes.some((route) => route.tool === tool)) continue;
    if (!later.includes(tool)) problems.push(`${tool}: a split point in the build that is not in the table of pages (src/route.rs)`);
    else if (tool in budgets.later && result.tools[tool].total > budgets.later[tool] * 1024) problems.push(`${tool}: ${kib(result.tools[tool].total)} KiB > ${budgets.later[tool]} KiB`);
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
      `${tool.padEnd(14)}${kib(row.split.gzip)}  ${String(row.sharedFiles).padStart(4)} files ${kib(row.sharedGzip)}   ${kib(row.total)}  ${String(BUDGET_KIB.later[tool] ?? '—').padStart(6)}`,
    );
  }
  console.log(`(${result.sharedChunks.count} shared chunk files, ${kib(result.sharedChunks.gzip).trim()} KiB gzip in all)`);
  console.log();
  console.log('first load per route         gzip KiB  budget  wasm files');
  for (const route of result.routes) {
    console.log(`${route.hash.padEnd(26)}   ${kib(route.total)}  ${String(BUDGET_KIB.routes[route.name] ?? '—').padStart(6)}  ${String(route.wasmFiles).padStart(10)}`);
  }
  const problems = overBudget(result);
  for (const problem of problems) console.error(`size-report: over budget: ${problem}`);
  if (problems.length) process.exit(1);
}
