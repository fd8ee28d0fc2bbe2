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
server.stop();
console.log(`page load → first frame: median ${median(firstFrames).toFixed(0)} ms over ${runs} cold loads`,
  `(min ${Math.min(...firstFrames).toFixed(0)}, max ${Math.max(...firstFrames).toFixed(0)})`);
console.log(`frame CPU time: median ${median(frameMs).toFixed(2)} ms, max ${Math.max(...frameMs).toFixed(2)} ms over ${frameMs.length} frames`);
