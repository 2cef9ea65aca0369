// Trunk post_build hook: allow Trunk's inline loader script by its hash in the CSP meta tag.
// Runs on the staged index.html (TRUNK_STAGING_DIR) before it is copied to dist/, for
// `trunk build` and `trunk serve` alike, so the policy never needs 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
