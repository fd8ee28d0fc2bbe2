// Shared by the e2e tests that need a caseload: the schema-1 fixture backup (invented persons,
// every kind of record) restored through the test hook, and navigation that works whether the
// navigation bar is spread out or collapsed into its menu.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, click, waitSettled, waitDrawn } from './harness.mjs';

export const fixtureBackup = readFileSync(path.join(root, 'tests/fixtures/schema1/backup.json'), 'utf8');

// Restores the fixture (2 persons; Klara Nilsen, id 1, has a team, a plan, meetings and PSFS).
export async function restoreFixture(page) {
  const result = await page.evaluate((json) => window.appTest.importBackup(json), fixtureBackup);
  if (!result.ok) throw new Error('fixture refused: ' + JSON.stringify(result));
  await waitDrawn(page);
}

// Opens a view from the navigation: directly, or through nav.menu when the bar is collapsed.
export async function openView(page, view) {
  const rects = await page.evaluate(() => window.appTest.rects());
  if (!rects[`nav.${view}`] && rects['nav.menu']) await click(page, 'nav.menu');
  await click(page, `nav.${view}`);
  await waitDrawn(page);
}

// Scrolls the view (as a user would, with the wheel over the middle of the page) until the widget
// `id` is drawn; returns its rectangle.
export async function scrollTo(page, id, { steps = 30 } = {}) {
  const viewport = page.viewportSize();
  for (let i = 0; i < steps; ++i) {
    const rect = (await page.evaluate(() => window.appTest.rects()))[id];
    if (rect && rect.y + rect.h <= viewport.height) return rect;
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    await page.mouse.wheel(0, 120);
    await waitSettled(page);
  }
  throw new Error(`${id} did not come into view`);
}
