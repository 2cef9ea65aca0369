// A small W3C WebDriver (classic, over HTTP) client: just what the engine checks use, with no
// npm dependency and no driver download. It speaks to geckodriver, WebKitWebDriver and
// chromedriver alike; the drivers themselves come from cargo and Debian (see scripts/setup).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/// A free TCP port on 127.0.0.1.
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/// Starts a driver binary on a free port and waits until its /status says it is ready.
/// `args(port)` gives its command line; the driver's own output goes to `log` (an array).
export async function startDriver(binary, args, { env = process.env, timeout = 30000 } = {}) {
  const port = await freePort();
  const log = [];
  const child = spawn(binary, args(port), { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk) => {
    log.push(chunk.toString());
    if (log.length > 400) log.splice(0, log.length - 400);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = `${binary} exited (${code ?? signal})`;
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeout;
  for (;;) {
    if (exited) throw new Error(`${exited}: ${log.join('').slice(-2000)}`);
    try {
      const response = await fetch(`${base}/status`);
      const { value } = await response.json();
      if (value?.ready !== false) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${binary} did not start within ${timeout} ms: ${log.join('').slice(-2000)}`);
    }
    await sleep(100);
  }
  return {
    base,
    log,
    async stop() {
      if (exited) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(timer);
    },
  };
}

export class WebDriverError extends Error {
  constructor(command, status, value) {
    super(`${command}: ${value?.error ?? status}: ${value?.message ?? JSON.stringify(value)}`.slice(0, 3000));
    this.error = value?.error;
  }
}

/// One WebDriver session.
export class Session {
  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  static async create(base, capabilities, { timeout = 90000 } = {}) {
    const value = await command(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } }, timeout);
    return new Session(base, value.sessionId, value.capabilities);
  }

  cmd(method, path, body, timeout) {
    return command(this.base, method, `/session/${this.id}${path}`, body, timeout);
  }

  async quit() {
    try {
      await this.cmd('DELETE', '', undefined, 30000);
    } catch {
      // The browser may be gone already; the driver is stopped next anyway.
    }
  }

  setTimeouts(timeouts) {
    return this.cmd('POST', '/timeouts', timeouts);
  }

  navigate(url) {
    return this.cmd('POST', '/url', { url }, 120000);
  }

  url() {
    return this.cmd('GET', '/url');
  }

  /// Runs `fn` (a function or its source) in the page with `args`; returns its (awaited) result.
  /// DOM elements come back as element references usable with click() and type().
  execute(fn, ...args) {
    const body = typeof fn === 'function' ? `return (${fn}).apply(null, arguments);` : fn;
    return this.cmd('POST', '/execute/sync', { script: body, args }, 120000);
  }

  setWindowRect(rect) {
    return this.cmd('POST', '/window/rect', rect);
  }

  windowRect() {
    return this.cmd('GET', '/window/rect');
  }

  async find(css) {
    const value = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return value;
  }

  click(element) {
    return this.cmd('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  clear(element) {
    return this.cmd('POST', `/element/${element[ELEMENT]}/clear`, {});
  }

  type(element, text) {
    return this.cmd('POST', `/element/${element[ELEMENT]}/value`, { text });
  }

  /// Presses and releases keys (WebDriver key codes such as '\uE014' for →) in the focused element.
  keys(...keys) {
    const actions = keys.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
    return this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /// The viewport as a PNG (Buffer).
  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot', undefined, 60000), 'base64');
  }

  /// The page printed to PDF (Buffer) with print media, or null where the driver lacks the
  /// command.
  async print(options = {}) {
    try {
      return Buffer.from(await this.cmd('POST', '/print', options, 60000), 'base64');
    } catch (error) {
      if (error.error === 'unknown command' || error.error === 'unsupported operation') return null;
      throw error;
    }
  }

  /// Polls `fn(...args)` in the page until it returns a truthy value; returns that value.
  /// On timeout throws with `what` and the last value seen.
  async waitFor(what, fn, args = [], { timeout = 20000, interval = 100 } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.execute(fn, ...args);
        if (last) return last;
      } catch (error) {
        // A page in the middle of loading may refuse scripts for a moment; a lost session won't
        // come back.
        if (error.error === 'invalid session id') throw error;
        last = error.message;
      }
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)?.slice(0, 500)})`);
      await sleep(interval);
    }
  }
}

async function command(base, method, path, body, timeout = 60000) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  let response;
  try {
    response = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
    });
  } catch (error) {
    throw new Error(`${method} ${path}: ${error.name === 'AbortError' ? `no answer within ${timeout} ms` : error.message}`);
  } finally {
    clearTimeout(timer);
  }
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError(`${method} ${path}`, response.status, { message: text.slice(0, 500) });
  }
  if (!response.ok) throw new WebDriverError(`${method} ${path}`, response.status, json.value);
  return json.value;
}

export const Key = { RIGHT: '\uE014', LEFT: '\uE012', SPACE: '\uE00D', ENTER: '\uE007', TAB: '\uE004' };
export { ELEMENT };
