// The shared checks (checks.mjs) × the engines (engines.mjs): one browser session per engine,
// a fresh origin per check. ENGINES picks engines by name, comma-separated (default: firefox
// and webkit; Chromium's own run is Playwright's tests/e2e, `chromium` here is optional).
// ENGINES_DIST serves another build (default dist/), e.g. to see a broken build fail.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from './engines.mjs';
import { App } from './app.mjs';
import { BROKEN_BUILD, CHECKS } from './checks.mjs';

const names = (process.env.ENGINES ?? 'firefox,webkit').split(',').map((n) => n.trim()).filter(Boolean);

for (const name of names) {
  const engine = ENGINES[name];
  describe(`${name} (${engine?.label ?? 'unknown engine'})`, { concurrency: 1 }, () => {
    let running;
    let app;
    before(async () => {
      assert.ok(engine, `no engine called ${name}: ${Object.keys(ENGINES).join(', ')}`);
      running = await engine.start();
      app = new App(running.session, name);
    });
    after(async () => {
      await app?.close();
      await running?.stop();
    });

    for (const [index, check] of CHECKS.entries()) {
      // `t`: a check may run parts of itself as subtests, skipped with a reason where they
      // cannot run (see `cannotRun` in checks.mjs).
      test(`${name}: ${check.name}`, { timeout: 180000 }, async (t) => {
        await app.serve();
        try {
          await check.run(app, engine, t);
          assert.deepEqual(await app.allProblems(), [], 'errors, CSP violations or foreign requests');
        } catch (error) {
          await app.screenshot(`blad-${index + 1}`).catch(() => {});
          throw error;
        } finally {
          app.problems = [];
          await app.s.navigate('about:blank').catch(() => {});
          await app.close();
        }
      });
    }

    test(`${name}: ${BROKEN_BUILD.name}`, { timeout: 120000 }, async () => {
      await BROKEN_BUILD.run(app, engine);
      await app.s.navigate('about:blank').catch(() => {});
    });
  });
}
