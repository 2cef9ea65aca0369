// Trunk post_build hook, on the staged build (TRUNK_STAGING_DIR) before it is copied to dist/,
// for `trunk build` and `trunk serve` alike:
// 1. links the app from index.html: the versioned folder `wasm-<hash>/` that
//    scripts/split-wasm.mjs (the build hook) wrote, started by its app.js, with the shell's
//    modules preloaded;
// 2. inlines the static shell's script (public/boot/head.js, with each tool route's chunk
//    files to preload and each route's first screen from public/boot/screens.json) and allows
//    every inline script by its hash in the CSP meta tag (that one, and `trunk serve`'s live-reload script), so the policy never
//    needs 'unsafe-inline';
// 3. writes the build's file list and version into sw.js, so the offline cache is never a
//    hand-kept list and is named after the build: every chunk of the build, fetched or not,
//    is cached as one version.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { toolFiles } from './size-report.mjs';

const PLACEHOLDER = 'CSP_INLINE_SCRIPT_HASHES';
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp-hash: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

const builds = readdirSync(dir).filter((name) => /^wasm-[0-9a-f]+$/.test(name));
if (builds.length !== 1) {
  console.error(`app: expected one wasm-<hash>/ folder from scripts/split-wasm.mjs, found ${builds.length}`);
  process.exit(1);
}
const app = `./${builds[0]}`;
// The shell's module and the chunk loader it imports, fetched in parallel with the start script
// (its wasm is requested by app.js after the first paint); `</title>` survives the release minifier's tag omission.
const tags = [
  `<link rel="modulepreload" href="${app}/main.js">`,
  `<link rel="modulepreload" href="${app}/__wasm_split.js">`,
  `<script type="module" src="${app}/app.js"></script>`,
].join('');
if (!html.includes('</title>')) {
  console.error('app: no </title> in index.html to link the app after');
  process.exit(1);
}
html = html.replace('</title>', `</title>${tags}`);
// The `data-trunk-skip` rust link only tells Trunk not to build a wasm of its own.
html = html.replace(/<link\b[^>]*\bdata-trunk-skip\b[^>]*>/, '');
console.log(`app: index.html starts ${app}/app.js`);

// The static shell's scripts, without their comment lines and indentation. On a tool's route the head script
// requests what the chunk loader will need for it: the shared chunks, then the tool's own.
const source = process.env.TRUNK_SOURCE_DIR ?? '.';
const { tools } = toolFiles(dir);
const routeChunks = Object.fromEntries(
  Object.entries(tools).map(([tool, { split, shared }]) => {
    if (split !== `${builds[0]}/split_${tool}.wasm`) throw new Error(`boot: unexpected chunk file ${split}`);
    return [tool, shared.map((file) => Number(file.match(/\/chunk_(\d+)\.wasm$/)[1]))];
  }),
);
const bootScript = (name, fill = (text) => text) =>
  fill(
    readFileSync(join(source, 'public', 'boot', name), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('//'))
      .join('\n')
      .trim(),
  );
for (const [placeholder, script] of [
  ['BOOT_HEAD_SCRIPT', bootScript('head.js', (text) =>
    text
      .replace('ROUTE_CHUNKS', JSON.stringify(routeChunks))
      .replace('BUILD_DIR', JSON.stringify(`${app}/`))
      .replace('BOOT_SCREENS', JSON.stringify(JSON.parse(readFileSync(join(source, 'public', 'boot', 'screens.json'), 'utf8')))),
  )],
]) {
  if (!html.includes(`<script>${placeholder}</script>`)) {
    console.error(`boot: <script>${placeholder}</script> not found in index.html`);
    process.exit(1);
  }
  html = html.replace(`<script>${placeholder}</script>`, () => `<script>${script}</script>`);
}
console.log(`boot: static shell scripts inlined; chunks requested early on ${Object.keys(routeChunks).join(', ')}`);

if (!html.includes(PLACEHOLDER)) {
  console.error(`csp-hash: ${PLACEHOLDER} not found in ${file}`);
  process.exit(1);
}
// `trunk serve` adds a live-reload script whose placeholders it fills in only when serving the
// page; hash it as it will be served, with the address from Trunk.toml's [serve] section.
function asServed(script) {
  if (!script.includes('{{__TRUNK_')) return script;
  const config = readFileSync(join(process.env.TRUNK_SOURCE_DIR ?? '.', 'Trunk.toml'), 'utf8');
  const host = config.match(/^addresses\s*=\s*\["([^"]+)"/m)?.[1] ?? '127.0.0.1';
  const port = config.match(/^port\s*=\s*(\d+)/m)?.[1] ?? '8080';
  return script
    .replaceAll('{{__TRUNK_ADDRESS__}}', `${host}:${port}`)
    .replaceAll('{{__TRUNK_WS_BASE__}}', '/')
    .replaceAll('{{__TRUNK_WS_PROTOCOL__}}', '');
}

const hashes = [];
for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  const digest = createHash('sha256').update(asServed(match[1]), 'utf8').digest('base64');
  hashes.push(`'sha256-${digest}'`);
}
writeFileSync(file, html.replace(` ${PLACEHOLDER}`, hashes.map((h) => ` ${h}`).join('')));
console.log(`csp-hash: allowed ${hashes.length} inline script(s)`);

function listFiles(root, dir = root) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(root, path) : [relative(root, path).split('\\').join('/')];
  });
}

const sw = join(dir, 'sw.js');
if (existsSync(sw)) {
  const files = listFiles(dir).filter((f) => f !== 'sw.js').sort();
  const version = createHash('sha256');
  for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
  const id = version.digest('hex').slice(0, 12);
  const list = JSON.stringify(['./', ...files.map((f) => `./${f}`)]);
  const text = readFileSync(sw, 'utf8');
  if (!text.includes('BUILD_FILES') || !text.includes('BUILD_VERSION')) {
    console.error('sw: placeholders not found in sw.js');
    process.exit(1);
  }
  writeFileSync(sw, text.replace("'BUILD_VERSION'", `'${id}'`).replace('BUILD_FILES', list));
  console.log(`sw: ${files.length + 1} files cached as niezbednik-${id}`);
}
