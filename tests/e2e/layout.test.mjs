// Layouts that adapt: on a phone, a tablet and a desktop, at 100 % and 140 % text, no two
// interactive widgets overlap, none runs off the screen, and no field is squeezed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, click, watchErrors, waitSettled, waitDrawn } from './harness.mjs';
import { restoreFixture, openView, scrollTo } from './caseload.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const SIZES = [
  { width: 390, height: 844, dpr: 3, name: 'phone' },
  { width: 800, height: 1000, dpr: 1, name: 'tablet' },
  { width: 1280, height: 800, dpr: 1, name: 'desktop' },
];
const FIELD = /^(persons\.new|person\.edit)\.(name|birth_date|national_id|municipality)$|^persons\.search$|^settings\.user\.name$/;

// What is wrong with the widgets drawn in the last frame (empty when nothing is).
// With the navigation menu open, only the menu can be reached: it is checked on its own.
function problems(rects, viewport, where, only = null) {
  const found = [];
  const items = Object.entries(rects).filter(([id, r]) => !r.text && (!only || only.test(id)));
  for (const [id, r] of items) {
    if (r.x < -0.5 || r.x + r.w > viewport.width + 0.5) found.push(`${where}: ${id} runs off the screen (${r.x}+${r.w})`);
    if (FIELD.test(id) && r.w < Math.min(200, viewport.width * 0.5)) found.push(`${where}: ${id} is squeezed to ${r.w}px`);
  }
  for (let i = 0; i < items.length; ++i) {
    for (let j = i + 1; j < items.length; ++j) {
      const [a, ra] = items[i];
      const [b, rb] = items[j];
      const w = Math.min(ra.x + ra.w, rb.x + rb.w) - Math.max(ra.x, rb.x);
      const h = Math.min(ra.y + ra.h, rb.y + rb.h) - Math.max(ra.y, rb.y);
      if (w > 1 && h > 1) found.push(`${where}: ${a} overlaps ${b}`);
    }
  }
  return found;
}

for (const size of SIZES) {
  for (const fontScale of [1, 1.4]) {
    test(`${size.name} ${size.width}px at ${fontScale * 100} %: nothing overlaps, nothing runs off, no field is squeezed`, async () => {
      const b = await launch({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.dpr });
      try {
        await b.context.addInitScript((s) => localStorage.setItem('opp.font_scale', String(s)), fontScale);
        const page = await b.context.newPage();
        const errors = watchErrors(page);
        await openApp(page, server.url);
        await restoreFixture(page);
        const seen = [];
        const check = async (where, only = null) => {
          await waitDrawn(page);
          const rects = await page.evaluate(() => window.appTest.rects());
          seen.push(...problems(rects, size, where, only));
          return rects;
        };
        const collapsed = !!(await check('start'))['nav.menu'];
        // On a phone the navigation is a menu; on a desktop at 100 % it is spread out.
        if (size.name === 'phone') assert.ok(collapsed, 'the phone shows nav.menu');
        if (size.name === 'desktop' && fontScale === 1) assert.ok(!collapsed, 'the desktop shows every nav button');
        if (collapsed) {
          await click(page, 'nav.menu');
          await check('menu', /^(nav|lang)\./);
          await page.keyboard.press('Escape');
          await waitSettled(page);  // the menu has closed before the next look at the rectangles
        }
        for (const view of ['intake', 'queue', 'board', 'persons', 'psfs', 'evaluation', 'settings']) {
          await openView(page, view);
          await check(view);
        }
        await openView(page, 'persons');
        await scrollTo(page, 'persons.row.1');
        await check('persons, scrolled to the list');
        await click(page, 'persons.row.1');
        for (const tab of ['overview', 'team', 'plan', 'meetings', 'psfs', 'measurements', 'relay_log']) {
          await click(page, `person.tab.${tab}`);
          await check(`person ${tab}`);
        }
        await click(page, 'person.tab.overview');
        await scrollTo(page, 'person.edit.open');
        await click(page, 'person.edit.open');
        await check('person edit');
        assert.deepEqual(seen, []);
        // Chromium logs this when a wheel event of a running scroll gesture is no longer
        // cancelable and Emscripten's GLFW (library_glfw.js, onMouseWheel) still calls
        // preventDefault on it: harmless, the wheel still reaches ImGui (the view scrolled above).
        assert.deepEqual(errors.filter((e) => !e.startsWith('Unable to preventDefault inside passive event listener')), []);
      } finally {
        await b.close();
      }
    });
  }
}
