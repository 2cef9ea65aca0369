// Trunk `build` hook: the wasm pipeline, split into the shell and one chunk per tool. Trunk
// 0.21 cannot split a wasm (its issue #1022), so index.html has no `data-trunk rel="rust"` and
// this hook does what Trunk's rust pipeline did, plus the split:
//   1. cargo build with the `split` feature (the split points) and `--emit-relocs` (wasm-split
//      needs the relocations), in target/split so the test and clippy builds in target/ keep
//      their own artefacts;
//   2. wasm-split-cli: main.wasm (the shell), split_<tool>.wasm per split point (the
//      `#[wasm_split]` functions in src/pages/mod.rs), chunk_*.wasm for code only tools share,
//      and __wasm_split.js, the loader that fetches them relative to its own URL;
//   3. wasm-bindgen on main.wasm (`--keep-lld-exports`: the chunks link against them);
//   4. wasm-opt -Oz on every wasm (release only), with the flags Trunk used to get;
//   4b. the shared chunks (187 of them for ten split points, most under 1 KiB) merged into a
//      few files, each split point needing a handful (scripts/merge-chunks.mjs, grouped by
//      scripts/chunk-bins.mjs), the loader rewritten to match, and the merged files optimised;
//   5. everything goes into `wasm-<hash>/` in the staging dir, the hash taken over all of its
//      files: every URL changes with any byte of the build, so a cached chunk of one build never
//      meets the main module of another; scripts/post-build.mjs links it from index.html and
//      lists it in the service worker.
// `app.js` (public/app.js) starts the shell; it is a file, not an inline script, so the CSP
// needs no hash for it.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURES, mergeChunks } from './merge-chunks.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('split-wasm: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
const root = process.env.TRUNK_SOURCE_DIR ?? '.';
const release = process.env.TRUNK_PROFILE === 'release';
const targetDir = join(root, 'target', 'split');
// The same wasm-opt flags Trunk was given in index.html. --low-memory-unused: Rust puts the
// stack first (1 MiB, growing down to 0), so the lowest 1 KiB is only ever reached by a stack
// overflow; binaryen may fold constant offsets into loads and stores (2.2 KiB gzip less).
// The custom sections `producers` and `target_features` are stripped.
const WASM_OPT_FLAGS = [
  '-Oz',
  ...FEATURES,
  '--low-memory-unused',
  // No use at run time, and every one of the dozens of chunks carried them (≈ 0.2 KiB each).
  '--strip-producers',
  '--strip-target-features',
];

const WASM_OPT = existsSync(join(root, 'node_modules', '.bin', 'wasm-opt')) ? join(root, 'node_modules', '.bin', 'wasm-opt') : 'wasm-opt';

function run(command, args, options = {}) {
  console.log(`split-wasm: ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit', cwd: root, ...options });
}

// 1. The `split` feature turns the tool pages into split points. RUSTFLAGS replaces the rustflags of .cargo/config.toml, so its `erase_components` is
// repeated here.
run(
  'cargo',
  ['build', '--locked', '--features', 'split', '--target', 'wasm32-unknown-unknown', '--bin', 'niezbednik', '--target-dir', targetDir, ...(release ? ['--release'] : [])],
  { env: { ...process.env, RUSTFLAGS: '--cfg erase_components -Clink-args=--emit-relocs' } },
);
const raw = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'niezbednik.wasm');

// 2.–3.
const work = join(targetDir, 'pipeline');
const split = join(work, 'split');
const out = join(work, 'out');
rmSync(work, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// wasm-split-cli relocates each module's share of a data segment; when the alignment padding
// between modules makes the segment longer than the input's, it puts the whole segment (the
// app's static texts) in the shell and says so only in a warning: +65 KiB gzip on every route.
// A release build stops there, saying what happened (fewer split points, fewer chunks, or
// less static data shared between them brings the segment back within its length).
// src/main.rs keeps 4 KiB of unreferenced slack in the segment for that padding (SPLIT_SEGMENT_SLACK).
console.log(`split-wasm: wasm-split-cli --target web ${raw} ${split}`);
// Its log (tracing) goes to stdout, its errors to stderr: both are read for the warning.
const splitRun = spawnSync('wasm-split-cli', ['--target', 'web', raw, split], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
process.stdout.write(splitRun.stdout ?? '');
process.stderr.write(splitRun.stderr ?? '');
if (splitRun.status !== 0) process.exit(splitRun.status ?? 1);
if (release && /Overlong segment/.test(`${splitRun.stdout ?? ''}${splitRun.stderr ?? ''}`)) {
  console.error('split-wasm: wasm-split-cli put a data segment whole into the shell (see its warning above): the shell would carry every tool\'s static data. Fewer split points or chunks avoid it.');
  process.exit(1);
}
run('wasm-bindgen', [join(split, 'main.wasm'), '--target', 'web', '--keep-lld-exports', '--no-typescript', '--out-dir', out, '--out-name', 'main']);
for (const name of readdirSync(split)) {
  if (name !== 'main.wasm') copyFileSync(join(split, name), join(out, name));
}
copyFileSync(join(root, 'public', 'app.js'), join(out, 'app.js'));
// The chunk loader takes a chunk the static shell's head script already requested for the
// opened route (public/boot/head.js), instead of requesting it again.
const loaderPath = join(out, '__wasm_split.js');
const loader = readFileSync(loaderPath, 'utf8');
const fetches = loader.match(/\bfetch\(new URL\(/g)?.length ?? 0;
if (fetches === 0) throw new Error('split-wasm: no fetch(new URL(…)) in __wasm_split.js to hand early requests to');
writeFileSync(
  loaderPath,
  'const earlyFetch = (url) => (globalThis.__earlyFetch ? globalThis.__earlyFetch(url) : fetch(url));\n' +
    loader.replace(/\bfetch\(new URL\(/g, 'earlyFetch(new URL('),
);

// 4. Several at a time: binaryen's npm build is slow to start, and there are two hundred chunks.
const optimize = async (queue) => {
  console.log(`split-wasm: wasm-opt ${WASM_OPT_FLAGS.join(' ')} on ${queue.length} files`);
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const path = join(out, file);
      await promisify(execFile)(WASM_OPT, [...WASM_OPT_FLAGS, path, '-o', path], { cwd: root });
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, availableParallelism() + 1) }, worker));
};
if (release) await optimize(listFiles(out).filter((f) => f.endsWith('.wasm')));

// 4b. The chunks grouped by their optimised sizes, merged, and each merged file optimised once
// more as a whole (2–3 % less).
const groups = mergeChunks(out, { bin: join(root, 'node_modules', '.bin'), log: (line) => console.log(`split-wasm: ${line}`) });
if (release) await optimize(groups.flatMap((names, i) => (names.length > 1 ? [`chunk_${i + 1}.wasm`] : [])));

// 5.
const files = listFiles(out).sort();
const hash = createHash('sha256');
for (const file of files) hash.update(file).update('\0').update(readFileSync(join(out, file)));
const dir = `wasm-${hash.digest('hex').slice(0, 10)}`;
cpSync(out, join(staging, dir), { recursive: true });
console.log(`split-wasm: ${dir}/ with ${files.join(', ')}`);

function listFiles(base, sub = '') {
  return readdirSync(join(base, sub), { withFileTypes: true }).flatMap((entry) => {
    const path = sub ? `${sub}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(base, path) : [path];
  });
}
