// Writes BENCHMARKS.md (to stdout) from one run of scripts/benchmarks.sh: the native results
// (Google Benchmark JSON) and the browser results (benchmarks.mjs), with the machine and the date.
//   node benchmarks_report.mjs native.json browser.json > BENCHMARKS.md
import { readFileSync } from 'node:fs';
import os from 'node:os';

const [nativeFile, browserFile] = process.argv.slice(2);
const native = JSON.parse(readFileSync(nativeFile, 'utf8'));
const browser = JSON.parse(readFileSync(browserFile, 'utf8'));

const lines = [];
const out = (s = '') => lines.push(s);
const ms = (x, d = 0) => (x == null ? '–' : `${x.toFixed(d)} ms`);
const ratio = (a, b) => (a == null || b == null || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const verdict = (ok) => (ok ? 'holds' : '**over**');

out('# Benchmarks');
out();
out('Written by `scripts/benchmarks.sh` from one run; do not edit by hand. Every browser figure is');
out('measured side by side in the same run against its reference: the minimal Dear ImGui app');
out('(`tests/bench/minimal`: one window, a text, an input, a button; GLFW + WebGL2, same toolchain');
out('and flags) for size and first frame, and a raw one-file IndexedDB (IDBFS) write on the same page');
out('for saving. The caseloads are the synthetic ones of `core/synthetic/caseload.hpp` (seed 1).');
out();
out(`- Date: ${new Date().toISOString().slice(0, 10)}`);
out(`- Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}`);
out(`- Native: ${native.context?.library_build_type ? `Google Benchmark (${native.context.library_build_type} library)` : 'Google Benchmark'}, the core built Release; medians of 3 repetitions`);
out(`- Browser: headless Chromium (SwiftShader WebGL2), medians of ${browser.runs} runs`);
out();

// --- Size
const a = browser.sizes.appTotal, m = browser.sizes.minimalTotal;
out('## Download size (a first visit)');
out();
out('| | raw | gzip -9 |');
out('|---|---:|---:|');
for (const [name, f] of Object.entries(browser.sizes.app)) out(`| app: ${name} | ${kb(f.raw)} | ${kb(f.gzip)} |`);
out(`| **app, all** | **${kb(a.raw)}** | **${kb(a.gzip)}** |`);
out(`| minimal Dear ImGui app, all | ${kb(m.raw)} | ${kb(m.gzip)} |`);
out(`| **ratio** | ${ratio(a.raw, m.raw)} | **${ratio(a.gzip, m.gzip)}** (goal ≤ 2×: ${verdict(a.gzip <= 2 * m.gzip)}) |`);
out();

// --- First frame and start-up
const ff = browser.firstFrame;
out('## Start-up');
out();
out('| | app | minimal app | ratio |');
out('|---|---:|---:|---:|');
out(`| page load → first frame (empty browser profile) | ${ms(ff.app)} | ${ms(ff.minimal)} | ${ratio(ff.app, ff.minimal)} (goal ≤ 1.3×: ${verdict(ff.app <= 1.3 * ff.minimal)}) |`);
out();
if (ff.phases && Object.keys(ff.phases).length) {
  const names = {
    'opp:main': 'app.wasm compiled and instantiated, main() starts',
    'opp:gl-ready': 'WebGL2 context and Dear ImGui set up',
    'opp:app-ready': 'the app constructed',
    'opp:frame-start': 'first frame begins',
    'opp:fonts-start': 'canvas sized',
    'opp:fonts-end': 'font atlas built (two sizes; the catalogue\'s characters, the rest the frame after)',
    'opp:drawn': 'first frame laid out',
    'opp:first-frame': 'first frame rendered',
    'opp:lock-asked': 'the app asks for the data\'s Web Lock (one tab at a time; js/start.js asked at page start)',
    'opp:lock-answered': 'the Web Lock granted',
    'opp:idb-start': 'reading IndexedDB begins (an empty store here)',
    'opp:idb-loaded': 'IndexedDB read',
  };
  out('The app\'s start-up in parts (median time since the page began loading):');
  out();
  out('| mark | | ms |');
  out('|---|---|---:|');
  for (const [mark, at] of Object.entries(ff.phases).sort((x, y) => x[1] - y[1])) {
    out(`| \`${mark}\` | ${names[mark] || ''} | ${at.toFixed(0)} |`);
  }
  out();
}
const u = browser.unlock;
if (u && u.unlockMs != null) {
  out('The passphrase (the full key derivation: Argon2id, 64 MiB, 3 passes; the e2e lock test only logs it):');
  out();
  out('| | key derivation | → ready (data loaded, drawn) |');
  out('|---|---:|---:|');
  out(`| set-up (first start) | ${ms(u.setUpMs)} | |`);
  out(`| unlock | ${ms(u.unlockMs)} | ${ms(u.unlockReadyMs)} |`);
  out();
}
out('| caseload | restore from a backup (wall) | reload → ready (unlocked, data loaded, drawn) |');
out('|---|---:|---:|');
for (const n of [1000, 10000]) {
  const parts = browser.load[`readyParts${n}`];
  const split = parts ? ` (IndexedDB read ${ms(parts.idb)}, open: decrypt, decode, index ${ms(parts.open)}, first frame ${ms(parts.frame)})` : '';
  out(`| ${n.toLocaleString('en')} persons | ${ms(browser.load[`restore${n}`])} | ${ms(browser.load[`ready${n}`])}${split} |`);
}
if (browser.large?.bytes) {
  const l = browser.large;
  const each = l.readyRunsMs ? ` (median of ${l.readyRunsMs.length} reloads: ${l.readyRunsMs.map((x) => ms(x)).join(', ')})` : '';
  const split = l.readyParts ? `${each}; IndexedDB read ${ms(l.readyParts.idb)}, open ${ms(l.readyParts.open)}, first frame ${ms(l.readyParts.frame)}` : '';
  out(`| 100,000 persons (${(l.bytes / 2 ** 20).toFixed(0)} MiB backup, through Settings → Restore from file) | ${l.restored ? `${ms(browser.load.restore100000)} (read and preview ${ms(l.previewMs)}, restore and save ${ms(l.restoreMs)})` : 'failed'} | ${ms(l.readyMs)}${split} (goal < 5 s: ${l.readyMs != null ? verdict(l.readyMs < 5000) : '**not reached**'}) |`);
  if (l.heapMiB) out(`\nThe app's heap after restoring 100,000 persons: ${l.heapMiB.toFixed(0)} MiB (a tab gives it at most 2048).`);
  if (l.error) out(`\n100,000 persons: ${l.error}`);
}
out();

// --- Saving
out('## Saving one change (the click until it is in IndexedDB)');
out();
out('Timed in the page: from the browser\'s time of the mouse event to the end of the IndexedDB write');
out('that holds the change; "app" is the click until that write begins (the next frame, the command,');
out('sealing the journal segment), "IndexedDB" the write itself (`FS.syncfs`).');
out();
out('| caseload | save | app | IndexedDB | raw one-file IDBFS write | ratio |');
out('|---|---:|---:|---:|---:|---:|');
for (const [n, s] of Object.entries(browser.save)) {
  out(`| ${Number(n).toLocaleString('en')} persons | ${ms(s.save)} | ${ms(s.app)} | ${ms(s.idb)} | ${ms(s.raw)} | ${ratio(s.save, s.raw)}${n === '10000' ? ` (goal ≤ 3×: ${verdict(s.save <= 3 * s.raw)})` : ''} |`);
}
const big = browser.large?.save;
if (big) {
  out(`| 100,000 persons | ${ms(big.save)} | ${ms(big.app)} | ${ms(big.idb)} | ${ms(big.raw)} | ${ratio(big.save, big.raw)} (longest frame meanwhile ${ms(big.longestFrameMs, 1)}; goal ≤ 50 ms: ${verdict(big.longestFrameMs <= 50)}) |`);
}
out();
const compaction = browser.large?.compaction;
if (compaction) {
  out('A compaction at 100,000 persons (the whole store written again as a new snapshot, a slice per frame,');
  out(`after every 256 saves): ${ms(compaction.wallMs)} from the request until written and stored, over ${compaction.frames} frames;`);
  out(`99 % of them took at most ${ms(compaction.p99FrameMs, 1)}, ${compaction.over50} took over 50 ms, the longest ${ms(compaction.longestFrameMs, 1)}`);
  out(`(goal: no frame over 50 ms while saving or compacting: ${verdict(compaction.over50 === 0)}).`);
  out();
}

// --- Frames
out('## Frame CPU time per view (mean of the middle 80 % of 180 frames, 1440×900)');
out();
out('The frame from the start of its event handling to the end of its WebGL calls. An empty view draws');
out('its empty state; with 1,000 or 10,000 persons the same screen is full of rows and cards, so the');
out('last column, the same full screen at ten times the caseload, is what grows with the caseload.');
out();
out('| view | empty | 1,000 persons | 10,000 persons | 10,000 / empty | 10,000 / 1,000 |');
out('|---|---:|---:|---:|---:|---:|');
const f0 = browser.frames[0] ?? {}, fk = browser.frames[1000] ?? {}, f1 = browser.frames[10000] ?? {};
for (const view of [...new Set([...Object.keys(f0), ...Object.keys(f1)])]) {
  const goal = f0[view] != null && f1[view] != null ? ` (goal ≤ 1.2×: ${verdict(f1[view] <= 1.2 * f0[view])})` : ' (no empty state to compare)';
  out(`| ${view} | ${ms(f0[view], 2)} | ${ms(fk[view], 2)} | ${ms(f1[view], 2)} | ${ratio(f1[view], f0[view])}${goal} | ${ratio(f1[view], fk[view])} |`);
}
if (browser.large?.searchLongestFrameMs != null) {
  out();
  out(`At 100,000 persons: longest frame while typing a search ${ms(browser.large.searchLongestFrameMs, 1)} (goal ≤ 16 ms: ${verdict(browser.large.searchLongestFrameMs <= 16)}), steady frame ${ms(browser.large.steadyFrameMs, 2)}; the frame that enters the search field (and folds the 100,000 names) ${ms(browser.large.searchFocusFrameMs, 1)}.`);
}
out();

// --- Native
out('## The core, natively (median of 3 repetitions, CPU time)');
out();
const rows = {};
const sync = {};
for (const b of native.benchmarks ?? []) {
  if (b.aggregate_name !== 'median') continue;
  // "BM_Search/1000", "BM_Load/1000/iterations:3", "BM_CaseloadHit/board/1000": the name runs to the size.
  const parts = b.run_name.split('/');
  const at = parts.findIndex((part) => /^\d+$/.test(part));
  const name = parts.slice(0, at).join('/');
  const n = parts[at];
  if (name.startsWith('BM_Sync')) sync[name] = { n: Number(n), ms: b.cpu_time, unit: b.time_unit };
  else (rows[name] ??= {})[n] = `${b.cpu_time.toPrecision(3)} ${b.time_unit}`;
}
out('| benchmark | 1,000 | 10,000 | 100,000 |');
out('|---|---:|---:|---:|');
for (const [name, by] of Object.entries(rows)) {
  out(`| ${name.replace(/^BM_/, '')} | ${by['1000'] ?? '–'} | ${by['10000'] ?? '–'} | ${by['100000'] ?? '–'} |`);
}
out();
if (sync.BM_SyncIntoFreshDevice || sync.BM_SyncTenDevicesConverge) {
  out('## Sync between devices (natively, median of 3 repetitions, CPU time)');
  out();
  out('Sealed change documents (docs/SYNC.md) opened with the team key and merged onto a base of');
  out('2,000 persons; the changes add PSFS activities, rename persons every device renames, and');
  out('register new persons.');
  out();
  const t = (x) => `${x.ms >= 100 ? Math.round(x.ms).toLocaleString('en') : x.ms.toPrecision(3)} ${x.unit}`;
  const f = sync.BM_SyncIntoFreshDevice;
  if (f) out(`- A device joining: ${f.n.toLocaleString('en')} changes of ten devices opened and merged in ${t(f)}.`);
  const c = sync.BM_SyncTenDevicesConverge;
  if (c) out(`- Ten devices with ${c.n.toLocaleString('en')} offline changes each: each opens and merges the other nine's; all ten in ${t(c)}, and all ten stores are the same (checked).`);
  out();
}
process.stdout.write(lines.join('\n'));
