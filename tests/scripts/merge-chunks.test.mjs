// The build's chunk merging (scripts/chunk-bins.mjs, scripts/merge-chunks.mjs), without a build:
// the grouping rule, the loader rewrite, and a real wasm-merge of two small chunks instantiated
// against one memory and one table, as the loader does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binChunks } from '../../scripts/chunk-bins.mjs';
import { imports, mergeChunks, readLoader, rewriteLoader } from '../../scripts/merge-chunks.mjs';

const BIN = join(import.meta.dirname, '..', '..', 'node_modules', '.bin');

test('small chunks that the same split points need become one file', () => {
  const groups = binChunks([
    { name: 'a', users: ['agenda', 'pytania'], bytes: 300 },
    { name: 'b', users: ['agenda', 'pytania'], bytes: 200 },
    { name: 'c', users: ['agenda', 'pytania', 'crm'], bytes: 100 },
  ]);
  assert.deepEqual(groups, [['a', 'b', 'c']]);
});

test('a large chunk one split point does not need stays a file of its own', () => {
  const groups = binChunks([
    { name: 'big', users: ['przebieg'], bytes: 60_000 },
    { name: 'small', users: ['przebieg', 'pytania'], bytes: 500 },
  ]);
  assert.deepEqual(groups, [['big'], ['small']]);
});

test('the mentee’s link counts more: a chunk it does not need is kept out of its files sooner', () => {
  const chunks = [
    { name: 'both', users: ['udostepnione', 'kontrakt'], bytes: 4000 },
    { name: 'contract', users: ['kontrakt'], bytes: 4000 },
    { name: 'share', users: ['udostepnione', 'kontrakt'], bytes: 3000 },
  ];
  const plain = binChunks(chunks, { weights: {} });
  const weighted = binChunks(chunks);
  assert.ok(plain.some((group) => group.includes('both') && group.includes('contract')), JSON.stringify(plain));
  assert.ok(!weighted.some((group) => group.includes('both') && group.includes('contract')), JSON.stringify(weighted));
});

test('every chunk is in exactly one file, and the grouping does not depend on luck', () => {
  const points = ['agenda', 'pytania', 'kontrakt', 'feedback', 'crm', 'dane', 'przebieg', 'udostepnione', 'share', 'follow_ups'];
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const chunks = Array.from({ length: 150 }, (_, i) => ({
    name: `__chunk_${i + 11}`,
    users: points.filter(() => random() < 0.4).concat(points[i % points.length]).filter((p, k, all) => all.indexOf(p) === k),
    bytes: Math.round(50 + random() ** 4 * 30_000),
  }));
  const groups = binChunks(chunks);
  assert.deepEqual(groups.flat().sort(), chunks.map((c) => c.name).sort());
  assert.deepEqual(binChunks(chunks), groups);
  assert.ok(groups.length < 40, `${groups.length} files`);
});

const loaderOf = (chunks, points) =>
  `import { initSync } from "./main.js";\n\nlet sharedImports = undefined;\nfunction getSharedImports() {\n    if (sharedImports === undefined) {\n        sharedImports = { __wasm_split: {  } };\n        const { memory } = initSync(undefined, undefined);\n    }\n    return sharedImports;\n}\n` +
  chunks
    .map(
      ({ n, users }) =>
        `/* ${users.join(', ')} */\nconst __chunk_${n} = makeLoad(() => {\n    const src = earlyFetch(new URL("./chunk_${n}.wasm", import.meta.url));\n    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));\n}\n, []);\n`,
    )
    .join('') +
  Object.entries(points)
    .map(
      ([point, deps]) =>
        `export const __wasm_split_load_${point} = wrapAsyncCb(makeLoad(() => {\n    const src = earlyFetch(new URL("./split_${point}.wasm", import.meta.url));\n    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));\n}\n, [${deps.map((n) => `__chunk_${n}`).join(', ')}]));\n`,
    )
    .join('');

test('the loader fetches each merged file once per split point and passes the shell’s imports to the merged files', () => {
  const loader = loaderOf(
    [
      { n: 11, users: ['agenda', 'crm'] },
      { n: 12, users: ['agenda', 'crm'] },
      { n: 13, users: ['crm'] },
    ],
    { agenda: [11, 12], crm: [11, 12, 13] },
  );
  assert.equal(readLoader(loader).length, 3);
  const out = rewriteLoader(loader, [['__chunk_13'], ['__chunk_11', '__chunk_12']]);
  assert.match(out, /\/\* agenda, crm \*\/\nconst __chunk_2 = makeLoad\(\(\) => \{\n\s*const src = earlyFetch\(new URL\("\.\/chunk_2\.wasm"/);
  assert.match(out, /\/\* crm \*\/\nconst __chunk_1 = makeLoad/);
  assert.doesNotMatch(out, /__chunk_1[123]\b/);
  assert.match(out, /split_agenda\.wasm[\s\S]*?, \[__chunk_2\]\)\);/);
  assert.match(out, /split_crm\.wasm[\s\S]*?, \[__chunk_1, __chunk_2\]\)\);/);
  assert.match(out, /sharedImports\.__wasm_split_host = sharedImports\.__wasm_split;/);
  assert.throws(() => rewriteLoader(loader, [['__chunk_11', '__chunk_12']]), /in no group/);
});

test('a debug build’s loader (instantiation wrapped in debugWrap) is read and rewritten in its own form', () => {
  const loader = loaderOf([{ n: 11, users: ['agenda'] }, { n: 12, users: ['agenda'] }], { agenda: [11, 12] }).replaceAll(
    '=> (WebAssembly.instantiateStreaming',
    '=> debugWrap(WebAssembly.instantiateStreaming',
  );
  assert.equal(readLoader(loader).length, 2);
  const out = rewriteLoader(loader, [['__chunk_11', '__chunk_12']]);
  assert.match(out, /const __chunk_1 = makeLoad\(\(\) => \{\n\s*const src = earlyFetch\(new URL\("\.\/chunk_1\.wasm", import\.meta\.url\)\);\n\s*return async \(imports\) => debugWrap\(WebAssembly/);
  assert.match(out, /split_agenda\.wasm[\s\S]*?, \[__chunk_1\]\)\);/);
});

test('a loader of another form is refused, not half rewritten', () => {
  const loader = loaderOf([{ n: 11, users: ['agenda'] }], { agenda: [11] }).replace('earlyFetch(new URL("./chunk_11', 'fetch(new URL("./chunk_11');
  assert.throws(() => readLoader(loader), /of a known form/);
});

const FEATURES = ['--enable-bulk-memory', '--enable-mutable-globals', '--enable-reference-types'];
const chunkWat = (offset, text, slot, value) => `(module
  (import "__wasm_split" "memory" (memory 1))
  (import "__wasm_split" "__indirect_function_table" (table 4 funcref))
  (import "__wasm_split" "__wasm_split_shared0" (global $g (mut i32)))
  (data (i32.const ${offset}) "${text}")
  (elem (i32.const ${slot}) $f)
  (func $f (result i32) (global.set $g (i32.add (global.get $g) (i32.const 1))) (i32.const ${value})))`;

test('two chunks merged are one module on the shell’s own memory, table and global', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'merge-chunks-test-'));
  try {
    const sources = [chunkWat(16, 'pierwszy', 1, 42), chunkWat(32, 'drugi', 2, 7)];
    sources.forEach((wat, i) => {
      writeFileSync(join(dir, `c${i}.wat`), wat);
      execFileSync(join(BIN, 'wasm-as'), [...FEATURES, join(dir, `c${i}.wat`), '-o', join(dir, `chunk_${11 + i}.wasm`)]);
      rmSync(join(dir, `c${i}.wat`));
    });
    assert.deepEqual(
      imports(readFileSync(join(dir, 'chunk_11.wasm'))).map(({ field, kind, type }) => `${field} ${kind} ${type}`),
      ['memory memory 1', '__indirect_function_table table 4 funcref', '__wasm_split_shared0 global (mut i32)'],
    );
    writeFileSync(join(dir, '__wasm_split.js'), loaderOf([{ n: 11, users: ['pytania'] }, { n: 12, users: ['pytania'] }], { pytania: [11, 12] }));
    const groups = mergeChunks(dir, { bin: BIN, log: () => {} });
    assert.deepEqual(groups, [['__chunk_11', '__chunk_12']]);
    assert.deepEqual(readdirSync(dir).sort(), ['__wasm_split.js', 'chunk_1.wasm']);
    const memory = new WebAssembly.Memory({ initial: 1 });
    const table = new WebAssembly.Table({ initial: 4, element: 'anyfunc' });
    const global = new WebAssembly.Global({ value: 'i32', mutable: true }, 0);
    const shell = { memory, __indirect_function_table: table, __wasm_split_shared0: global };
    await WebAssembly.instantiate(readFileSync(join(dir, 'chunk_1.wasm')), { __wasm_split: shell, __wasm_split_host: shell });
    const text = (at, length) => new TextDecoder().decode(new Uint8Array(memory.buffer, at, length));
    assert.equal(text(16, 8), 'pierwszy');
    assert.equal(text(32, 5), 'drugi');
    assert.equal(table.get(1)(), 42);
    assert.equal(table.get(2)(), 7);
    assert.equal(global.value, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
