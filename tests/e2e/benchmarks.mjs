// The browser half of scripts/benchmarks.sh: every figure side by side, in one run, against the
// minimal Dear ImGui app (size, first frame) and a raw one-file IDBFS write (saving).
//   node benchmarks.mjs OUT.json CASELOAD_DIR [runs]
// CASELOAD_DIR holds caseload-1000.json, caseload-10000.json and caseload-100000.json (backups
// of the synthetic caseload, written by make_caseload). Needs build-web/dist and build-web/minimal.
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
// Each measurement in a browser of its own with a profile on disk (IndexedDB on disk, as a user's),
// as before the e2e tests came to share one browser per file.
import {
  startServer, launchPersistent as launch, openApp, dist, root, nextFrames, click, typeInto, typeKeys, rectOf,
} from './harness.mjs';

const [outFile, caseloadDir, runsArg] = process.argv.slice(2);
if (!outFile || !caseloadDir) {
  console.error('usage: node benchmarks.mjs OUT.json CASELOAD_DIR [runs]');
  process.exit(2);
}
const runs = Number(runsArg || 9);
const minimalDir = path.join(root, 'build-web', 'minimal');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : null; };
const result = { runs, sizes: {}, firstFrame: {}, unlock: {}, save: {}, frames: {}, load: {}, large: {} };
const log = (...a) => console.log('#', ...a);
// OPP_BENCH_ONLY=start,unlock,save,frames,large runs only those parts (sizes are always taken), for
// working on one figure; scripts/benchmarks.sh runs them all.
const only = (process.env.OPP_BENCH_ONLY || '').split(',').filter(Boolean);
const want = (part) => only.length === 0 || only.includes(part);

// --- Sizes: every file a first visit downloads, raw and gzip -9 ------------------------------
function filesOf(dir, names) {
  const out = {};
  for (const name of names) {
    const bytes = readFileSync(path.join(dir, name));
    out[name] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }
  return out;
}
const appFiles = ['app.wasm', 'app.js', 'index.html', 'style.css',
  ...readdirSync(path.join(dist, 'js')).filter((f) => f.endsWith('.js')).map((f) => 'js/' + f)];
result.sizes.app = filesOf(dist, appFiles);
result.sizes.minimal = filesOf(minimalDir, ['minimal.wasm', 'minimal.js', 'index.html', 'boot.js']);
const total = (files, key) => Object.values(files).reduce((s, f) => s + f[key], 0);
for (const k of ['app', 'minimal']) {
  result.sizes[k + 'Total'] = { raw: total(result.sizes[k], 'raw'), gzip: total(result.sizes[k], 'gzip') };
}
log('sizes (gzip):', result.sizes.appTotal.gzip, 'vs', result.sizes.minimalTotal.gzip);

const app = await startServer();
const minimal = await startServer(minimalDir);

// --- Page load → first frame, alternating the two apps in fresh browsers ----------------------
if (want('start')) {
  const first = { app: [], minimal: [] };
  const phases = [];
  for (let i = 0; i < runs; ++i) {
    for (const which of i % 2 ? ['app', 'minimal'] : ['minimal', 'app']) {
      const b = await launch({ passphrase: false });
      const page = await b.context.newPage();
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(which === 'app' ? app.url : minimal.url);
      await page.waitForFunction(() => window.oppFirstFrameMs, null, { timeout: 30000 });
      first[which].push(await page.evaluate(() => window.oppFirstFrameMs));
      // The app's start-up in parts (User Timing marks set by app/platform/web_platform.cpp and js/glue.js).
      if (which === 'app') phases.push(await page.evaluate(() => Object.fromEntries(
        performance.getEntriesByType('mark').filter((m) => m.name.startsWith('opp:')).map((m) => [m.name, m.startTime]))));
      await b.close();
    }
  }
  result.firstFrame = { app: median(first.app), minimal: median(first.minimal), samples: first };
  // Median time from the page's start to each mark of the app's start-up.
  result.firstFrame.phases = Object.fromEntries(Object.keys(phases[0] || {}).map((k) => [k, median(phases.map((p) => p[k]))]));
  log('first frame:', result.firstFrame.app.toFixed(0), 'vs', result.firstFrame.minimal.toFixed(0), 'ms');
}

// --- Set-up and unlock with the full key derivation (Argon2id, 64 MiB, 3 passes) --------------
// The e2e lock test logs one unlock ("# unlock took … ms") and asserts nothing on the time; here
// it is measured: the derivation's own time (appTest.vault().derivationMs) and, for the unlock,
// from the call until the data is loaded and drawn.
if (want('unlock')) {
  const PASSPHRASE = 'benk passordfrase for Kinn';
  const setUp = [], unlock = [], unlockReady = [];
  for (let i = 0; i < Math.min(runs, 5); ++i) {
    const b = await launch({ passphrase: false });
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    const stage = (wanted) => page.waitForFunction((w) => window.appTest && window.appTest.vault().stage === w, wanted, { timeout: 60000 });
    await page.goto(app.url + '?test&view=persons');
    await stage('setup');
    const refused = await page.evaluate((p) => window.appTest.setUp(p, false), PASSPHRASE);
    if (refused) throw new Error(`set-up refused: ${refused}`);
    await page.waitForFunction(() => window.appTest.ready(), null, { timeout: 60000 });
    setUp.push((await page.evaluate(() => window.appTest.vault())).derivationMs);
    await page.reload();
    await stage('locked');
    const t0 = await page.evaluate((p) => { window.oppBenchUnlock = performance.now(); return window.appTest.unlock(p); }, PASSPHRASE);
    if (t0) throw new Error(`unlock refused: ${t0}`);
    await page.waitForFunction(() => window.appTest.ready(), null, { timeout: 60000 });
    unlockReady.push(await page.evaluate(() => performance.now() - window.oppBenchUnlock));
    unlock.push((await page.evaluate(() => window.appTest.vault())).derivationMs);
    await b.close();
  }
  result.unlock = { setUpMs: median(setUp), unlockMs: median(unlock), unlockReadyMs: median(unlockReady),
    samples: { setUp, unlock, unlockReady } };
  log('unlock:', result.unlock.unlockMs.toFixed(0), 'ms key derivation,', result.unlock.unlockReadyMs.toFixed(0), 'ms to ready');
}

// A page of the app with the caseload of `n` persons restored (n = 0: empty), on `view`.
async function appWith(n, view) {
  const b = await launch();
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, app.url, view);
  if (n) {
    const json = readFileSync(path.join(caseloadDir, `caseload-${n}.json`), 'utf8');
    const t0 = Date.now();
    const imported = await page.evaluate((text) => window.appTest.importBackup(text), json);
    if (!imported.ok) throw new Error(`caseload ${n} refused: ${JSON.stringify(imported)}`);
    await page.waitForFunction(() => window.appTest.settled(), null, { timeout: 600000, polling: 200 });
    result.load[`restore${n}`] = Date.now() - t0;
  }
  return { b, page };
}

// --- Saving one change, against a raw one-file IDBFS write on the same page ------------------
// The raw write: a file of 200 bytes into an IDBFS mount of its own, synced alone.
async function rawWriteMs(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    if (!FS.analyzePath('/rawbench').exists) { FS.mkdir('/rawbench'); FS.mount(IDBFS, {}, '/rawbench'); }
    const mount = FS.lookupPath('/rawbench').node.mount;
    const t0 = performance.now();
    FS.writeFile('/rawbench/one.json', 'x'.repeat(200) + Math.random());
    IDBFS.syncfs(mount, false, (err) => (err ? reject(err) : resolve(performance.now() - t0)));
  }));
}
// One change through the UI: from the click on «Registrer» (the browser's time of the mouse
// event) until the write to IndexedDB that holds it has finished, both taken in the page, so
// the test driver's round trips are not counted. Split into the app's part (the click until the
// write begins: the next frame, the command, sealing the journal segment) and IndexedDB's.
async function saveMs(page, i) {
  await typeInto(page, 'persons.new.name', `Måling Åsen ${i}`);
  await nextFrames(page, 2);
  await page.evaluate(() => {
    window.oppBenchClick = null;
    window.addEventListener('mouseup', (e) => { window.oppBenchClick = e.timeStamp; }, { capture: true, once: true });
  });
  const r = await rectOf(page, 'persons.new.submit');
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await page.waitForFunction(() => window.oppBenchClick !== null && window.oppGlue.lastSync().start > window.oppBenchClick &&
    window.appTest.settled(), null, { timeout: 60000, polling: 5 });
  const { click, sync } = await page.evaluate(() => ({ click: window.oppBenchClick, sync: window.oppGlue.lastSync() }));
  return { total: sync.end - click, app: sync.start - click, idb: sync.end - sync.start };
}
if (want('save')) {
  for (const n of [1000, 10000]) {
    const { b, page } = await appWith(n, 'persons');
    const raw = [], save = [];
    for (let i = 0; i < runs; ++i) {
      raw.push(await rawWriteMs(page));
      save.push(await saveMs(page, i));
    }
    const totals = save.map((s) => s.total);
    result.save[n] = { save: median(totals), app: median(save.map((s) => s.app)), idb: median(save.map((s) => s.idb)),
      raw: median(raw), samples: { save: totals, raw } };
    log(`save at ${n}:`, median(totals).toFixed(0), 'ms vs raw', median(raw).toFixed(0), 'ms');
    await b.close();
  }
}

// --- Frame CPU time per view at 0 and 10,000 -------------------------------------------------
// The mean of the middle 80 % of the last 180 frames: the page's clock ticks in 0.1 ms, and a
// mean over many frames resolves below that where a median cannot; the slowest and fastest
// tenth (a collection, a late event) are left out.
const trimmedMean = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const cut = Math.floor(s.length / 10);
  const kept = s.slice(cut, s.length - cut);
  return kept.length ? kept.reduce((a, b) => a + b, 0) / kept.length : null;
};
async function steadyMs(page, frames = 180) {
  await nextFrames(page, frames);
  return trimmedMean((await page.evaluate(() => window.appTest.frameStats())).recentMs);
}
const VIEWS = ['board', 'queue', 'persons', 'psfs', 'evaluation'];
if (want('frames')) {
  for (const n of [0, 1000, 10000]) {
    const { b, page } = await appWith(n, 'board');
    result.frames[n] = {};
    for (const view of VIEWS) {
      await click(page, 'nav.' + view);
      await nextFrames(page, 10);
      if (view === 'psfs') {  // a person chosen, so the chart is drawn
        const row = Object.keys(await page.evaluate(() => window.appTest.rects())).find((k) => /^psfs\.person\.\d+$/.test(k));
        if (row) await click(page, row);
      }
      result.frames[n][view] = await steadyMs(page);
    }
    // The workspace: a person opened from the board.
    await click(page, 'nav.board');
    await nextFrames(page, 10);
    const card = Object.keys(await page.evaluate(() => window.appTest.rects())).find((k) => /^board\.card\.\d+$/.test(k));
    if (card) {
      await click(page, card);
      await nextFrames(page, 10);
      result.frames[n].workspace = await steadyMs(page);
    }
    log(`frames at ${n}:`, JSON.stringify(result.frames[n]));
    // Reload to ready with the caseload stored (unlock with the test's light key derivation).
    if (n) {
      const loads = [];
      const parts = [];
      for (let i = 0; i < 3; ++i) {
        await page.reload();
        await page.waitForFunction(() => window.appTest && window.appTest.ready(), null, { timeout: 120000 });
        loads.push(await page.evaluate(() => performance.now()));
        // Where the time goes: reading IndexedDB into memory, opening the store (decrypt, decode,
        // index), the first frame that shows the data (marks from js/glue.js and app/app.cpp).
        parts.push(await page.evaluate(() => {
          const at = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
          return { idb: at['opp:idb-loaded'] - at['opp:idb-start'], open: at['opp:open-end'] - at['opp:open-start'],
            frame: at['opp:ready'] - at['opp:open-end'] };
        }));
      }
      result.load[`ready${n}`] = median(loads);
      result.load[`readyParts${n}`] = Object.fromEntries(['idb', 'open', 'frame'].map((k) => [k, median(parts.map((p) => p[k]))]));
    }
    await b.close();
  }
}

// The frames drawn so far, and the CPU times of those drawn since such a count.
const frameCount = async (page) => (await page.evaluate(() => window.appTest.frameStats())).frames;
async function framesSince(page, count) {
  const stats = await page.evaluate(() => window.appTest.frameStats());
  return stats.recentMs.slice(-(stats.frames - count));
}

// Asks for a compaction and collects the CPU time of every frame until it is written and synced.
async function compactionFrames(page) {
  let seen = await frameCount(page);
  const frames = [];
  const t0 = Date.now();
  await page.evaluate(() => window.appTest.requestCompaction());
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const stats = await page.evaluate(() => ({ ...window.appTest.frameStats(),
      done: !window.appTest.compactionDue() && window.appTest.settled() }));
    frames.push(...stats.recentMs.slice(-(stats.frames - seen)));
    seen = stats.frames;
    if (stats.done) break;
    if (Date.now() - t0 > 600000) throw new Error('the compaction did not finish in 10 minutes');
  }
  const sorted = [...frames].sort((a, b) => a - b);
  return { wallMs: Date.now() - t0, frames: frames.length, longestFrameMs: sorted[sorted.length - 1],
    p99FrameMs: sorted[Math.floor(0.99 * (sorted.length - 1))], over50: frames.filter((ms) => ms > 50).length };
}

// --- 100,000 persons: restore, reload, search as you type ------------------------------------
// Restored as a user does (Settings → Gjenopprett fra fil): the file is larger than the longest
// string V8 holds, so it goes into the app's heap in slices (js/glue.js readIntoHeap).
const large = path.join(caseloadDir, 'caseload-100000.json');
if (want('large')) {
  if (existsSync(large)) {
    result.large.bytes = statSync(large).size;
    let b = null;
    try {
      b = await launch();
      const page = await b.context.newPage();
      await page.setViewportSize({ width: 1440, height: 900 });
      await openApp(page, app.url, 'persons');
      await click(page, 'nav.settings');
      const chooser = page.waitForEvent('filechooser');
      await click(page, 'settings.backup.import');
      const t0 = Date.now();
      await (await chooser).setFiles(large);
      await rectOf(page, 'settings.backup.confirm', 600000);
      result.large.previewMs = Date.now() - t0;
      const t1 = Date.now();
      await click(page, 'settings.backup.confirm');
      const message = (await rectOf(page, 'settings.backup.message', 600000)).label;
      await page.waitForFunction(() => window.appTest.settled(), null, { timeout: 600000, polling: 200 });
      result.large.restoreMs = Date.now() - t1;
      result.load.restore100000 = Date.now() - t0;
      result.large.heapMiB = await page.evaluate(() => Module.HEAPU8.buffer.byteLength / 2 ** 20);
      result.large.restored = await page.evaluate(() => window.appTest.rects()['settings.backup.message'] != null) &&
        !/minnet|memory/.test(message);
      if (!result.large.restored) throw new Error(`restore refused: ${message}`);
      // Reloaded `runs` times (it varies by seconds from one load to the next on this machine): medians.
      const reloads = [];
      for (let i = 0; i < runs; ++i) {
        await page.reload();
        const t2 = Date.now();
        await page.waitForFunction(() => window.appTest && window.appTest.ready(), null, { timeout: 600000 });
        reloads.push(await page.evaluate(() => {
          const at = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
          return { ready: performance.now(), idb: at['opp:idb-loaded'] - at['opp:idb-start'],
            open: at['opp:open-end'] - at['opp:open-start'], frame: at['opp:ready'] - at['opp:open-end'], marks: at };
        }));
        reloads[i].wall = Date.now() - t2;
      }
      result.large.readyMs = median(reloads.map((r) => r.ready));
      result.large.reloadWallMs = median(reloads.map((r) => r.wall));
      result.large.readyRunsMs = reloads.map((r) => Math.round(r.ready));
      result.large.readyMarks = reloads.map((r) => r.marks);
      result.large.readyParts = Object.fromEntries(['idb', 'open', 'frame'].map((k) => [k, median(reloads.map((r) => r[k]))]));
      // Search as you type in the persons view: entering the field folds the names (one frame,
      // recorded apart), then the frames while typing.
      await click(page, 'nav.persons');
      await nextFrames(page, 5);
      let mark = await frameCount(page);
      await click(page, 'persons.search');
      await nextFrames(page, 5);
      result.large.searchFocusFrameMs = Math.max(...await framesSince(page, mark));
      mark = await frameCount(page);
      await typeKeys(page, 'persons.search', 'ødeg');  // key by key: a frame or more per letter
      await nextFrames(page, 5);
      const typed = await framesSince(page, mark);
      result.large.searchLongestFrameMs = Math.max(...typed);
      result.large.searchFramesMs = typed;
      result.large.steadyFrameMs = await steadyMs(page, 120);
      // Saving one change at 100,000 persons (flat from 1,000?), and the longest frame meanwhile.
      const raw = [], save = [], longest = [];
      for (let i = 0; i < runs; ++i) {
        raw.push(await rawWriteMs(page));
        mark = await frameCount(page);
        save.push(await saveMs(page, i));
        longest.push(Math.max(...await framesSince(page, mark)));
      }
      result.large.save = { save: median(save.map((x) => x.total)), app: median(save.map((x) => x.app)),
        idb: median(save.map((x) => x.idb)), raw: median(raw), longestFrameMs: Math.max(...longest) };
      // A compaction at 100,000 persons: the whole store written again as a new snapshot, a slice
      // per frame, while the app stays usable. Every frame is collected (the app keeps the last
      // 240; polled twice a second).
      result.large.compaction = await compactionFrames(page);
    } catch (e) {
      result.large.restored = result.large.restored ?? false;
      result.large.error = String(e.message || e).slice(0, 300);
    } finally {
      if (b) await b.close();
    }
    log('100,000:', JSON.stringify(result.large));
  }
}

app.stop();
minimal.stop();
writeFileSync(outFile, JSON.stringify(result, null, 2));
process.exit(0);
