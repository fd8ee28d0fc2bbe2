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
  for (const [name, date, place] of [['Klara Øvreås', '05.03.1951', 'Kinn'],
    ['Morten Lie', '14.08.1998', 'Suldal'], ['Kasper Nilsen', '02.11.2017', 'Kinn']]) {
    await typeInto(page, 'persons.new.name', name);
    await typeInto(page, 'persons.new.birth_date', date);
    await typeInto(page, 'persons.new.municipality', place);
    await click(page, 'persons.new.submit');
  }
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
