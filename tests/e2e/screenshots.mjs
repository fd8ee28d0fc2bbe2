// Takes a screenshot of every view in every language (and the "open elsewhere" screen),
// for people to look at: node screenshots.mjs [out-dir] (default build-web/screenshots).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, click, typeInto, nextFrames, root } from './harness.mjs';

const out = process.argv[2] || path.join(root, 'build-web', 'screenshots');
const scale = Number(process.env.SCALE || 1);
mkdirSync(out, { recursive: true });
const server = await startServer();
const b = await launch({ deviceScaleFactor: scale });
try {
  const page = await b.context.newPage();
  await openApp(page, server.url);
  // Invented demo persons; the identity number is a synthetic test number (month + 80).
  for (const [name, date, id, place] of [['Klara Øvreås', '05.03.1951', '05835110046', 'Kinn'],
    ['Morten Lie', '14.08.1998', '', 'Suldal'], ['Kasper Nilsen', '02.11.2017', '', 'Kinn']]) {
    await typeInto(page, 'persons.new.name', name);
    await typeInto(page, 'persons.new.birth_date', date);
    if (id) await typeInto(page, 'persons.new.national_id', id);
    await typeInto(page, 'persons.new.municipality', place);
    await click(page, 'persons.new.submit');
  }
  await typeInto(page, 'persons.new.name', 'Pia Nilsen');
  await page.screenshot({ path: path.join(out, 'readme.png') });
  // A refused form, to see the messages next to the fields.
  await typeInto(page, 'persons.new.birth_date', '31.02.1951');
  await typeInto(page, 'persons.new.national_id', '05835110047');
  await click(page, 'persons.new.submit');
  await page.screenshot({ path: path.join(out, 'intake-errors-nb.png') });
  for (const lang of ['nb', 'nn', 'en']) {
    await click(page, `lang.${lang}`);
    for (const view of ['intake', 'board', 'psfs', 'evaluation', 'settings']) {
      await click(page, `nav.${view}`);
      await nextFrames(page, 3);
      await page.screenshot({ path: path.join(out, `${view}-${lang}${scale > 1 ? '@' + scale + 'x' : ''}.png`) });
    }
  }
  const second = await b.context.newPage();
  await second.goto(server.url + '?test');
  await second.waitForFunction(() => window.appTest && window.Module && Module.calledRun &&
    window.appTest.rects()['lock.message']);
  await second.screenshot({ path: path.join(out, 'locked-elsewhere.png') });
  console.log(`screenshots in ${out}`);
} finally {
  await b.close();
  server.stop();
}
