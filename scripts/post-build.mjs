// Trunk post_build hook, on the staged build (TRUNK_STAGING_DIR) before it is copied to dist/,
// for `trunk build` and `trunk serve` alike:
// 1. allows Trunk's inline loader script by its hash in the CSP meta tag, so the policy never
//    needs 'unsafe-inline';
// 2. writes the build's file list and version into sw.js, so the offline cache is never a
//    hand-kept list and is named after the build.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const PLACEHOLDER = 'CSP_INLINE_SCRIPT_HASHES';
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp-hash: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
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
if (hashes.length === 0) {
  console.error('csp-hash: no inline script found; did Trunk change its loader?');
  process.exit(1);
}
writeFileSync(file, html.replace(PLACEHOLDER, hashes.join(' ')));
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
