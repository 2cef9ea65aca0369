// Which of wasm-split's shared chunks go into one file (scripts/split-wasm.mjs merges each group
// with binaryen's wasm-merge). wasm-split-cli puts every function into a chunk keyed by the exact
// set of split points that use it, with no size floor: ten split points gave 187 chunks, most
// under 1 KiB, and a direct open of a tool fetched, compiled and instantiated 60–130 of them.
//
// Each chunk is loaded at most once (its data and table entries are written when it is
// instantiated), so a chunk goes into exactly one file, and a split point needs every file that
// holds one of its chunks. Starting from one file per chunk, the two files whose merge saves the
// most are merged, until no merge saves anything. Merging A and B saves one file for each split
// point that needs both, and costs the bytes of B for each split point that needs A only (and
// the other way round); a file is worth FILE_BYTES, each split point counts by its weight.
//
// Pure, so `node --test tests/scripts/` checks it without a build.

/// What one more file costs a first open, in gzip bytes: a request (HTTP/1.1, six at a time, a
/// 150 ms round trip on Lighthouse's slow 4G), a compile and an instantiate on the main thread.
/// At 1.6 Mbit/s, 8 KiB take 40 ms. Measured against 4 and 16 KiB in the README („Chunks”).
export const FILE_BYTES = 8 * 1024;

/// How much each split point's first open counts. The mentee's link is the first open that
/// matters most (a phone, a mobile network, a first visit); the start page's follow-ups and the
/// share panel load after their page is on screen. The mentee's home is in `udostepnione` too.
export const WEIGHTS = { udostepnione: 3, share: 0.5, follow_ups: 0.3 };

/// chunks: [{ name, users: [split point…], bytes }]; returns groups of chunk names, each group
/// one file, the largest first (ties by their first chunk's position in `chunks`), each in the
/// order of `chunks`.
export function binChunks(chunks, { fileBytes = FILE_BYTES, weights = WEIGHTS } = {}) {
  const points = [...new Set(chunks.flatMap((chunk) => chunk.users))].sort();
  if (points.length > 30) throw new Error('chunk-bins: more than 30 split points');
  const bit = new Map(points.map((point, i) => [point, 1 << i]));
  const weightOf = (mask) => {
    let sum = 0;
    points.forEach((point, i) => {
      if (mask & (1 << i)) sum += weights[point] ?? 1;
    });
    return sum;
  };
  const memo = new Map();
  const weight = (mask) => {
    if (!memo.has(mask)) memo.set(mask, weightOf(mask));
    return memo.get(mask);
  };
  let bins = chunks.map((chunk, order) => ({
    names: [chunk.name],
    order,
    users: chunk.users.reduce((mask, user) => mask | bit.get(user), 0),
    bytes: chunk.bytes,
  }));
  for (;;) {
    let best = null;
    for (let i = 0; i < bins.length; i++) {
      for (let j = i + 1; j < bins.length; j++) {
        const a = bins[i];
        const b = bins[j];
        const saving =
          fileBytes * weight(a.users & b.users) - b.bytes * weight(a.users & ~b.users) - a.bytes * weight(b.users & ~a.users);
        if (saving > 0 && (best === null || saving > best.saving)) best = { saving, i, j };
      }
    }
    if (best === null) break;
    const a = bins[best.i];
    const b = bins[best.j];
    const merged = { names: [...a.names, ...b.names], order: Math.min(a.order, b.order), users: a.users | b.users, bytes: a.bytes + b.bytes };
    bins = bins.filter((_, k) => k !== best.i && k !== best.j);
    bins.push(merged);
  }
  const position = new Map(chunks.map((chunk, i) => [chunk.name, i]));
  return bins
    .sort((a, b) => b.bytes - a.bytes || a.order - b.order)
    .map((bin) => bin.names.sort((a, b) => position.get(a) - position.get(b)));
}
