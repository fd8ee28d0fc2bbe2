// Offline install, demo mode and kiosk mode in the real browser: the app starts with no network
// after one visit, a new build is offered (never swapped in), the demo opens its own store with
// the personas and resets in one click, and a kiosk hides what it must and forgets a session.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  root, dist, startServer, launch, launchPersistent, openApp, createPerson, waitSettled, rectOf, click, typeInto, reveal,
  watchErrors,
} from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const rects = (page) => page.evaluate(() => window.appTest.rects());
const vault = (page) => page.evaluate(() => window.appTest.vault());
const store = async (page) => (await page.evaluate(() => window.appTest.state())).store;
async function waitReady(page, timeout = 30000) {
  await page.waitForFunction(() => window.appTest && window.appTest.ready(), null, { timeout });
}
// Opens the app with extra address flags ('demo', 'kiosk', …) and waits for its data.
async function openWith(page, flags, view = 'board') {
  await page.goto(server.url + '?test&' + flags + '&view=' + view);
  await waitReady(page);
}
const personaNames = ['Kasper Lindgjerde-Aas', 'Morten Fjellvang', 'Klara Østbø'];
// How many files IDBFS keeps in the database of mount `name`.
const storedFiles = (page, name) => page.evaluate((n) => new Promise((resolve, reject) => {
  const open = indexedDB.open(n);
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('FILE_DATA')) { db.close(); resolve(0); return; }
    const count = db.transaction(['FILE_DATA'], 'readonly').objectStore('FILE_DATA').count();
    count.onsuccess = () => { db.close(); resolve(count.result); };
  };
}), name);
// Marks the page, then waits for the page that replaces it (a lock, a reset, a restart) to be ready.
async function markPage(page) { await page.evaluate(() => { window.oppOldPage = true; }); }
async function waitNewPage(page, timeout = 30000) {
  await page.waitForFunction(() => !window.oppOldPage && window.appTest && window.appTest.ready(), null, { timeout });
}
// A click that leaves the page (a restart, a reset, another mode): not click(), which waits for
// frames the old page no longer draws.
async function clickAway(page, id) {
  const r = await rectOf(page, id);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
}
// web/serve.py on a given port (the offline test's second build must keep the origin).
async function startOn(dir, port) {
  const child = spawn('python3', [path.join(root, 'web', 'serve.py'), dir, String(port), '-q'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await once(child.stdout, 'data');
  return { stop: () => child.kill() };
}

test('offline: after one visit the app starts with no network and shows its data; a new build is offered and restarts into it', async () => {
  // A copy of the build, so the test can publish a "second build" into it.
  const copy = mkdtempSync(path.join(tmpdir(), 'opp-offline-'));
  cpSync(dist, copy, { recursive: true });
  const own = await startServer(copy);
  const b = await launch();
  try {
    const page = await b.context.newPage();
    const errors = watchErrors(page);
    await openApp(page, own.url, 'persons');
    await createPerson(page, { name: 'Åse Frøysa', birthDate: '03.04.1950' });
    await waitSettled(page);
    // The offline copy is installed after the first frame and takes the page over.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = await caches.open(keys[0]);
      return { keys, files: (await cache.keys()).map((r) => new URL(r.url).pathname) };
    });
    assert.equal(cached.keys.length, 1);
    for (const file of ['/', '/index.html', '/app.js', '/app.wasm', '/style.css', '/js/start.js', '/js/shell.js',
      '/manifest.webmanifest', '/assets/icon.svg']) {
      assert.ok(cached.files.includes(file), `${file} is in the offline copy`);
    }

    // No network at all: the browser is offline and the server is gone.
    own.stop();
    await b.context.setOffline(true);
    const started = Date.now();
    await page.goto(own.url + '?test&view=persons');
    await waitReady(page);
    const offlineStartMs = Date.now() - started;
    const firstFrameMs = await page.evaluate(() => window.appTest.firstFrameMs());
    console.log(`offline start: ready after ${offlineStartMs} ms, first frame at ${Math.round(firstFrameMs)} ms`);
    assert.deepEqual((await store(page)).persons.map((p) => p.name), ['Åse Frøysa']);
    assert.equal((await vault(page)).updateReady, false);

    // A second build is published (here: the same files under a new version) and found.
    const swPath = path.join(copy, 'sw.js');
    writeFileSync(swPath, readFileSync(swPath, 'utf8').replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1-2'"));
    const again = await startOn(copy, new URL(own.url).port); // the same origin as before
    try {
      await b.context.setOffline(false);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      await page.waitForFunction(() => window.appTest.vault().updateReady, null, { timeout: 30000 });
      // Offered, not swapped: the running app goes on until the user restarts.
      const offer = await rectOf(page, 'update.ready');
      assert.equal(offer.label, 'En ny versjon av appen er klar.');
      assert.equal((await store(page)).persons.length, 1);
      await markPage(page);
      await clickAway(page, 'update.restart');
      await waitNewPage(page);
      assert.equal((await vault(page)).updateReady, false);
      const version = await page.evaluate(() => new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('message', (e) => resolve(e.data.version), { once: true });
        navigator.serviceWorker.controller.postMessage('version');
      }));
      assert.match(version, /-2$/, 'the new version controls the page');
      assert.deepEqual(await page.evaluate(async () => (await caches.keys()).length), 1, 'the old copy is gone');
      assert.deepEqual((await store(page)).persons.map((p) => p.name), ['Åse Frøysa'], 'the data written before is read');
    } finally {
      again.stop();
    }
    assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
  } finally {
    await b.close();
    rmSync(copy, { recursive: true, force: true });
  }
});

test('the app is installable: a manifest with name, start address and icon, and no installability errors', async () => {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.name, 'Oppfølgingsteam');
  assert.equal(manifest.start_url, './');
  assert.ok(manifest.icons.length > 0);
  // A profile on disk: Chromium does not offer to install from a context without one (an
  // incognito-like context reports 'in-incognito').
  const b = await launchPersistent();
  try {
    const page = await b.context.newPage();
    await openApp(page, server.url, 'persons');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
    const cdp = await b.context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
  } finally {
    await b.close();
  }
});

test('demo: one click on the start screen opens a separate store with the personas, marked on every view, reset in one click', async () => {
  const b = await launch({ passphrase: false });
  try {
    const page = await b.context.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url + '?test&view=board');
    await page.waitForFunction(() => window.appTest && window.appTest.vault().stage === 'setup', null, { timeout: 30000 });
    await reveal(page, 'start.demo');
    await clickAway(page, 'start.demo');
    await page.waitForURL(/demo/);
    await waitReady(page);
    const v = await vault(page);
    assert.equal(v.demo, true);
    let s = await store(page);
    for (const name of personaNames) assert.ok(s.persons.some((p) => p.name === name), `${name} is in the demo`);
    assert.ok(s.persons.length >= 300, `${s.persons.length} persons`);
    // Never mixed: the demo has its own database; the real one holds nothing.
    assert.ok(await storedFiles(page, '/demo') > 0);
    assert.equal(await storedFiles(page, '/data'), 0);

    // Marked on every view the demo shows.
    for (const view of ['intake', 'queue', 'board', 'persons', 'psfs', 'evaluation', 'settings']) {
      await click(page, 'nav.' + view);
      const banner = await rectOf(page, 'demo.banner');
      assert.match(banner.label, /^DEMO/);
    }
    // No passphrase, so no lock button.
    assert.equal((await rects(page))['lock.now'], undefined);

    // Presentation: larger text.
    const before = await rectOf(page, 'demo.reset');
    await click(page, 'demo.present');
    // The text grows in a frame after the click: wait for that (at most 10 s), then check by how much.
    const after = await page.waitForFunction((h) => {
      const r = window.appTest.rects()['demo.reset'];
      return r && r.h > h * 1.3 ? r : null;
    }, before.h, { timeout: 10000 }).then((handle) => handle.jsonValue(), () => rectOf(page, 'demo.reset'));
    assert.ok(after.h > before.h * 1.3, `button ${before.h} → ${after.h} px tall`);
    assert.equal((await vault(page)).presentation, true);
    await click(page, 'demo.present');
    await waitSettled(page);

    // A change in the demo, then the reset: the demo starts again as it was.
    await click(page, 'nav.persons');
    await createPerson(page, { name: 'Prøveperson Demo', birthDate: '01.01.1990' });
    await waitSettled(page);
    s = await store(page);
    const count = s.persons.length;
    assert.ok(s.persons.some((p) => p.name === 'Prøveperson Demo'));
    await markPage(page);
    await clickAway(page, 'demo.reset');
    await waitNewPage(page);
    s = await store(page);
    assert.equal(s.persons.length, count - 1);
    for (const name of personaNames) assert.ok(s.persons.some((p) => p.name === name));

    // Leaving the demo goes back to the real start screen.
    await clickAway(page, 'demo.exit');
    await page.waitForFunction(() => !location.search.includes('demo') && window.appTest && window.appTest.vault().stage === 'setup',
      null, { timeout: 30000 });
    // Chromium's note on Emscripten's wheel listener (reveal() scrolls with the wheel) is not ours.
    assert.deepEqual(errors.filter((e) => !e.startsWith('Unable to preventDefault inside passive event listener')), []);
  } finally {
    await b.close();
  }
});

test('kiosk: only the kiosk views, large touch targets, touch typing, and after idle the lock leaves nothing of the session', async () => {
  const b = await launch({ hasTouch: true });
  try {
    const page = await b.context.newPage();
    // A normal window first, for the size of a normal button.
    await openApp(page, server.url, 'intake');
    const normal = await rectOf(page, 'nav.intake');
    await openWith(page, 'kiosk', 'intake');
    assert.equal((await vault(page)).kiosk, true);
    const r = await rects(page);
    for (const id of ['nav.intake', 'nav.board', 'nav.psfs', 'kiosk.exit', 'lock.now']) assert.ok(r[id], `${id} is shown`);
    for (const id of ['nav.queue', 'nav.persons', 'nav.evaluation', 'nav.settings']) assert.equal(r[id], undefined, `${id} is hidden`);
    assert.ok(r['nav.intake'].h >= 44, `a touch target is ${r['nav.intake'].h} px tall`);
    assert.ok(r['nav.intake'].h > normal.h * 1.3);

    // Touch typing: a tap on the field opens the keyboard (the textarea has the focus) and
    // what it types arrives, Norwegian letters included.
    const field = await rectOf(page, 'intake.name');
    await page.touchscreen.tap(field.x + field.w / 2, field.y + field.h / 2);
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-input');
    await page.keyboard.insertText('Ørjan Ås');
    await waitSettled(page);
    await reveal(page, 'intake.observed');
    await typeInto(page, 'intake.observed', 'Bekymring meldt ved kiosken.');
    await page.evaluate(() => window.oppGlue.setClipboardText('Ørjan Ås'));
    // Both texts arrived: sending now lacks only the consent.
    await reveal(page, 'intake.submit');
    await click(page, 'intake.submit');
    await rectOf(page, 'intake.consent_referral.error');
    assert.equal((await rects(page))['intake.name.error'], undefined, 'the touch-typed name arrived');
    assert.equal((await rects(page))['intake.observed.error'], undefined);
    await waitSettled(page);
    // Left alone: the kiosk locks, and the next user finds no draft, no text and no clipboard.
    await markPage(page);
    await page.evaluate(() => window.appTest.setIdleLockMs(1500));
    await waitNewPage(page);
    assert.equal(await page.evaluate(() => window.oppGlue.getClipboard()), '');
    assert.equal(await page.evaluate(() => document.getElementById('text-input').value), '');
    await reveal(page, 'intake.submit');
    await click(page, 'intake.submit');
    await reveal(page, 'intake.name.error');
    assert.equal((await rectOf(page, 'intake.name.error')).label, 'Må fylles ut.', 'the draft was discarded');
    await reveal(page, 'intake.observed.error');
    assert.equal((await rectOf(page, 'intake.observed.error')).label, 'Må fylles ut.');

    // Leaving kiosk mode locks on the way and opens the normal app.
    await markPage(page);
    await clickAway(page, 'kiosk.exit');
    await waitNewPage(page);
    assert.ok(!page.url().includes('kiosk'));
    assert.equal((await vault(page)).kiosk, false);
    assert.ok((await rects(page))['nav.settings']);
  } finally {
    await b.close();
  }
});

test('kiosk from Settings, with the demo: kept across reloads, and after idle the demo starts afresh', async () => {
  const b = await launch();
  try {
    const page = await b.context.newPage();
    await openWith(page, 'demo', 'settings');
    await reveal(page, 'kiosk.enable');
    await markPage(page);
    await clickAway(page, 'kiosk.enable');
    await waitNewPage(page);
    assert.ok(page.url().includes('kiosk'));
    assert.deepEqual([(await vault(page)).demo, (await vault(page)).kiosk], [true, true]);
    // The setting is kept: a plain reload of the demo is still a kiosk.
    await openWith(page, 'demo', 'board');
    assert.equal((await vault(page)).kiosk, true);
    assert.ok((await rects(page))['demo.banner']);

    await click(page, 'nav.intake');
    const before = (await store(page)).referrals.length;
    await typeInto(page, 'intake.name', 'Kioskbruker Test');
    await waitSettled(page);
    await markPage(page);
    await page.evaluate(() => window.appTest.setIdleLockMs(1500));
    await waitNewPage(page);
    assert.equal((await store(page)).referrals.length, before);
    await click(page, 'nav.intake');
    await reveal(page, 'intake.submit');
    await click(page, 'intake.submit');
    await reveal(page, 'intake.name.error');
    assert.equal((await rectOf(page, 'intake.name.error')).label, 'Må fylles ut.', 'the reset demo has no draft');
    await markPage(page);
    await clickAway(page, 'kiosk.exit');
    await waitNewPage(page);
    assert.deepEqual([(await vault(page)).demo, (await vault(page)).kiosk], [true, false]);
  } finally {
    await b.close();
  }
});
