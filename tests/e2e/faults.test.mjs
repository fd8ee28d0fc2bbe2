// Faults in the real browser, in a loop: the tab closed, and the whole browser process killed, in
// the middle of a save. After every reopen the store opens and holds every change that had been
// reported saved (appTest.settled(): written to IndexedDB) before the fault; a change that was
// still being saved may or may not be there, never half.
// OPP_FAULT_CLOSE_CYCLES and OPP_FAULT_KILL_CYCLES set the loops: by default 20 closes and 5
// kills (tests/run.sh's CI counts), with OPP_SOAK=1 100 closes and 20 kills (the soak counts).
// The fault comes 0–900 ms after the second submit, in steps of 100 ms. Close i waits
// (i % 10) * 100 ms: 20 closes try every offset twice. Kill i waits 0, 200, 400, 600, 800 ms for
// i = 0–4, then 100, 300, 500, 700, 900 ms for i = 5–9, and so on: 5 kills still spread over the
// whole range (before, during and after the write), and every 10 kills try all ten offsets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, launchPersistent, autoUnlock, click, insertInto, rectOf, waitSaved, CHROMIUM_ARGS } from './harness.mjs';

const SOAK = process.env.OPP_SOAK === '1';
const CLOSE_CYCLES = Number(process.env.OPP_FAULT_CLOSE_CYCLES || (SOAK ? 100 : 20));
const KILL_CYCLES = Number(process.env.OPP_FAULT_KILL_CYCLES || (SOAK ? 20 : 5));
const closeDelay = (i) => (i % 10) * 100;
const killDelay = (i) => (((2 * i) % 10) + (Math.floor(i / 5) % 2)) * 100;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

// Opens the app and waits until it is ready; a tab closed a moment ago may still hold the data's
// lock, so "open elsewhere" is answered with its «Prøv igjen» until the lock is free.
async function open(page) {
  await page.goto(server.url + '?test&view=persons');
  for (let attempt = 0; attempt < 60; ++attempt) {
    const state = await page.waitForFunction(() => {
      if (!window.appTest || !window.Module || !Module.calledRun) return null;
      if (window.appTest.ready()) return 'ready';
      return window.appTest.rects()['lock.retry'] ? 'locked' : null;
    }, null, { timeout: 30000 }).then((h) => h.jsonValue());
    if (state === 'ready') return;
    await sleep(250);
    const retry = await rectOf(page, 'lock.retry');
    await page.mouse.click(retry.x + retry.w / 2, retry.y + retry.h / 2);
  }
  assert.fail('the data stayed locked');
}

// One cycle's checks and changes, up to the fault: every confirmed name is there; a change is
// made and confirmed saved; then another is submitted and left in flight.
async function cycle(page, i, confirmed, delay) {
  await open(page);
  const stored = (await page.evaluate(() => window.appTest.state())).store.persons.map((p) => p.name);
  for (const name of confirmed) assert.ok(stored.includes(name), `cycle ${i}: «${name}» was reported saved and is gone`);
  const saved = `Lagret ${i}`;
  // The text comes in one input event: this loop is about the save, not the typing (app.test.mjs
  // types key by key).
  await insertInto(page, 'persons.new.name', saved);
  await click(page, 'persons.new.submit');
  await waitSaved(page);
  confirmed.push(saved);
  await insertInto(page, 'persons.new.name', `Underveis ${i}`);
  const submit = await rectOf(page, 'persons.new.submit');
  await page.mouse.click(submit.x + submit.w / 2, submit.y + submit.h / 2);
  // 0–900 ms: a save takes some 250–600 ms from the click to IndexedDB here, so the fault comes
  // before, during and after its write.
  await sleep(delay);
  return stored;
}

test(`the tab closed in the middle of a save, ${CLOSE_CYCLES} times: nothing reported saved is lost`, { timeout: 1800000 }, async () => {
  // A profile on disk, where a save takes as long as a user's does (an in-memory context's
  // IndexedDB writes far faster, and the faults would mostly come after the write).
  const b = await launchPersistent();
  try {
    const confirmed = [];
    let inFlightKept = 0;
    for (let i = 0; i < CLOSE_CYCLES; ++i) {
      const page = await b.context.newPage();
      const stored = await cycle(page, i, confirmed, closeDelay(i));
      if (i > 0 && stored.includes(`Underveis ${i - 1}`)) ++inFlightKept;
      await page.close();
    }
    const page = await b.context.newPage();
    await open(page);
    const stored = (await page.evaluate(() => window.appTest.state())).store.persons.map((p) => p.name);
    for (const name of confirmed) assert.ok(stored.includes(name), `«${name}» is gone after the last close`);
    console.log(`# ${CLOSE_CYCLES} closes: ${confirmed.length} confirmed changes all kept; ${inFlightKept} in-flight changes were saved too`);
  } finally {
    await b.close();
  }
});

// Chromium started by the test (not by Playwright), so the test can kill its whole process group
// with SIGKILL, as a crash or a power button would end it; the profile stays for the next start.
async function startChromium(profile) {
  const child = spawn(process.env.CHROMIUM || '/usr/bin/chromium',
    [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (d) => {
      text += d;
      const m = text.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${text}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  await autoUnlock(context);
  return { child, browser, context };
}

test(`the browser killed in the middle of a save, ${KILL_CYCLES} times: nothing reported saved is lost`, { timeout: 1800000 }, async () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'opp-kill-'));
  try {
    const confirmed = [];
    let inFlightKept = 0;
    for (let i = 0; i < KILL_CYCLES; ++i) {
      const { child, browser, context } = await startChromium(profile);
      const exited = new Promise((resolve) => child.on('exit', resolve));
      try {
        const stored = await cycle(await context.newPage(), i, confirmed, killDelay(i));
        if (i > 0 && stored.includes(`Underveis ${i - 1}`)) ++inFlightKept;
      } finally {
        process.kill(-child.pid, 'SIGKILL');
        await exited;
        await browser.close().catch(() => {});
      }
    }
    const { child, browser, context } = await startChromium(profile);
    try {
      const page = await context.newPage();
      await open(page);
      const stored = (await page.evaluate(() => window.appTest.state())).store.persons.map((p) => p.name);
      for (const name of confirmed) assert.ok(stored.includes(name), `«${name}» is gone after the last kill`);
      console.log(`# ${KILL_CYCLES} kills: ${confirmed.length} confirmed changes all kept; ${inFlightKept} in-flight changes were saved too`);
    } finally {
      process.kill(-child.pid, 'SIGKILL');
      await browser.close().catch(() => {});
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
