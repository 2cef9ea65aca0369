// The README's command 1, run as a newcomer runs it: a throw-away copy of the checkout as a
// fresh clone has it (the tracked files only: no target/, no node_modules/, no dist/), then
// `./scripts/serve`. It must answer at http://127.0.0.1:8080/ with the app's index.html and its
// wasm, rebuild once when a source file changes (the build hooks' own writes start no other
// build), stop cleanly, and come up again on a second run in the same folder.
//
// SERVE_FIRST_START_LIMIT (seconds, default 900) bounds the first start: it compiles every
// crate for a debug wasm in the copy's own target/ (a newcomer's first start; about 4 minutes
// on a 2-core machine, see README). SERVE_KEEP=1 keeps the copy for a look afterwards.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..', '..');
const URL_ROOT = 'http://127.0.0.1:8080/';
const FIRST_START_LIMIT_S = Number(process.env.SERVE_FIRST_START_LIMIT ?? 900);
// A rebuild after one changed file, and a second start with everything compiled.
const REBUILD_LIMIT_S = 300;
// How long to watch for a build nobody asked for after each build.
const QUIET_S = 15;
// The text changed in a source file while the server runs, found in the served wasm after.
const NOT_FOUND_HEADING = '"Nie ma takiej strony"';
const CHANGED_HEADING = 'Nie ma takiej strony (zmiana testu serve)';

const copy = mkdtempSync(join(tmpdir(), 'niezbednik-serve-'));
after(() => {
  if (process.env.SERVE_KEEP) console.log(`# serve: the copy is kept at ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
});

/// The files a fresh clone of this checkout holds (tracked ones, and new ones not ignored, so an
/// uncommitted change is tried too), copied into `dir`.
function cloneInto(dir) {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT })
    .toString()
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    const from = join(ROOT, file);
    if (!existsSync(from) || statSync(from).isDirectory()) continue; // deleted in the work tree
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(from, join(dir, file));
  }
  return files.length;
}

/// `./scripts/serve` in its own process group, its output kept (and the lines Trunk logs).
function serve(cwd) {
  const child = spawn('./scripts/serve', [], { cwd, detached: true, env: { ...process.env, NO_COLOR: '1' } });
  const run = { child, output: '', exited: null };
  const keep = (chunk) => {
    run.output += chunk.toString();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', (code, signal) => {
    run.exited = { code, signal };
  });
  run.count = (pattern) => (run.output.match(pattern) ?? []).length;
  run.builds = () => run.count(/starting build/g);
  run.successes = () => run.count(/INFO .{0,4}success/g);
  run.tail = () => run.output.split('\n').slice(-40).join('\n');
  run.stop = async () => {
    if (run.exited) return;
    process.kill(-child.pid, 'SIGINT');
    for (let i = 0; i < 100 && !run.exited; i++) await sleep(100);
    if (!run.exited) process.kill(-child.pid, 'SIGKILL');
    for (let i = 0; i < 50 && !run.exited; i++) await sleep(100);
  };
  return run;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/// Waits until `check()` returns a value (not undefined), the server exits, or `limit` seconds
/// pass; returns the value and the seconds it took.
async function until(run, limit, check) {
  const start = Date.now();
  while ((Date.now() - start) / 1000 < limit) {
    if (run.exited) assert.fail(`./scripts/serve exited (${JSON.stringify(run.exited)}):\n${run.tail()}`);
    const value = await check();
    if (value !== undefined) return { value, seconds: (Date.now() - start) / 1000 };
    await sleep(500);
  }
  assert.fail(`not within ${limit} s:\n${run.tail()}`);
}

/// The app as the server gives it: index.html linking `wasm-<hash>/app.js`, and that folder's
/// wasm (a real module: the `\0asm` magic number). Undefined while it is not there yet.
async function servedApp() {
  try {
    const index = await fetch(URL_ROOT);
    if (!index.ok) return undefined;
    const html = await index.text();
    const folder = html.match(/wasm-[0-9a-f]+(?=\/app\.js)/)?.[0];
    if (!folder || !html.includes('Niezbędnik mentora')) return undefined;
    const wasm = await fetch(`${URL_ROOT}${folder}/main_bg.wasm`);
    if (!wasm.ok) return undefined;
    const bytes = new Uint8Array(await wasm.arrayBuffer());
    if (bytes.length < 1024 || bytes[0] !== 0 || String.fromCharCode(...bytes.slice(1, 4)) !== 'asm') return undefined;
    return { folder, wasmBytes: bytes.length, bytes: Buffer.from(bytes).toString('latin1') };
  } catch {
    return undefined; // not listening yet
  }
}

test('./scripts/serve on a fresh clone serves the app on the first try, rebuilds once per change, and starts again', { timeout: (FIRST_START_LIMIT_S + 3 * REBUILD_LIMIT_S + 120) * 1000 }, async () => {
  assert.equal(await servedApp(), undefined, 'something already answers at 127.0.0.1:8080: stop it first');
  const files = cloneInto(copy);
  assert.ok(!existsSync(join(copy, 'target')) && !existsSync(join(copy, 'node_modules')), 'the copy is as fresh as a clone');
  console.log(`# serve: ${files} files copied to ${copy}`);

  // 1. The first start: set-up, a whole debug build, the server.
  const first = serve(copy);
  try {
    const up = await until(first, FIRST_START_LIMIT_S, servedApp);
    console.log(`# serve: first start served the app in ${up.seconds.toFixed(0)} s (wasm ${up.value.wasmBytes} bytes)`);
    assert.equal(first.successes(), 1, `one build before serving:\n${first.tail()}`);
    await sleep(QUIET_S * 1000);
    assert.equal(first.builds(), 1, `the build hooks' writes started another build:\n${first.tail()}`);

    // 2. A change to a source file (a text of the shell's not-found page): exactly one rebuild,
    // and the server serves the new build, the changed text in its wasm.
    const page = join(copy, 'src', 'pages', 'not_found.rs');
    const source = readFileSync(page, 'utf8');
    assert.ok(source.includes(NOT_FOUND_HEADING), `${page} has the heading to change`);
    writeFileSync(page, source.replace(NOT_FOUND_HEADING, `"${CHANGED_HEADING}"`));
    const rebuilt = await until(first, REBUILD_LIMIT_S, async () => {
      const app = await servedApp();
      return app && app.folder !== up.value.folder && app.bytes.includes(CHANGED_HEADING) ? app : undefined;
    });
    console.log(`# serve: the changed source served ${rebuilt.seconds.toFixed(0)} s after the change to ${page}`);
    await sleep(QUIET_S * 1000);
    assert.equal(first.builds(), 2, `one change, one rebuild:\n${first.tail()}`);
    assert.doesNotMatch(first.output, /panicked|ERROR/, 'no panic or error in the log');
  } finally {
    await first.stop();
  }
  assert.equal(await servedApp(), undefined, 'the server stopped with its command');

  // 3. A second run in the same folder (target/ and dist/ there now).
  const second = serve(copy);
  try {
    const up = await until(second, REBUILD_LIMIT_S, servedApp);
    console.log(`# serve: second start served the app in ${up.seconds.toFixed(0)} s`);
    await sleep(QUIET_S * 1000);
    assert.equal(second.builds(), 1, `one build on the second start:\n${second.tail()}`);
    assert.doesNotMatch(second.output, /panicked|ERROR/, 'no panic or error in the log');
  } finally {
    await second.stop();
  }
});
