// PSFS as a coordinator records it: three conversations with Klara scored by clicking the large
// buttons (averages 3,0 → 4,4 → 6,8), the table's change and the form's ≥ 2 flag only on the
// third, the CSV download with those numbers, and the chart as a PNG of the chart's size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  startServer, withApp, click as clickNow, typeInto as typeNow, replaceText as replaceNow, rectOf, waitSettled,
  createPerson, wheelTo,
} from './harness.mjs';
import { openView } from './caseload.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const VIEWPORT = { width: 1280, height: 900 };
const rects = (page) => page.evaluate(() => window.appTest.rects());

// Scrolls with the wheel (over `x`) until the widget is fully in view.
function reach(page, id, x = 640) {
  return wheelTo(page, id, { x, margin: 20 });
}
async function click(page, id, x) { await reach(page, id, x); await clickNow(page, id); }
async function typeInto(page, id, text, x) { await reach(page, id, x); await typeNow(page, id, text); }
async function replaceText(page, id, text, x) { await reach(page, id, x); await replaceNow(page, id, text); }
const label = async (page, id) => (await rects(page))[id]?.label;

// Records a conversation: `scores` for the existing activities in order, or new activities.
async function conversation(page, date, { scores = [], added = [] }, x) {
  await click(page, 'psfs.new', x);
  await replaceText(page, 'psfs.new.date', date, x);
  await replaceText(page, 'psfs.new.performed_by', 'Siri Sykepleier', x);
  // The active activities, in the order they were added (as the form lists them).
  const store = (await page.evaluate(() => window.appTest.state())).store;
  const ids = store.psfs_activities.filter((a) => !a.retired).map((a) => String(a.id));
  assert.equal(ids.length, scores.length, 'one row of buttons per active activity');
  for (let i = 0; i < scores.length; ++i) await click(page, `psfs.score.${ids[i]}.${scores[i]}`, x);
  for (let i = 0; i < added.length; ++i) {
    await click(page, 'psfs.add_activity', x);
    await typeInto(page, `psfs.new_activity.${i}`, added[i][0], x);
    await click(page, `psfs.score.new${i}.${added[i][1]}`, x);
  }
  await click(page, 'psfs.save', x);
  await waitSettled(page);
  await reach(page, 'psfs.saved', x);
}

test('three conversations with Klara: the table, the ≥ 2 flag, the CSV and the PNG', { timeout: 600000 }, async () => {
  await withApp(server, async (page) => {
    await createPerson(page, { name: 'Klara Nilsen', birthDate: '15.03.1949' });
    await waitSettled(page);
    const row = Object.keys(await rects(page)).find((k) => /^persons\.row\.\d+$/.test(k));
    const person = row.split('.').pop();
    await clickNow(page, row);
    await clickNow(page, 'person.tab.psfs');
    await rectOf(page, 'psfs.new');

    // The first conversation names five activities in Klara's words: 3 2 4 3 3 → 3,0.
    await conversation(page, '01.09.2026', { added: [['Gå til butikken', 3], ['Gå i trapper', 2],
      ['Lage middag', 4], ['Dusje selv', 3], ['Møte venner', 3]] });
    // The second and third from the PSFS view: it starts from last time's activities.
    await openView(page, 'psfs');
    await click(page, `psfs.person.${person}`, 150);
    await click(page, 'psfs.new', 800);
    assert.match(await label(page, 'psfs.last_time'), /^Sist, 01\.09\.2026, sa du at/);
    await click(page, 'psfs.cancel', 800);
    await conversation(page, '01.10.2026', { scores: [5, 3, 5, 5, 4] }, 800);   // 4,4
    await conversation(page, '01.11.2026', { scores: [8, 6, 7, 7, 6] }, 800);   // 6,8

    // The table, as shown.
    const all = await rects(page);
    const conversations = Object.keys(all).filter((k) => /^psfs\.table\.average\.\d+$/.test(k)).map((k) => k.split('.').pop());
    assert.equal(conversations.length, 3);
    const byAverage = {};
    for (const c of conversations) byAverage[all[`psfs.table.average.${c}`].label] = c;
    assert.deepEqual(Object.keys(byAverage).sort(), ['3,0', '4,4', '6,8']);
    const [c1, c2, c3] = [byAverage['3,0'], byAverage['4,4'], byAverage['6,8']];
    assert.equal(all[`psfs.table.total.${c1}`].label, '15');
    assert.equal(all[`psfs.table.total.${c3}`].label, '34');
    assert.equal(all[`psfs.table.change.${c1}`].label, '–');
    assert.equal(all[`psfs.table.change.${c2}`].label, '+1,4');
    assert.equal(all[`psfs.table.change.${c3}`].label, '+2,4');
    assert.ok(!all[`psfs.table.flag.${c1}`] && !all[`psfs.table.flag.${c2}`], 'no flag below 2 points');
    assert.equal(all[`psfs.table.flag.${c3}`].label, 'Betydelig bedring');
    // +3 on «Gå til butikken» (5 → 8) and «Gå i trapper» (3 → 6) is marked on the activity.
    assert.ok(Object.entries(all).some(([k, r]) => new RegExp(`^psfs\\.cell\\.\\d+\\.${c3}\\.mark$`).test(k) && r.label === '+3'));
    // The caseload: one person with two or more conversations, improved by 2 or more.
    assert.equal(all['psfs.caseload.n'].label, '1');
    assert.equal(all['psfs.caseload.improved_share'].label, '100');

    // The CSV, as a Norwegian Excel reads it.
    const scratch = mkdtempSync(path.join(tmpdir(), 'opp-psfs-'));
    let download = page.waitForEvent('download');
    await click(page, 'psfs.export.csv', 800);
    const csvFile = path.join(scratch, 'psfs.csv');
    await (await download).saveAs(csvFile);
    const csv = readFileSync(csvFile);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
    const lines = csv.subarray(3).toString('utf8').split('\r\n');
    assert.equal(lines[0], 'Aktivitet;01.09.2026;01.10.2026;01.11.2026');
    assert.equal(lines[1], 'Gå til butikken;3;5;8');
    assert.ok(lines.includes('Sum;15;22;34'));
    assert.ok(lines.includes('Gjennomsnitt;3,0;4,4;6,8'));
    assert.ok(lines.includes('Endring fra forrige;;+1,4;+2,4'));
    assert.ok(lines.includes('Vurdering;;;Betydelig bedring'));

    // The PNG: a real image of the chart's size (CSS px × device pixel ratio).
    download = page.waitForEvent('download');
    await click(page, 'psfs.export.png', 800);
    const pngFile = path.join(scratch, 'psfs.png');
    await (await download).saveAs(pngFile);
    const chart = (await rects(page))['psfs.chart'];  // scrolled into view whole for the export
    const png = readFileSync(pngFile);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const dpr = await page.evaluate(() => window.devicePixelRatio);
    assert.ok(Math.abs(width - Math.round(chart.w * dpr)) <= 2, `width ${width} vs chart ${chart.w}`);
    assert.ok(Math.abs(height - Math.round(chart.h * dpr)) <= 2, `height ${height} vs chart ${chart.h}`);
    // It decodes: the browser draws it at that size, and it is not one flat colour.
    const decoded = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const g = canvas.getContext('2d');
      g.drawImage(img, 0, 0);
      const data = g.getImageData(0, 0, img.width, img.height).data;
      const colours = new Set();
      for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return { w: img.width, h: img.height, colours: colours.size };
    }, png.toString('base64'));
    assert.equal(decoded.w, width);
    assert.equal(decoded.h, height);
    assert.ok(decoded.colours > 5, `the image has the chart's colours (${decoded.colours})`);

    // Refused, nothing saved: a conversation dated before the previous one.
    await click(page, 'psfs.new', 800);
    await replaceText(page, 'psfs.new.date', '15.10.2026', 800);
    const first = Object.keys(await rects(page)).find((k) => /^psfs\.score\.\d+\.5$/.test(k));
    await click(page, first, 800);
    await click(page, 'psfs.save', 800);
    await waitSettled(page);
    await reach(page, 'psfs.new.date.error', 800);
    assert.match(await label(page, 'psfs.new.date.error'), /før forrige samtale/);
    await click(page, 'psfs.cancel', 800);
    const stored = (await page.evaluate(() => window.appTest.state())).store;
    assert.equal(stored.psfs_conversations.length, 3, 'the refused conversation was not saved');
    assert.equal(stored.psfs_activities.length, 5);

    // After a reload the three conversations are there.
    await page.reload();
    await page.waitForFunction(() => window.appTest && window.appTest.ready(), null, { timeout: 30000 });
    await openView(page, 'psfs');
    await click(page, `psfs.person.${person}`, 150);
    await reach(page, `psfs.table.flag.${c3}`, 800);
  }, { view: 'persons', viewport: VIEWPORT });
});
