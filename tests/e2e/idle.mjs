// Benchmark (not a test): what the app costs while nobody touches it, and how fast it answers
// when somebody does. For the set-up screen and every view, at 0 persons and with a caseload:
// frames drawn per idle second, the CPU time of all the browser's processes per idle second
// (from /proc: the renderer, the GPU process drawing with SwiftShader, the browser), and the
// time from a mouse move (the browser's event) to the next drawn frame.
//   node idle.mjs [DIST_DIR] [CASELOAD_JSON] [seconds per measurement, default 5]
// DIST_DIR defaults to build-web/dist; CASELOAD_JSON is a backup from make_caseload (scripts/
// benchmarks.sh writes build-bench/results/caseload-10000.json). Prints a Markdown table.
// OPP_IDLE_ONLY_SCREENS=1: only the set-up and lock screens and the blinking caret.
import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer, dist as defaultDist, CHROMIUM_ARGS, E2E_PASSPHRASE } from './harness.mjs';

const [distArg, caseloadFile, secondsArg] = process.argv.slice(2);
const dist = distArg || defaultDist;
const seconds = Number(secondsArg || 5);
const views = ['intake', 'queue', 'board', 'persons', 'psfs', 'evaluation', 'settings'];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// CPU seconds (user + system) of a process and all its descendants.
function treeCpuSeconds(rootPid) {
  const parents = new Map();
  const cpu = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
      cpu.set(Number(name), (Number(fields[11]) + Number(fields[12])) / 100);  // clock ticks of 1/100 s
    } catch { /* gone */ }
  }
  let total = 0;
  for (const [pid, seconds] of cpu) {
    for (let p = pid; p > 1; p = parents.get(p) ?? 0) {
      if (p === rootPid) { total += seconds; break; }
    }
  }
  return total;
}

const server = await startServer(dist);
// The browser's main process is found by a switch of its own on its command line (Chromium
// ignores switches it does not know); its renderer and GPU processes descend from it.
const marker = `--opp-idle-bench=${process.pid}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: [...CHROMIUM_ARGS, marker] });
const browserPid = Math.min(...readdirSync('/proc').filter((n) => /^\d+$/.test(n)).filter((n) => {
  try { return readFileSync(`/proc/${n}/cmdline`, 'utf8').split('\0').includes(marker); } catch { return false; }
}).map(Number));

async function openPage(view, { unlock = true, caseload = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (unlock) await context.addInitScript((p) => { window.oppTestPassphrase = p; }, E2E_PASSPHRASE);
  const page = await context.newPage();
  await page.goto(server.url + '?test&view=' + view);
  await page.waitForFunction(() => window.appTest && window.appTest.vault().stage !== 'starting', null, { timeout: 60000 });
  if (unlock) await page.waitForFunction(() => window.appTest.ready(), null, { timeout: 60000 });
  if (caseload) {
    const result = await page.evaluate((text) => window.appTest.importBackup(text), caseload);
    if (!result.ok) throw new Error('caseload refused: ' + JSON.stringify(result));
    await page.waitForFunction(() => window.appTest.settled(), null, { timeout: 600000, polling: 200 });
  }
  return { context, page };
}

// Waits until the app draws nothing (a build without pacing never does: then 3 s).
async function waitIdle(page) {
  const paced = await page.evaluate(() => typeof window.appTest.idle === 'function');
  if (!paced) { await sleep(3000); return false; }
  await page.waitForFunction(() => window.appTest.idle(), null, { timeout: 30000, polling: 50 });
  return true;
}

async function measureIdle(page) {
  await waitIdle(page);
  const frames0 = await page.evaluate(() => window.appTest.frameStats().frames);
  const cpu0 = treeCpuSeconds(browserPid);
  await sleep(seconds * 1000);
  const cpu1 = treeCpuSeconds(browserPid);
  const frames1 = await page.evaluate(() => window.appTest.frameStats().frames);
  return { fps: (frames1 - frames0) / seconds, cpuMsPerS: ((cpu1 - cpu0) * 1000) / seconds };
}

// From a mouse move (the event's time in the page) to the end of the next drawn frame, from idle.
async function inputLatency(page, samples = 5) {
  const out = [];
  for (let i = 0; i < samples; ++i) {
    await waitIdle(page);
    await page.evaluate(() => {
      window.oppBenchLatency = null;
      window.addEventListener('mousemove', (e) => {
        const t0 = e.timeStamp;
        const f0 = window.appTest.frameStats().frames;
        const poll = () => {
          if (window.appTest.frameStats().frames > f0) window.oppBenchLatency = performance.now() - t0;
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }, { capture: true, once: true });
    });
    await page.mouse.move(300 + i * 37, 300 + i * 11);
    await page.waitForFunction(() => window.oppBenchLatency !== null, null, { timeout: 10000, polling: 10 });
    out.push(await page.evaluate(() => window.oppBenchLatency));
  }
  return median(out);
}

const rows = [];
async function measure(label, page) {
  const idle = await measureIdle(page);
  const latency = await inputLatency(page);
  rows.push({ label, ...idle, latency });
  console.error(`# ${label}: ${idle.fps.toFixed(2)} frames/s, ${idle.cpuMsPerS.toFixed(1)} ms CPU/s, input→frame ${latency.toFixed(1)} ms`);
}

{
  const { context, page } = await openPage('persons', { unlock: false });
  await measure('set-up screen', page);
  // The lock screen: a store set up, the page opened again without unlocking.
  await page.evaluate((p) => window.appTest.setUp(p, true), E2E_PASSPHRASE);
  await page.waitForFunction(() => window.appTest.ready() && window.appTest.settled(), null, { timeout: 60000 });
  await page.reload();
  await page.waitForFunction(() => window.appTest && window.appTest.vault().stage === 'locked', null, { timeout: 60000 });
  await measure('lock screen', page);
  // A text field with the caret, blinking: the only frames drawn are its blinks.
  await page.evaluate((p) => window.appTest.unlock(p), E2E_PASSPHRASE);
  await page.waitForFunction(() => window.appTest.ready() && window.appTest.rects()['persons.new.name'], null, { timeout: 60000 });
  const r = await page.evaluate(() => window.appTest.rects()['persons.new.name']);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  const idle = await measureIdle(page);
  rows.push({ label: 'persons, the name field with a blinking caret', ...idle, latency: NaN });
  console.error(`# caret: ${idle.fps.toFixed(2)} frames/s, ${idle.cpuMsPerS.toFixed(1)} ms CPU/s`);
  await context.close();
}
if (process.env.OPP_IDLE_ONLY_SCREENS) views.length = 0;
for (const [label, caseload] of views.length ? [['0 persons', null], ...(caseloadFile ? [['caseload', readFileSync(caseloadFile, 'utf8')]] : [])] : []) {
  const { context, page } = await openPage('persons', { caseload });
  const persons = await page.evaluate(() => window.appTest.state().store.persons.length);
  for (const view of views) {
    await page.goto(server.url + '?test&view=' + view);
    await page.waitForFunction(() => window.appTest && window.appTest.ready(), null, { timeout: 120000 });
    await measure(`${view}, ${caseload ? persons + ' persons' : label}`, page);
  }
  await context.close();
}
// Typing into a field as the e2e tests do: key by key (page.keyboard.type), and as one inserted
// text (page.keyboard.insertText: IME, on-screen keyboards, paste), until the app has settled.
const typing = {};
if (views.length) {
  const { context, page } = await openPage('persons');
  const text = 'Åse Ærø Kinnvik-Øvregård';
  for (const [how, send] of [['key by key', (t) => page.keyboard.type(t)], ['inserted', (t) => page.keyboard.insertText(t)]]) {
    const times = [];
    for (let i = 0; i < 3; ++i) {
      const r = await page.waitForFunction(() => window.appTest.rects()['persons.new.name'] || null).then((h) => h.jsonValue());
      await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
      await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-input');
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.waitForFunction(() => window.appTest.settled());
      const t0 = Date.now();
      await send(text);
      await page.waitForFunction(() => window.appTest.settled(), null, { polling: 5 });
      times.push((Date.now() - t0) / [...text].length);
    }
    typing[how] = median(times);
    console.error(`# typing ${how}: ${typing[how].toFixed(1)} ms per character`);
  }
  await context.close();
}
await browser.close();
server.stop();

console.log(`| screen | frames/s idle | CPU ms per idle s (all browser processes) | mouse move → frame (median of 5) |`);
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.label} | ${r.fps.toFixed(2)} | ${r.cpuMsPerS.toFixed(0)} | ${Number.isNaN(r.latency) ? '–' : r.latency.toFixed(1) + ' ms'} |`);
if (Object.keys(typing).length) console.log('');
if (Object.keys(typing).length) console.log(`Typing ${[...'Åse Ærø Kinnvik-Øvregård'].length} characters into a field until the app has settled: ` +
  Object.entries(typing).map(([how, ms]) => `${how} ${ms.toFixed(1)} ms per character`).join(', ') + '.');
