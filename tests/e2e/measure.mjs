// Measures what the closing notes report: download sizes, page load → first frame, frame CPU time.
// node measure.mjs [runs]  (needs a built build-web/dist)
import { statSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, dist, click, nextFrames } from './harness.mjs';

const runs = Number(process.argv[2] || 7);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (f) => statSync(path.join(dist, f)).size / 1024;

const sizes = Object.fromEntries(['app.wasm', 'app.js', 'app.data'].map((f) => [f, kb(f)]));
console.log('sizes (KiB):', Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, v.toFixed(0)])),
  'wasm+js:', (sizes['app.wasm'] + sizes['app.js']).toFixed(0));

const server = await startServer();
const firstFrames = [];
const frameMs = [];
for (let i = 0; i < runs; ++i) {
  const b = await launch();
  const page = await b.context.newPage();
  await openApp(page, server.url);
  firstFrames.push(await page.evaluate(() => window.appTest.firstFrameMs()));
  if (i === 0) {
    await click(page, 'nav.board');
    await nextFrames(page, 120);
    frameMs.push(...(await page.evaluate(() => window.appTest.frameStats())).recentMs);
  }
  await b.close();
}

// Frame CPU time on the intake view with an empty caseload and with 10,000 persons (a restored
// backup; the person list is drawn through the read side's cached search).
function backupOf(count) {
  const persons = [];
  for (let i = 1; i <= count; ++i) {
    persons.push({ id: i, name: `Person ${i} Nordmann`, birth_date: '1950-01-01', national_id: '',
      municipality: i % 2 ? 'Kinn' : 'Suldal', registered: '2026-01-01' });
  }
  return JSON.stringify({ format: 'oppfolging-backup', schema_version: 1, store: {
    next_id: count + 1, persons, referrals: [], consents: [], team_members: [], goals: [], measures: [],
    meetings: [], psfs_activities: [], psfs_conversations: [], measurements: [], relay_log: [], audit: [] } });
}
const intakeMs = {};
for (const count of [0, 10000]) {
  const b = await launch();
  const page = await b.context.newPage();
  await openApp(page, server.url);
  if (count) await page.evaluate((json) => window.appTest.importBackup(json), backupOf(count));
  await click(page, 'nav.intake');
  await nextFrames(page, 240);
  intakeMs[count] = median((await page.evaluate(() => window.appTest.frameStats())).recentMs);
  await b.close();
}
server.stop();
console.log(`intake view frame CPU time (median of 240 frames): ${intakeMs[0].toFixed(2)} ms at 0 persons,`,
  `${intakeMs[10000].toFixed(2)} ms at 10,000 (${(intakeMs[10000] / intakeMs[0]).toFixed(2)}×)`);
console.log(`page load → first frame: median ${median(firstFrames).toFixed(0)} ms over ${runs} cold loads`,
  `(min ${Math.min(...firstFrames).toFixed(0)}, max ${Math.max(...firstFrames).toFixed(0)})`);
console.log(`frame CPU time: median ${median(frameMs).toFixed(2)} ms, max ${Math.max(...frameMs).toFixed(2)} ms over ${frameMs.length} frames`);
