// End-to-end: the built app in headless Chromium, driven as a user would (click, type, reload).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launch, openApp, withApp, createPerson, waitSaved, waitSettled, watchErrors, click, typeInto,
  typeKeys, rectOf, waitLabel, nextFrames,
} from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

test('a person registered in the UI survives a reload', async () => {
  const b = await launch();
  try {
    const page = await b.context.newPage();
    const errors = watchErrors(page);
    await openApp(page, server.url);
    await createPerson(page, { name: 'Klara Øvreås', birthDate: '05.03.1951', municipality: 'Kinn' });
    const saved = await rectOf(page, 'persons.new.saved');
    assert.equal(saved.label, 'Klara Øvreås er registrert.');
    await waitSaved(page);

    await page.reload();
    await openApp(page, server.url);
    const state = await page.evaluate(() => window.appTest.state());
    assert.equal(state.store.persons.length, 1);
    const klara = state.store.persons[0];
    assert.equal(klara.name, 'Klara Øvreås');
    assert.equal(klara.birth_date, '1951-03-05');
    assert.equal(klara.municipality, 'Kinn');
    assert.equal(state.store.audit.length, 1);
    assert.equal(state.store.audit[0].type, 'create_person');
    // …and the list on screen shows her.
    const row = await rectOf(page, `persons.row.${klara.id}`);
    assert.equal(row.label, 'Klara Øvreås');
    assert.deepEqual(errors, []);
  } finally {
    await b.close();
  }
});

test('a bad date and a missing name are refused next to the fields, and nothing is saved', async () => {
  await withApp(server, async (page) => {
    await typeInto(page, 'persons.new.birth_date', '31.02.1951');
    await click(page, 'persons.new.submit');
    assert.equal((await rectOf(page, 'persons.new.name.error')).label, 'Må fylles ut.');
    assert.match((await rectOf(page, 'persons.new.birth_date.error')).label, /dd\.mm\.åååå/);
    const state = await page.evaluate(() => window.appTest.state());
    assert.equal(state.store.persons.length, 0);
    assert.equal(state.store.audit.length, 0);
  });
});

test('Norwegian text arrives exactly once: typing, inserted text, paste, Backspace', async () => {
  await withApp(server, async (page) => {
    await typeKeys(page, 'persons.new.name', 'Åse Ærø æøå');
    await page.keyboard.insertText(' ÆØÅ');            // what IME and on-screen keyboards do
    await waitSettled(page);
    // A paste from the browser's context menu (not Ctrl+V): the bridge inserts it itself.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', ' Brønnøysund');
      document.getElementById('text-input').dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await waitSettled(page);
    await page.keyboard.type('x');
    await page.keyboard.press('Backspace');
    await waitSettled(page);
    await click(page, 'persons.new.submit');
    await waitSettled(page);
    const state = await page.evaluate(() => window.appTest.state());
    assert.equal(state.store.persons[0].name, 'Åse Ærø æøå ÆØÅ Brønnøysund');
  });
});

test('switching language changes the navigation at once and is remembered', async () => {
  await withApp(server, async (page) => {
    assert.equal((await rectOf(page, 'nav.settings')).label, 'Innstillinger');
    await click(page, 'lang.nn');
    await waitLabel(page, 'nav.settings', 'Innstillingar');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'nn');
    await click(page, 'lang.en');
    await waitLabel(page, 'nav.settings', 'Settings');
    const rects = await page.evaluate(() => window.appTest.rects());
    assert.equal(rects['nav.intake'].label, 'Intake');
    assert.equal(rects['nav.board'].label, 'Team board');
    assert.equal(rects['nav.settings'].label, 'Settings');
    await page.reload();
    await openApp(page, server.url);
    assert.equal((await rectOf(page, 'nav.evaluation')).label, 'Evaluation');
  });
});

test('a second tab is told the data is open elsewhere, and can take over when the first closes', async () => {
  const b = await launch();
  try {
    const first = await b.context.newPage();
    await openApp(first, server.url);
    await createPerson(first, { name: 'Morten Fjell' });
    await waitSaved(first);

    const second = await b.context.newPage();
    await second.goto(server.url + '?test');
    const message = await second.waitForFunction(
      () => window.appTest && window.Module && Module.calledRun && window.appTest.rects()['lock.message'],
      null, { timeout: 30000 });
    assert.equal((await message.jsonValue()).label, 'Dataene er åpne i en annen fane');
    assert.equal(await second.evaluate(() => window.appTest.ready()), false);
    assert.equal(await second.evaluate(() => window.appTest.state()), null);

    await first.close();
    await click(second, 'lock.retry');
    await second.waitForFunction(() => window.appTest.ready(), null, { timeout: 10000 });
    const state = await second.evaluate(() => window.appTest.state());
    assert.deepEqual(state.store.persons.map((p) => p.name), ['Morten Fjell']);
  } finally {
    await b.close();
  }
});

test('importBackup refuses bad files with a clear message and changes nothing; a good one replaces the data', async () => {
  await withApp(server, async (page) => {
    await createPerson(page, { name: 'Pia Berg' });
    const before = await page.evaluate(() => window.appTest.state());

    const notJson = await page.evaluate(() => window.appTest.importBackup('{ this is not json'));
    assert.equal(notJson.ok, false);
    assert.equal(notJson.key, 'import.error.not_json');
    assert.match(notJson.error, /Ingenting er endret/);
    const wrongFormat = await page.evaluate(() => window.appTest.importBackup({ hello: 1 }));
    assert.equal(wrongFormat.key, 'import.error.format');
    const newer = structuredClone(before);
    newer.schema_version = 99;
    assert.equal((await page.evaluate((j) => window.appTest.importBackup(j), newer)).key,
      'import.error.schema_version');
    assert.deepEqual(await page.evaluate(() => window.appTest.state()), before);

    const replacement = structuredClone(before);
    replacement.store.persons[0].name = 'Kasper Berg';
    const ok = await page.evaluate((j) => window.appTest.importBackup(j), replacement);
    assert.equal(ok.ok, true, JSON.stringify(ok));
    await waitSaved(page);
    await page.reload();
    await openApp(page, server.url);
    const after = await page.evaluate(() => window.appTest.state());
    assert.deepEqual(after.store.persons.map((p) => p.name), ['Kasper Berg']);
  });
});

test('the page runs under its strict Content-Security-Policy without violations', async () => {
  const b = await launch();
  try {
    const page = await b.context.newPage();
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective));
    });
    const errors = watchErrors(page);
    await openApp(page, server.url);
    await click(page, 'nav.settings');
    await rectOf(page, 'settings.user.name');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(errors.filter((e) => !/GL Driver Message/.test(e)), []);
    // The frame counter advances with the frames drawn, and each frame's CPU time is a real time.
    const first = await page.evaluate(() => window.appTest.frameStats());
    await nextFrames(page, 5);
    const stats = await page.evaluate(() => window.appTest.frameStats());
    assert.ok(stats.frames - first.frames >= 5, `${first.frames} → ${stats.frames}`);
    assert.ok(stats.recentMs.length > 0);
    assert.ok(stats.recentMs.every((ms) => Number.isFinite(ms) && ms >= 0 && ms < 1000), stats.recentMs.join(','));
  } finally {
    await b.close();
  }
});

test('IME composition and dead keys deliver each character once', async () => {
  await withApp(server, async (page, b) => {
    await typeKeys(page, 'persons.new.name', 'Bj');
    // An IME composing "ø" and committing it (what a Norwegian mobile keyboard or IME does).
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'o', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: 'ø', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: 'ø' });
    await waitSettled(page);
    // A dead key (´ then e → é), as the browser reports it: Dead keydown, then composed text.
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Dead', code: 'Equal', windowsVirtualKeyCode: 219 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Dead', code: 'Equal', windowsVirtualKeyCode: 219 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'é', code: 'KeyE', text: 'é', windowsVirtualKeyCode: 69 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'é', code: 'KeyE', windowsVirtualKeyCode: 69 });
    await page.keyboard.type('rn');
    await waitSettled(page);
    await click(page, 'persons.new.submit');
    await waitSettled(page);
    const state = await page.evaluate(() => window.appTest.state());
    assert.equal(state.store.persons[0].name, 'Bjøérn');
  });
});

test('the layout follows the window size, and text stays sharp at devicePixelRatio 2', async () => {
  await withApp(server, async (page) => {
    const wide = await rectOf(page, 'lang.en');
    await page.setViewportSize({ width: 900, height: 700 });
    const narrow = await (await page.waitForFunction(() => {
      const r = window.appTest.rects()['lang.en'];
      return r && r.x + r.w <= 900 ? r : null;
    })).jsonValue();
    // The language switch is right-aligned: it moves with the window's right edge (CSS pixels).
    assert.ok(wide.x + wide.w > 1200 && wide.x + wide.w <= 1280, JSON.stringify(wide));
    assert.ok(narrow.x + narrow.w > 820 && narrow.x + narrow.w <= 900, JSON.stringify(narrow));
    // The canvas backing store is in device pixels.
    const canvas = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    assert.deepEqual(canvas, [1800, 1400]);
    // Clicking still lands where the widget is drawn.
    await typeInto(page, 'persons.new.name', 'Kasper');
    await click(page, 'persons.new.submit');
    await waitSettled(page);
    assert.equal((await page.evaluate(() => window.appTest.state())).store.persons[0].name, 'Kasper');
    // The pixel ratio changes with the canvas's CSS size unchanged (zoom, another screen): the
    // backing store follows it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 900, height: 700, deviceScaleFactor: 1, mobile: false });
    await page.waitForFunction(() => document.getElementById('canvas').width === 900, null, { timeout: 5000 });
    assert.deepEqual(await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]), [900, 700]);
  }, { deviceScaleFactor: 2 });
});

test('touch: a tap lands on the field it hits and text from an on-screen keyboard arrives', async () => {
  await withApp(server, async (page) => {
    const field = await rectOf(page, 'persons.new.name');
    await page.touchscreen.tap(field.x + field.w / 2, field.y + field.h / 2);
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-input');
    await page.keyboard.insertText('Pia Ødegård');  // what an on-screen keyboard sends
    await waitSettled(page);
    const submit = await rectOf(page, 'persons.new.submit');
    await page.touchscreen.tap(submit.x + submit.w / 2, submit.y + submit.h / 2);
    await waitSettled(page);
    const state = await page.evaluate(() => window.appTest.state());
    assert.deepEqual(state.store.persons.map((p) => p.name), ['Pia Ødegård']);
  }, { hasTouch: true });
});

test('Enter in a form field registers the person, as a keyboard user expects', async () => {
  await withApp(server, async (page) => {
    await typeInto(page, 'persons.new.name', 'Morten Lie');
    await typeInto(page, 'persons.new.municipality', 'Suldal');
    await page.keyboard.press('Enter');
    await waitSettled(page);
    const state = await page.evaluate(() => window.appTest.state());
    assert.deepEqual(state.store.persons.map((p) => [p.name, p.municipality]), [['Morten Lie', 'Suldal']]);
    assert.equal((await rectOf(page, 'persons.new.saved')).label, 'Morten Lie er registrert.');
  });
});

test('the mouse cursor is a text cursor over a text field and an arrow elsewhere', async () => {
  await withApp(server, async (page) => {
    const cursor = () => page.evaluate(() => document.getElementById('canvas').style.cursor);
    const field = await rectOf(page, 'persons.new.name');
    await page.mouse.move(field.x + field.w / 2, field.y + field.h / 2);
    await page.waitForFunction(() => document.getElementById('canvas').style.cursor === 'text', null, { timeout: 5000 });
    const nav = await rectOf(page, 'nav.board');
    await page.mouse.move(nav.x + nav.w / 2, nav.y + nav.h / 2);
    await page.waitForFunction(() => document.getElementById('canvas').style.cursor === 'default', null, { timeout: 5000 });
    assert.equal(await cursor(), 'default');
  });
});
