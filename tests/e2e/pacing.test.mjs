// Frames only when needed (core/rules/frame_pacing.hpp): the app draws nothing while nothing
// changes, draws at once on input, and a text field's caret still blinks. The sleeps here are the
// test: they watch what the app draws while nobody touches it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, withApp, rectOf, click, waitSettled } from './harness.mjs';
import { fixtureBackup } from './caseload.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const frames = (page) => page.evaluate(() => window.appTest.frameStats().frames);
const waitIdle = (page) => page.waitForFunction(() => window.appTest.idle(), null, { timeout: 20000, polling: 50 });

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

test('idle, the app draws no frames; a mouse move draws at once; a focused field blinks its caret', async () => {
  await withApp(server, async (page) => {
    await rectOf(page, 'persons.new.name');
    await waitIdle(page);
    const still = await frames(page);
    await sleep(2000);
    assert.equal(await frames(page), still, 'frames were drawn while nothing changed');

    // Input wakes it: the move is drawn (hover), then it settles again.
    await page.mouse.move(200, 200);
    await page.waitForFunction((f) => window.appTest.frameStats().frames > f, still, { timeout: 5000 });
    await waitIdle(page);

    // A field with the caret: only the caret's blinks are drawn (0.8 s shown, 0.4 s hidden).
    await click(page, 'persons.new.name');
    await page.keyboard.insertText('Åse');
    await waitSettled(page);
    await waitIdle(page);
    const blinking = await frames(page);
    await sleep(3000);
    const drawn = (await frames(page)) - blinking;
    assert.ok(drawn >= 3 && drawn <= 8, `${drawn} frames in 3 s with a blinking caret (about 5 expected)`);
    assert.ok(await page.evaluate(() => window.appTest.idle()), 'the caret frames left it idle');
  });
});

test('a restore through the test hook while idle is drawn without any input, and saved', async () => {
  await withApp(server, async (page) => {
    await rectOf(page, 'persons.new.name');
    await waitIdle(page);
    // No input event at all, as when a file's contents arrive: the call wakes the app.
    const result = await page.evaluate((json) => window.appTest.importBackup(json), fixtureBackup);
    assert.ok(result.ok, JSON.stringify(result));
    await page.waitForFunction(() => Object.keys(window.appTest.rects()).some((k) => /^persons\.row\.\d+$/.test(k)),
      null, { timeout: 10000 });
    await waitSettled(page);
    await waitIdle(page);
    const idb = await page.evaluate(() => window.appTest.saved());
    assert.ok(idb, 'everything was written while the app went idle');
  });
});
