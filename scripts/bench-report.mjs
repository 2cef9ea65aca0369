// The Lighthouse half of scripts/bench: reads its JSON reports (<build>.<route>.<run>.json) and
// prints, per route and build, the median run's scores and figures, with issue 24's goals
// marked: „✗” beside a figure that misses its goal (LCP as shown, to a tenth of a second).
// Usage: node scripts/bench-report.mjs <reports dir> <build name>…
import { readdirSync, readFileSync } from 'node:fs';
import { PAGES } from './routes.mjs';

/// Every page of the app's table opened directly (scripts/routes.mjs), the shared page by its
/// links.
export const ROUTES = [
  ...PAGES.filter((page) => page.name !== 'udostepnione').map((page) => [page.name, page.hash]),
  ['link-kontrakt', 'link: kontrakt'],
  ['link-spotkanie', 'link: spotkanie'],
  ['link-kroki', 'link: kolejne kroki'],
  ['link-refleksja', 'link: refleksja'],
];

/// Issue 24's goals: every route opened directly; the start page keeps its own.
export function goals(route) {
  return route === 'start'
    ? { perf: 98, lcp: 1100, tbt: 150, requests: Infinity, kib: Infinity }
    : { perf: 95, lcp: 1500, tbt: 150, requests: 12, kib: 200 };
}

/// One report's figures.
export function figures(report) {
  const audits = report.audits;
  const requests = (audits['network-requests'].details?.items ?? []).filter((item) => /^https?:/.test(item.url));
  const score = (category) => Math.round((report.categories[category]?.score ?? 0) * 100);
  return {
    perf: score('performance'),
    a11y: score('accessibility'),
    best: score('best-practices'),
    seo: score('seo'),
    fcp: audits['first-contentful-paint'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    requests: requests.length,
    kib: requests.reduce((sum, item) => sum + (item.transferSize ?? 0), 0) / 1024,
  };
}

function median(runs) {
  const sorted = [...runs].sort((a, b) => a.perf - b.perf || b.lcp - a.lcp);
  return sorted[Math.floor(sorted.length / 2)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, ...builds] = process.argv.slice(2);
  const reports = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const [build, route] = file.split('.');
    const report = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
    if (report.runtimeError) {
      console.log(`bench: ${file}: ${report.runtimeError.message}`);
      continue;
    }
    ((reports[build] ??= {})[route] ??= []).push(figures(report));
  }
  const mark = (ok) => (ok ? ' ' : '✗');
  console.log('lighthouse (mobile, median run)   build     perf a11y best  seo    FCP     LCP     TBT   CLS  req  transfer');
  for (const [route, label] of ROUTES) {
    for (const build of builds) {
      const runs = reports[build]?.[route];
      if (!runs) continue;
      const f = median(runs);
      const g = goals(route);
      const s = (ms) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;
      const perfs = runs.length > 1 ? `  (perf ${runs.map((r) => r.perf).join(', ')})` : '';
      console.log(
        `${label.padEnd(33)}${build.padEnd(9)}` +
          `${String(f.perf).padStart(4)}${mark(f.perf >= g.perf)}` +
          `${String(f.a11y).padStart(4)}${String(f.best).padStart(5)}${String(f.seo).padStart(5)}` +
          `${s(f.fcp).padStart(7)} ${s(f.lcp).padStart(6)}${mark(Math.round(f.lcp / 100) * 100 <= g.lcp)}` +
          `${`${Math.round(f.tbt)} ms`.padStart(7)}${mark(f.tbt <= g.tbt)}` +
          `${f.cls.toFixed(2).replace('.', ',').padStart(5)}${mark(f.cls === 0)}` +
          `${String(f.requests).padStart(4)}${mark(f.requests <= g.requests)}` +
          `${`${f.kib.toFixed(0)} KiB`.padStart(8)}${mark(f.kib <= g.kib)}${perfs}`,
      );
    }
  }
  console.log('goals: perf ≥ 95, LCP ≤ 1,5 s, TBT ≤ 150 ms, CLS 0, ≤ 12 requests, ≤ 200 KiB (the start page: perf ≥ 98, LCP ≤ 1,1 s)');
}
