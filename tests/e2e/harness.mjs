// Shared set-up for the end-to-end tests: serves build-web/dist, launches Debian's Chromium
// through playwright-core, and clicks canvas widgets by their stable test ids.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');
export const dist = process.env.OPP_DIST || path.join(root, 'build-web', 'dist');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

// Starts web/serve.py on a free port for `dir` (the app's build by default); resolves to {url, stop}.
// `syncServer` (an address): /couch/… on the app's origin is forwarded to it (serve.py --sync-proxy).
export async function startServer(dir = dist, { syncServer } = {}) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const extra = syncServer ? ['--sync-proxy', syncServer] : [];
  const child = spawn('python3', [path.join(root, 'web', 'serve.py'), dir, String(port), '-q', ...extra], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await once(child.stdout, 'data');
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

// Starts a CouchDB-protocol server (PouchDB Server from npm, in memory) on 127.0.0.1 for the
// sync tests; resolves to {url, stop} once it answers. Its config and log go to a temp dir.
export async function startSyncServer() {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const bin = path.join(root, 'tests', 'e2e', 'node_modules', '.bin', 'pouchdb-server');
  const cwd = mkdtempSync(path.join(tmpdir(), 'opp-couch-'));
  const child = spawn(bin, ['--in-memory', '--host', '127.0.0.1', '--port', String(port)], {
    cwd, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 200; ++i) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
    } catch (e) { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('the sync server did not start');
}

// The passphrase the e2e tests use. Unless a test opts out (options.passphrase === false, for
// the tests of the set-up and lock screens), every page of the browser sets up or unlocks with
// it by itself (web/js/test_hook.js), with the cheapest key derivation.
export const E2E_PASSPHRASE = 'e2e passordfrase Kinn';

// Makes every page of `context` unlock by itself with `passphrase` (see test_hook.js).
export async function autoUnlock(context, passphrase = E2E_PASSPHRASE) {
  await context.addInitScript((p) => { window.oppTestPassphrase = p; }, passphrase);
}

// The options of every test's browser context: the window, the pixel ratio, touch, downloads.
function contextOptions(options) {
  return {
    viewport: options.viewport || { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor || 1,
    hasTouch: !!options.hasTouch,
    acceptDownloads: true,
  };
}
const LAUNCH_OPTIONS = { executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS };

// One Chromium per test file: node:test runs each file in a process of its own (NODE_TEST_CONTEXT
// is set there), where the browser starts on first use and is closed by an `after` hook of the
// file. A script (benchmarks.mjs, screenshots.mjs, measure.mjs) has no such hook: there the
// browser closes with its last context, so the script's process can end.
const underTestRunner = !!process.env.NODE_TEST_CONTEXT;
let browser = null;  // a promise of the shared Browser
let openContexts = 0;
async function sharedBrowser() {
  if (!browser) {
    // A browser that failed to start, crashed or was closed is started afresh by the next test.
    const started = chromium.launch(LAUNCH_OPTIONS).then((b) => {
      b.on('disconnected', () => { if (browser === started) browser = null; });
      return b;
    });
    started.catch(() => { if (browser === started) browser = null; });
    browser = started;
  }
  return browser;
}
export async function closeBrowser() {
  const b = browser;
  browser = null;
  if (b) await (await b).close().catch(() => {});
}
if (underTestRunner) after(closeBrowser);

// A fresh browser context for one test: storage of its own, kept across page.reload() and shared
// by the context's tabs (IndexedDB, localStorage, the service worker and its cache), gone when
// the test closes it. Resolves to {context, close}.
export async function launch(options = {}) {
  const context = await (await sharedBrowser()).newContext(contextOptions(options));
  ++openContexts;
  if (options.passphrase !== false) await autoUnlock(context, options.passphrase || E2E_PASSPHRASE);
  let closed = false;
  return {
    context,
    close: async () => {
      if (closed) return;
      closed = true;
      await context.close().catch(() => {});
      if (--openContexts === 0 && !underTestRunner) await closeBrowser();
    },
  };
}

// A browser of its own with a persistent profile on disk, for a test that needs what only a
// real profile has (see the tests that call it). Same options and result as launch().
export async function launchPersistent(options = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), 'opp-e2e-'));
  const context = await chromium.launchPersistentContext(profile, { ...LAUNCH_OPTIONS, ...contextOptions(options) });
  if (options.passphrase !== false) await autoUnlock(context, options.passphrase || E2E_PASSPHRASE);
  return {
    context,
    close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

// Collects page errors and CSP violations so a test can assert there were none.
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => { errors.push(String(e)); if (process.env.OPP_DEBUG) console.log(e.stack); });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

// Opens the app in a page of a fresh context (launch()), runs fn(page, browser) and always closes.
export async function withApp(server, fn, options = {}) {
  const b = await launch(options);
  try {
    const page = await b.context.newPage();
    await openApp(page, server.url, options.view);
    await fn(page, b);
  } finally {
    await b.close();
  }
}

// Registers a person through the form, as a user would. `options` go to typeInto.
export async function createPerson(page, fields, options = {}) {
  await typeInto(page, 'persons.new.name', fields.name, options);
  if (fields.birthDate) await typeInto(page, 'persons.new.birth_date', fields.birthDate, options);
  if (fields.nationalId) await typeInto(page, 'persons.new.national_id', fields.nationalId, options);
  if (fields.municipality) await typeInto(page, 'persons.new.municipality', fields.municipality, options);
  await click(page, 'persons.new.submit');
}

// Waits until the app has handled every input event and file given to it and written every
// change to IndexedDB. Not saved(): that is already true in the frames between a click and
// the frame that handles it.
export async function waitSettled(page, timeout = 10000) {
  await page.waitForFunction(() => window.appTest.settled(), null, { timeout });
}

// Waits until the app has handled every input given to it (waitSettled) and has drawn a frame
// after that, so what the input changed is on screen (and in appTest.rects()): the frame that
// handles a click can switch the view, which the next frame draws.
export async function waitDrawn(page, timeout = 10000) {
  await waitSettled(page, timeout);
  await nextFrames(page, 1);
}

// Waits until every change made so far, including by clicks not yet handled, is in IndexedDB.
export const waitSaved = waitSettled;

// Opens the app on `view` (the address's ?view=): the persons view by default, which lists and
// registers persons; the intake tests open "intake".
export async function openApp(page, url, view = 'persons') {
  await page.goto(url + '?test&view=' + view);
  await page.waitForFunction(() => window.appTest && window.appTest.ready(), null, { timeout: 30000 });
}

// The app's today: the UTC date of the page's clock (ui_.today() is Timestamp::date(), the
// day since the epoch in UTC: core/domain/calendar.cpp), as {y, m, d, day} (day: days since
// 1970-01-01). Read from the page rather than from node's local date, which is another day
// between midnight here and midnight UTC. A test that compares with it must allow for the day
// turning over while it runs.
export function appToday(page) {
  return page.evaluate(() => {
    const now = Date.now();
    const t = new Date(now);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), day: Math.floor(now / 86400000) };
  });
}

// IDBFS keeps each file under its path in the database named after the mount point: every
// stored file's bytes, decoded as UTF-8 (sealed files read as noise, which is the point). Large
// files are stored as Blobs (web/js/idbfs_writes.js), read here as well.
export function idbFiles(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('/data');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const stored = {};
      const cursor = db.transaction(['FILE_DATA'], 'readonly').objectStore('FILE_DATA').openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (c) {
          if (c.value.contents) stored[c.key] = c.value.contents;
          c.continue();
          return;
        }
        db.close();
        const files = {};
        Promise.all(Object.entries(stored).map(async ([key, contents]) => {
          files[key] = contents instanceof Blob ? await contents.text() : new TextDecoder().decode(contents);
        })).then(() => resolve(files), reject);
      };
    };
  }));
}

// Waits until the widget `id` is drawn with a label that is `label` (a string) or matches it (a
// RegExp), and returns its rectangle: for a label that changes a frame or two after the input.
export async function waitLabel(page, id, label, timeout = 10000) {
  const [source, flags, exact] = label instanceof RegExp ? [label.source, label.flags, false] : [label, '', true];
  try {
    const handle = await page.waitForFunction(([i, s, f, e]) => {
      const r = window.appTest.rects()[i];
      if (!r || typeof r.label !== 'string') return null;
      return (e ? r.label === s : new RegExp(s, f).test(r.label)) ? r : null;
    }, [id, source, flags, exact], { timeout });
    return await handle.jsonValue();
  } catch (e) {
    if (!/Timeout/.test(String(e))) throw e;
    const r = await page.evaluate((i) => window.appTest.rects()[i], id).catch(() => undefined);
    throw new Error(`${id} was ${r ? `labelled ${JSON.stringify(r.label)}` : 'not drawn'}, not ${label} (after ${timeout} ms)`);
  }
}

// Waits until the widget with `id` was drawn, and returns its rectangle (CSS pixels).
export async function rectOf(page, id, timeout = 5000) {
  const handle = await page.waitForFunction((i) => window.appTest.rects()[i] || null, id, { timeout });
  return handle.jsonValue();
}

// Turns the mouse wheel over (x, y) of the view (its middle by default), `step` pixels at a time,
// until look(rects) finds what it looks for, and returns that. look(rects) returns null while
// it sees nothing of it, {down: true|false} for which way to turn on (a widget drawn in part),
// and {found: value} at the end. While nothing is seen the wheel turns down until the view stops
// moving (its end: no widget moved), then up, and so on, `steps` turns of the wheel at most.
export async function wheelUntil(page, look, { x, y, step = 200, steps = 60, what = 'it' } = {}) {
  const viewport = page.viewportSize();
  const at = { x: x ?? viewport.width / 2, y: y ?? viewport.height / 2 };
  let down = true;
  let run = 0;  // turns the same way with nothing seen
  let before = null;
  for (let turn = 0; turn < steps; ++turn) {
    const rects = await page.evaluate(() => window.appTest.rects());
    const seen = look(rects);
    if (seen && 'found' in seen) return seen.found;
    const where = Object.entries(rects).map(([k, r]) => `${k}:${Math.round(r.y)}`).join('|');
    if (seen) {
      down = seen.down;
      run = 0;
    } else if ((before !== null && where === before) || run >= steps / 2) {
      down = !down;  // the end of the view (nothing moved), or long enough this way
      run = 0;
    }
    before = where;
    ++run;
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, down ? step : -step);
    await nextFrames(page, 2);
  }
  throw new Error(`${what} did not come into view`);
}

// Scrolls with the wheel until the widget `id` is drawn wholly inside the window, less `margin`
// pixels at its foot, and returns its rectangle (options as wheelUntil's).
export function wheelTo(page, id, { margin = 0, ...options } = {}) {
  const height = page.viewportSize().height - margin;
  return wheelUntil(page, (rects) => {
    const r = rects[id];
    if (!r) return null;
    if (r.y >= 0 && r.y + r.h <= height) return { found: r };
    return { down: r.y + r.h > height };
  }, { what: id, ...options });
}

// Scrolls the view with the wheel until widget `id` is drawn wholly inside the window, and
// returns its rectangle: for forms below the fold (Settings).
export function reveal(page, id) {
  return wheelTo(page, id);
}

export async function click(page, id) {
  const r = await rectOf(page, id);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await nextFrames(page, 2);
}

// Clicks the text field `id` and waits until typing reaches it: ImGui asks for text input in the
// frame after the click; then the textarea takes the focus.
async function focusField(page, id) {
  await click(page, id);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-input');
}

// Focuses the text field `id` and sends `text` in one input event, as an IME, an on-screen
// keyboard or a paste does (the same textarea path as typing), then waits until the app has
// handled it, saved what it changed and drawn a frame after that (waitDrawn). `{ settle: false }`
// waits for two frames instead, for a test that holds a save on purpose (settled() stays false
// until it is released).
export async function typeInto(page, id, text, { settle = true } = {}) {
  await focusField(page, id);
  await page.keyboard.insertText(text);
  if (settle) await waitDrawn(page);
  else await nextFrames(page, 2);
}

// Selects what the text field `id` holds (Ctrl+A) and replaces it with `text`, sent as typeInto
// sends it; waits as typeInto does.
export async function replaceText(page, id, text) {
  await focusField(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await waitDrawn(page);
}

// The same as typeInto (it sends the text in one input event too); kept for the callers of its
// old name.
export const insertInto = typeInto;

// As typeInto, but key by key (keydown, keypress, input, keyup for each character), for the tests
// about typing itself.
export async function typeKeys(page, id, text) {
  await focusField(page, id);
  await page.keyboard.type(text);
  await waitDrawn(page);
}

// Lets the app draw n more frames (ImGui needs one to react, one to report rectangles). An idle
// app draws none (docs/ARCHITECTURE.md, "Frames only when needed"): they are asked for with
// appTest.drawFrames. To wait for the effect of input, prefer waitSettled() or rectOf().
export async function nextFrames(page, n) {
  const start = await page.evaluate((count) => {
    window.appTest.drawFrames(count);
    return window.appTest.frameStats().frames;
  }, n);
  await page.waitForFunction((s) => window.appTest.frameStats().frames >= s, start + n);
}
