// Shared set-up for the end-to-end tests: serves build-web/dist, launches Debian's Chromium
// through playwright-core, and clicks canvas widgets by their stable test ids.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

// A persistent browser profile, so IndexedDB survives a reload and is shared between tabs.
export async function launch(options = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), 'opp-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport || { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor || 1,
    hasTouch: !!options.hasTouch,
    acceptDownloads: true,
  });
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

// Launches a browser, opens the app in a page, runs fn(page, browser) and always closes.
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

// Registers a person through the form, as a user would.
export async function createPerson(page, fields) {
  await typeInto(page, 'persons.new.name', fields.name);
  if (fields.birthDate) await typeInto(page, 'persons.new.birth_date', fields.birthDate);
  if (fields.nationalId) await typeInto(page, 'persons.new.national_id', fields.nationalId);
  if (fields.municipality) await typeInto(page, 'persons.new.municipality', fields.municipality);
  await click(page, 'persons.new.submit');
}

// Waits until the app has handled every input event and file given to it and written every
// change to IndexedDB. Not saved(): that is already true in the frames between a click and
// the frame that handles it.
export async function waitSettled(page, timeout = 10000) {
  await page.waitForFunction(() => window.appTest.settled(), null, { timeout });
}

// Waits until every change made so far, including by clicks not yet handled, is in IndexedDB.
export const waitSaved = waitSettled;

// Opens the app on `view` (the address's ?view=): the persons view by default, which lists and
// registers persons; the intake tests open "intake".
export async function openApp(page, url, view = 'persons') {
  await page.goto(url + '?test&view=' + view);
  await page.waitForFunction(() => window.appTest && window.appTest.ready(), null, { timeout: 30000 });
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

// Waits until the widget with `id` was drawn, and returns its rectangle (CSS pixels).
export async function rectOf(page, id, timeout = 5000) {
  const handle = await page.waitForFunction((i) => window.appTest.rects()[i] || null, id, { timeout });
  return handle.jsonValue();
}

// Scrolls the view with the wheel (down, then up) until widget `id` is drawn wholly inside the
// window, and returns its rectangle: for forms below the fold (Settings).
export async function reveal(page, id) {
  const height = page.viewportSize().height;
  for (let step = 0; step < 60; ++step) {
    const r = (await page.evaluate(() => window.appTest.rects()))[id];
    if (r && r.y >= 0 && r.y + r.h <= height) return r;
    const down = !r ? step < 30 : r.y + r.h > height;
    await page.mouse.move(page.viewportSize().width / 2, height / 2);
    await page.mouse.wheel(0, down ? 200 : -200);
    await nextFrames(page, 2);
  }
  throw new Error(`${id} did not come into view`);
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

export async function typeInto(page, id, text) {
  await focusField(page, id);
  await page.keyboard.type(text);
  await nextFrames(page, 2);
}

// As typeInto, but the text arrives in one input event, as an on-screen keyboard or a paste sends
// it: for loops that enter text many times and are not testing the typing itself.
export async function insertInto(page, id, text) {
  await focusField(page, id);
  await page.keyboard.insertText(text);
  await nextFrames(page, 2);
}

// Lets the app draw n more frames (ImGui needs one to react, one to report rectangles).
// The app draws no frames while nothing changes: it is asked for them.
export async function nextFrames(page, n) {
  const start = await page.evaluate((count) => { window.appTest.drawFrames(count); return window.appTest.frameStats().frames; }, n);
  await page.waitForFunction((s) => window.appTest.frameStats().frames >= s, start + n);
}
