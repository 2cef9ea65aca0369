// Step 4b of scripts/split-wasm.mjs: wasm-split's shared chunks merged into a few files, grouped
// by scripts/chunk-bins.mjs, with binaryen's wasm-merge (the pinned npm `binaryen`), and the
// chunk loader (__wasm_split.js) rewritten to fetch the merged files. Chunk files and their
// loader entries keep wasm-split's form (`chunk_<n>.wasm`, `const __chunk_<n> = makeLoad(…)`),
// numbered from 1 again, so nothing else needs to know.
//
// Every chunk imports only the shell's memory, function table and one global, all from the
// module `__wasm_split`. wasm-merge would give each merged chunk a memory of its own, so a stub
// module named `__wasm_split` is merged in first: it imports the three from `__wasm_split_host`
// and exports them under the chunks' import names, and wasm-merge links every chunk's imports
// to it. The loader passes its shared imports under both names.
//
// Run by hand on a finished build folder: `node scripts/merge-chunks.mjs dist/wasm-…` (reports,
// changes nothing).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { binChunks } from './chunk-bins.mjs';

const HOST = '__wasm_split_host';
/// The wasm features rustc's default target emits (also given to wasm-opt by split-wasm.mjs).
export const FEATURES = [
  '--enable-bulk-memory',
  '--enable-mutable-globals',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-reference-types',
  '--enable-multivalue',
];

// A chunk's entry in the loader; a debug build wraps the instantiation in `debugWrap(…)`.
const CHUNK = /\/\* ([^*]*) \*\/\nconst __chunk_(\d+) = makeLoad\(\(\) => \{\n\s*const src = earlyFetch\(new URL\("\.\/chunk_(\d+)\.wasm", import\.meta\.url\)\);\n\s*return async \(imports\) => (\w*)\(WebAssembly\.instantiateStreaming\(src, imports\)\);\n\}\n, \[\]\);\n/g;

/// The loader's chunks (name, file, users) and each split point's list of chunks.
export function readLoader(loader) {
  const chunks = [...loader.matchAll(CHUNK)].map((m) => {
    if (m[2] !== m[3]) throw new Error(`merge-chunks: __chunk_${m[2]} fetches chunk_${m[3]}.wasm`);
    return { name: `__chunk_${m[2]}`, file: `chunk_${m[2]}.wasm`, users: m[1].split(',').map((u) => u.trim()) };
  });
  const declared = (loader.match(/^const __chunk_\d+ = /gm) ?? []).length;
  if (declared !== chunks.length) throw new Error(`merge-chunks: ${declared} chunks in __wasm_split.js, ${chunks.length} of a known form`);
  return chunks;
}

/// The loader for the merged files: `groups[i]` (loader names of the old chunks) is fetched
/// from chunk_<i+1>.wasm; each split point's list names each merged file once.
export function rewriteLoader(loader, groups) {
  const renamed = new Map();
  groups.forEach((names, i) => names.forEach((name) => renamed.set(name, `__chunk_${i + 1}`)));
  const users = groups.map(() => new Set());
  for (const m of loader.matchAll(CHUNK)) {
    const file = renamed.get(`__chunk_${m[2]}`);
    if (!file) throw new Error(`merge-chunks: __chunk_${m[2]} is in no group`);
    for (const user of m[1].split(',')) users[Number(file.slice(8)) - 1].add(user.trim());
  }
  const wrap = [...loader.matchAll(CHUNK)][0]?.[4] ?? '';
  const declarations = groups
    .map(
      (_, i) =>
        `/* ${[...users[i]].sort().join(', ')} */\nconst __chunk_${i + 1} = makeLoad(() => {\n    const src = earlyFetch(new URL("./chunk_${i + 1}.wasm", import.meta.url));\n    return async (imports) => ${wrap}(WebAssembly.instantiateStreaming(src, imports));\n}\n, []);\n`,
    )
    .join('');
  let first = true;
  let out = loader.replace(CHUNK, () => {
    const text = first ? declarations : '';
    first = false;
    return text;
  });
  out = out.replace(/\n, \[(__chunk_\d+(?:, __chunk_\d+)*)\]\)\);/g, (_, list) => {
    const files = [...new Set(list.split(', ').map((name) => renamed.get(name)))];
    if (files.includes(undefined)) throw new Error('merge-chunks: a split point needs a chunk that is in no group');
    files.sort((a, b) => Number(a.slice(8)) - Number(b.slice(8)));
    return `\n, [${files.join(', ')}]));`;
  });
  // (a debug build's object holds a canary value the chunks import too)
  const host = /sharedImports = \{ __wasm_split: \{[^}]*\} \};/;
  if (!host.test(out)) throw new Error('merge-chunks: no shared imports object in __wasm_split.js');
  return out.replace(host, (line) => `${line}\n        sharedImports.${HOST} = sharedImports.__wasm_split;`);
}

/// A wasm module's imports: [{ module, field, kind, type }] with `type` in the text format.
export function imports(bytes) {
  let at = 8;
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      result += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) return result;
      shift += 7;
    }
  };
  const name = () => {
    const length = u32();
    const text = new TextDecoder().decode(bytes.subarray(at, at + length));
    at += length;
    return text;
  };
  const limits = () => {
    const flags = u32();
    const min = u32();
    if (flags & ~1) throw new Error(`merge-chunks: limits with flags ${flags}`);
    return flags & 1 ? `${min} ${u32()}` : `${min}`;
  };
  const VALUE = { 0x7f: 'i32', 0x7e: 'i64', 0x7d: 'f32', 0x7c: 'f64', 0x70: 'funcref', 0x6f: 'externref' };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = u32();
    const end = at + size;
    if (id !== 2) {
      at = end;
      continue;
    }
    const list = [];
    for (let n = u32(); n > 0; n--) {
      const module = name();
      const field = name();
      const kind = bytes[at++];
      if (kind === 1) {
        const ref = VALUE[bytes[at++]];
        list.push({ module, field, kind: 'table', type: `${limits()} ${ref}` });
      } else if (kind === 2) {
        list.push({ module, field, kind: 'memory', type: limits() });
      } else if (kind === 3) {
        const value = VALUE[bytes[at++]];
        list.push({ module, field, kind: 'global', type: bytes[at++] ? `(mut ${value})` : value });
      } else {
        throw new Error(`merge-chunks: an import of kind ${kind} (${module}.${field}): chunks import only memory, a table and globals`);
      }
    }
    return list;
  }
  return [];
}

/// The stub that stands for `__wasm_split` inside a merged file.
export function stub(allImports) {
  const seen = new Map();
  for (const entry of allImports) {
    if (entry.module !== '__wasm_split') throw new Error(`merge-chunks: an import from ${entry.module}`);
    const earlier = seen.get(entry.field);
    if (earlier && (earlier.kind !== entry.kind || earlier.type !== entry.type)) throw new Error(`merge-chunks: ${entry.field} imported as two types`);
    seen.set(entry.field, entry);
  }
  const lines = [...seen.values()].map(({ field, kind, type }, i) => `  (import "${HOST}" "${field}" (${kind} $i${i} ${type}))\n  (export "${field}" (${kind} $i${i}))`);
  return `(module\n${lines.join('\n')}\n)\n`;
}

/// Merges the chunks of `dir` (a build's wasm folder, after wasm-opt) in place.
export function mergeChunks(dir, { bin = join('node_modules', '.bin'), log = console.log, dryRun = false } = {}) {
  const tool = (name) => (existsSync(join(bin, name)) ? join(bin, name) : name);
  const loaderPath = join(dir, '__wasm_split.js');
  const loader = readFileSync(loaderPath, 'utf8');
  const chunks = readLoader(loader).map((chunk) => {
    const bytes = readFileSync(join(dir, chunk.file));
    return { ...chunk, wasm: bytes, bytes: gzipSync(bytes, { level: 9 }).length };
  });
  const groups = binChunks(chunks);
  const byName = new Map(chunks.map((chunk) => [chunk.name, chunk]));
  log(`merge-chunks: ${chunks.length} chunks into ${groups.length} files`);
  if (dryRun) return groups.map((names) => names.map((name) => byName.get(name)));
  const work = mkdtempSync(join(tmpdir(), 'merge-chunks-'));
  try {
    const stubWat = join(work, 'stub.wat');
    writeFileSync(stubWat, stub(chunks.flatMap((chunk) => imports(chunk.wasm))));
    execFileSync(tool('wasm-as'), [...FEATURES, stubWat, '-o', join(work, 'stub.wasm')]);
    groups.forEach((names, i) => {
      const out = join(work, `chunk_${i + 1}.wasm`);
      if (names.length === 1) {
        writeFileSync(out, byName.get(names[0]).wasm);
        return;
      }
      const inputs = names.flatMap((name, k) => [join(dir, byName.get(name).file), `c${k}`]);
      execFileSync(tool('wasm-merge'), [...FEATURES, join(work, 'stub.wasm'), '__wasm_split', ...inputs, '-o', out]);
    });
    for (const chunk of chunks) rmSync(join(dir, chunk.file));
    groups.forEach((_, i) => writeFileSync(join(dir, `chunk_${i + 1}.wasm`), readFileSync(join(work, `chunk_${i + 1}.wasm`))));
    writeFileSync(loaderPath, rewriteLoader(loader, groups));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return groups;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/merge-chunks.mjs <build wasm folder>');
  const groups = mergeChunks(dir, { dryRun: true });
  for (const group of groups) {
    const users = [...new Set(group.flatMap((chunk) => chunk.users))].sort();
    const kib = group.reduce((sum, chunk) => sum + chunk.bytes, 0) / 1024;
    console.log(`${kib.toFixed(1).padStart(6)} KiB  ${String(group.length).padStart(3)} chunks  ${users.join(', ')}`);
  }
}
