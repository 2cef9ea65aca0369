// Prints the gzip size of what the first load fetches (html, js, wasm, css) and fails above
// the budget. The budget lives here and nowhere else.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

export const BUDGET_KIB = 382;

export function firstLoadFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = ['index.html'];
  // Attribute values quoted or not: the release build minifies the HTML.
  for (const match of html.matchAll(/(?:href|src)=["']?\.?\/?([^"'\s>#?]+\.(?:js|wasm|css))/g)) {
    if (!files.includes(match[1])) files.push(match[1]);
  }
  return files;
}

export function report(dist = 'dist') {
  const rows = firstLoadFiles(dist).map((file) => {
    const path = join(dist, file);
    if (!existsSync(path)) throw new Error(`size-report: ${file} is referenced but missing`);
    const raw = readFileSync(path);
    const gzip = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION }).length;
    return { file, raw: raw.length, gzip };
  });
  return { rows, total: rows.reduce((sum, row) => sum + row.gzip, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, total } = report(process.argv[2] ?? 'dist');
  const kib = (n) => (n / 1024).toFixed(1).padStart(7);
  console.log('first load           raw KiB  gzip KiB');
  for (const row of rows) console.log(`${row.file.padEnd(20).slice(0, 20)} ${kib(row.raw)}  ${kib(row.gzip)}`);
  console.log(`${'total'.padEnd(20)} ${' '.repeat(7)}  ${kib(total)}   (budget ${BUDGET_KIB} KiB)`);
  if (total > BUDGET_KIB * 1024) {
    console.error(`size-report: over budget by ${((total - BUDGET_KIB * 1024) / 1024).toFixed(1)} KiB`);
    process.exit(1);
  }
}
