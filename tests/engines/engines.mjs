// The browser engines the shared checks run in, each started through its own WebDriver:
// Firefox ESR (geckodriver, headless), WebKitGTK (WebKitWebDriver driving MiniBrowser under
// Xvfb: it has no headless mode) and Chromium (chromedriver, headless; Playwright's e2e suite
// stays the main Chromium run). Each start gives a session with a phone-sized viewport.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, startDriver } from './webdriver.mjs';

export const PHONE = { width: 390, height: 844 };

/// The first of `candidates` that exists (a path, or a name looked up on PATH), or null.
export function which(...candidates) {
  for (const candidate of candidates) {
    if (!candidate) continue;
    if (candidate.includes('/')) {
      if (existsSync(candidate)) return candidate;
      continue;
    }
    for (const dir of (process.env.PATH ?? '').split(':')) {
      if (dir && existsSync(join(dir, candidate))) return join(dir, candidate);
    }
  }
  return null;
}

/// Sizes the window so that the page's viewport is exactly `size` (the browser's own toolbars
/// take some of the window), and fails if the engine refuses.
async function phoneViewport(session, size = PHONE) {
  await session.navigate('about:blank');
  let rect = { width: size.width, height: size.height };
  for (let attempt = 0; attempt < 3; attempt++) {
    await session.setWindowRect(rect);
    const [w, h] = await session.execute(() => [window.innerWidth, window.innerHeight]);
    if (w === size.width && h === size.height) return;
    rect = { width: rect.width + size.width - w, height: rect.height + size.height - h };
  }
  const [w, h] = await session.execute(() => [window.innerWidth, window.innerHeight]);
  throw new Error(`the viewport stays ${w}×${h}, not ${size.width}×${size.height}`);
}

/// Starts Xvfb on a free display; resolves to { display, stop }.
async function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  xvfb.stderr.on('data', (chunk) => (errors += chunk));
  const display = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display in 20 s: ${errors}`)), 20000);
    xvfb.stdio[3].once('data', (data) => {
      clearTimeout(timer);
      resolve(`:${data.toString().trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors}`)));
  });
  return {
    display,
    async stop() {
      if (xvfb.exitCode !== null) return;
      const gone = new Promise((resolve) => xvfb.once('exit', resolve));
      xvfb.kill('SIGTERM');
      await gone;
    },
  };
}

const FIREFOX_PREFS = {
  // The profile's userChrome.css below lifts Firefox's 500 px minimum window width.
  'toolkit.legacyUserProfileCustomizations.stylesheets': true,
  'intl.accept_languages': 'pl-PL, pl',
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'browser.download.folderList': 2,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'print.always_print_silent': true,
};

export const ENGINES = {
  firefox: {
    label: 'Firefox ESR',
    canPrint: true,
    async start() {
      const geckodriver = which(process.env.GECKODRIVER, join(homedir(), '.cargo/bin/geckodriver'), 'geckodriver');
      const firefox = which(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', 'firefox');
      if (!geckodriver || !firefox) throw new Error(`Firefox needs geckodriver (${geckodriver}) and firefox-esr (${firefox}): run scripts/setup --browser`);
      const profile = mkdtempSync(join(tmpdir(), 'niezbednik-firefox-'));
      mkdirSync(join(profile, 'chrome'));
      writeFileSync(join(profile, 'chrome/userChrome.css'), '#main-window, :root { min-width: 0 !important; min-height: 0 !important; }\n');
      writeFileSync(join(profile, 'user.js'), Object.entries(FIREFOX_PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
      const driver = await startDriver(geckodriver, (port) => ['--port', String(port), '--host', '127.0.0.1', '--log', 'warn']);
      let session;
      try {
        session = await Session.create(driver.base, {
          browserName: 'firefox',
          'moz:firefoxOptions': { binary: firefox, args: ['-headless', '-profile', profile], prefs: FIREFOX_PREFS },
        });
        await phoneViewport(session);
      } catch (error) {
        await session?.quit();
        await driver.stop();
        rmSync(profile, { recursive: true, force: true });
        throw error;
      }
      return {
        session,
        async stop() {
          await session.quit();
          await driver.stop();
          rmSync(profile, { recursive: true, force: true });
        },
      };
    },
  },

  webkit: {
    label: 'WebKitGTK',
    canPrint: false,
    // Checked in WebKitGTK 2.50's WebKitWebDriver: its command table has no
    // `/session/$sessionId/print`, so the PDF checks are a stated skip here, CI or not.
    cannotPrint: 'WebKitWebDriver (WebKitGTK 2.50) has no Print Page command (POST /session/{id}/print); the print stylesheet is checked on screen instead',
    async start() {
      const driverBinary = which(process.env.WEBKIT_WEBDRIVER, 'WebKitWebDriver');
      const browser = which(process.env.MINIBROWSER_PATH, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser');
      if (!driverBinary || !browser || !which('Xvfb')) throw new Error('WebKitGTK needs WebKitWebDriver, MiniBrowser and Xvfb: run scripts/setup --browser');
      const config = mkdtempSync(join(tmpdir(), 'niezbednik-webkit-'));
      // MiniBrowser's toolbar keeps the window at least 447 px wide; shrunk to nothing, the
      // window (and the page) can be a phone's 390 px.
      mkdirSync(join(config, 'gtk-3.0'));
      writeFileSync(join(config, 'gtk-3.0/gtk.css'), '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n');
      const xvfb = await startXvfb();
      const env = { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: config, LANGUAGE: 'pl' };
      delete env.WAYLAND_DISPLAY;
      let driver;
      let session;
      const cleanUp = async () => {
        await session?.quit();
        await driver?.stop();
        await xvfb.stop();
        rmSync(config, { recursive: true, force: true });
      };
      try {
        driver = await startDriver(driverBinary, (port) => [`--port=${port}`, '--host=127.0.0.1'], { env });
        session = await Session.create(driver.base, {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
        });
        await phoneViewport(session);
      } catch (error) {
        await cleanUp();
        throw error;
      }
      return { session, stop: cleanUp };
    },
  },

  chromium: {
    label: 'Chromium',
    canPrint: true,
    async start() {
      const chromedriver = which(process.env.CHROMEDRIVER, '/usr/bin/chromedriver', 'chromedriver');
      const chromium = which(process.env.CHROME_PATH, '/usr/bin/chromium');
      if (!chromedriver || !chromium) throw new Error('Chromium needs chromium and chromedriver: run scripts/setup --browser');
      const driver = await startDriver(chromedriver, (port) => [`--port=${port}`]);
      let session;
      try {
        session = await Session.create(driver.base, {
          browserName: 'chrome',
          'goog:chromeOptions': {
            binary: chromium,
            args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=pl-PL'],
          },
        });
        await phoneViewport(session);
      } catch (error) {
        await session?.quit();
        await driver.stop();
        throw error;
      }
      return {
        session,
        async stop() {
          await session.quit();
          await driver.stop();
        },
      };
    },
  },
};
