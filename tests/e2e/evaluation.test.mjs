// The evaluation view over the schema-4 fixture (tests/fixtures/README.md): Klara's case (Kinn,
// a plan, a GP and a relative on the team, at every meeting) and Morten's (Suldal, nothing yet);
// the figures and their N, then a filter that leaves only Morten's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, withApp, click, rectOf, nextFrames, root, typeInto, waitDrawn, wheelUntil, appToday } from './harness.mjs';
import { openView } from './caseload.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const fixture = readFileSync(path.join(root, 'tests/fixtures/schema4/backup.json'), 'utf8');
// The label of a widget, scrolling the view with the wheel (down, then back up) until it is drawn.
async function label(page, id) {
  return (await wheelUntil(page, (rects) => (rects[id] ? { found: rects[id] } : null),
    { x: 640, y: 450, step: 250, steps: 40, what: id })).label;
}
async function top(page) {
  await page.mouse.move(640, 450);
  await page.mouse.wheel(0, -5000);
  await waitDrawn(page);
}
// Waits until `list` (filled by a page.on('download') listener) holds `n` downloads, and a frame
// more has been drawn (so a further one would be there too).
async function downloadsArrived(page, list, n, timeout = 30000) {
  for (const end = Date.now() + timeout; list.length < n && Date.now() < end;) {
    await page.waitForEvent('download', { timeout: Math.max(1, end - Date.now()) }).catch(() => {});
  }
  await waitDrawn(page);
}

test('the evaluation figures with their N, and a municipality filter', { timeout: 120000 }, async () => {
  await withApp(server, async (page) => {
    const result = await page.evaluate((json) => window.appTest.importBackup(json), fixture);
    assert.ok(result.ok, JSON.stringify(result));
    await waitDrawn(page);
    assert.equal(await label(page, 'eval.selection'), '2 forløp i utvalget');
    assert.equal(await label(page, 'eval.figure.active_cases'), '2');
    assert.equal(await label(page, 'eval.figure.referrals'), '1');
    assert.equal(await label(page, 'eval.figure.accepted'), '1');
    // Klara: referral 10.01.2024, the nurse appointed 16.01.2024 → 6 days.
    assert.equal(await label(page, 'eval.figure.days_to_coordinator_median'), '6');
    assert.equal(await label(page, 'eval.n.days_to_coordinator_median'), '1');
    assert.equal(await label(page, 'eval.figure.ip_share'), '50 %');
    assert.equal(await label(page, 'eval.n.ip_share'), '2');
    assert.equal(await label(page, 'eval.figure.gp_on_team_share'), '50 %');
    assert.equal(await label(page, 'eval.figure.relatives_share'), '50 %');
    assert.equal(await label(page, 'eval.figure.what_matters_share'), '50 %');
    assert.equal(await label(page, 'eval.figure.psfs_improved_share'), '–');  // one conversation only
    assert.equal(await label(page, 'eval.n.psfs_improved_share'), '0');
    // The tables for a Norwegian Excel, and the same as JSON.
    await top(page);
    const scratch = mkdtempSync(path.join(tmpdir(), 'opp-eval-'));
    const downloads = [];
    const collect = (d) => downloads.push(d);
    page.on('download', collect);
    await click(page, 'eval.export.csv');
    await downloadsArrived(page, downloads, 3);
    assert.equal(downloads.length, 3, 'one file per table');
    const figures = downloads.find((d) => /tall/.test(d.suggestedFilename()));
    await figures.saveAs(path.join(scratch, 'figures.csv'));
    const csv = readFileSync(path.join(scratch, 'figures.csv'));
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = csv.subarray(3).toString('utf8').split('\r\n');
    assert.equal(lines[0], 'Tall;Nøkkel;Verdi;N');
    assert.ok(lines.includes('Med individuell plan;ip_share;50,0;2'), lines.join('\n'));
    assert.ok(lines.includes('Dager til koordinator (median);days_to_coordinator_median;6,0;1'));
    // Contacts per quarter: Klara's measurement of 05.03.2024 (see the fixture).
    const contacts = downloads.find((d) => /kontakter/.test(d.suggestedFilename()));
    await contacts.saveAs(path.join(scratch, 'contacts.csv'));
    const contactLines = readFileSync(path.join(scratch, 'contacts.csv')).subarray(3).toString('utf8').split('\r\n');
    assert.equal(contactLines[0], 'Kvartal;Målinger;Fastlege;Legevakt/KAD;Kommunale tjenester;Spesialisthelsetjenesten');
    assert.equal(contactLines.length, 3, contactLines.join('\n'));  // one quarter, and the final line break
    page.off('download', collect);
    const jsonDownload = page.waitForEvent('download');
    await click(page, 'eval.export.json');
    const jsonFile = path.join(scratch, 'evaluation.json');
    await (await jsonDownload).saveAs(jsonFile);
    const exported = JSON.parse(readFileSync(jsonFile, 'utf8'));
    assert.deepEqual(exported.figures.find((f) => f.key === 'ip_share'), { key: 'ip_share', value: 50, n: 2 });

    // The anonymised research export: three files, and not one name, number, contact or text a
    // user typed in the fixture appears in them.
    await top(page);
    const research = [];
    const collectResearch = (d) => research.push(d);
    page.on('download', collectResearch);
    await click(page, 'eval.export.research');
    await downloadsArrived(page, research, 3);
    page.off('download', collectResearch);
    assert.deepEqual(research.map((d) => d.suggestedFilename().replace(/-\d{4}-\d{2}-\d{2}/, '')).sort(),
      ['forskning-forlop.csv', 'forskning-psfs.csv', 'forskning-tall.csv']);
    assert.match(await label(page, 'eval.export.research.message'), /2 forløp er lastet ned/);
    const texts = {};
    for (const d of research) {
      const file = path.join(scratch, d.suggestedFilename());
      await d.saveAs(file);
      texts[d.suggestedFilename().replace(/-\d.*/, '')] = readFileSync(file).subarray(3).toString('utf8');
    }
    const secrets = new Set();
    const collectStrings = (value) => {
      if (typeof value === 'string') secrets.add(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collectStrings);
    };
    const stored = JSON.parse(fixture);
    collectStrings(stored.store);
    const municipalities = new Set(stored.store.persons.map((p) => p.municipality));
    let checked = 0;
    for (const secret of secrets) {
      // Enum names, dates and municipality names may appear; everything else a user typed may not.
      if (secret.length < 3 || /^[a-z_]+$/.test(secret) || /^\d{4}-\d{2}-\d{2}/.test(secret) || municipalities.has(secret)) continue;
      for (const [name, text] of Object.entries(texts)) assert.ok(!text.includes(secret), `${name} contains «${secret}»`);
      ++checked;
    }
    assert.ok(checked >= 20, `checked ${checked} strings`);
    assert.equal(Object.keys(texts).length, 3);
    for (const p of stored.store.persons) {
      for (const text of Object.values(texts)) {
        assert.ok(!text.includes(p.name));
        if (p.national_id) assert.ok(!text.includes(p.national_id));
      }
    }
    const caseLines = texts['forskning-forlop'];
    const rows = caseLines.split('\r\n').filter((l) => l).map((l) => l.split(';'));
    assert.equal(rows[0][0], 'pseudonym');
    assert.equal(rows.length, 3);  // two cases
    for (const row of rows.slice(1)) {
      assert.match(row[0], /^[0-9A-F]{8}$/);
      // Two cases are fewer than five: age band, municipality and target group are suppressed.
      assert.deepEqual(row.slice(2, 5), ['*', '*', '*']);
      assert.match(row[7], /^\d{4}-\d{2}$/);  // opened: the month only
    }

    // Only Suldal: Morten's case, with nothing done yet.
    await top(page);
    await click(page, 'eval.filter.municipality');
    const suldal = Object.entries(await page.evaluate(() => window.appTest.rects()))
      .find(([k, r]) => /^eval\.filter\.municipality\.\d+$/.test(k) && r.label === 'Suldal')[0];
    await click(page, suldal);
    await waitDrawn(page);
    assert.equal(await label(page, 'eval.selection'), '1 forløp i utvalget');
    assert.equal(await label(page, 'eval.figure.ip_share'), '0 %');
    assert.equal(await label(page, 'eval.n.ip_share'), '1');
    await top(page);
    assert.equal(await label(page, 'eval.figure.referrals'), '0');
    await click(page, 'eval.filter.clear');
    await waitDrawn(page);
    assert.equal(await label(page, 'eval.selection'), '2 forløp i utvalget');
  }, { view: 'evaluation', viewport: { width: 1280, height: 900 } });
});

// The schema-5 fixture: Klara's evaluation meeting of 01.03.2024 has a survey (5 4 – 4 5).
const fixture5 = readFileSync(path.join(root, 'tests/fixtures/schema5/backup.json'), 'utf8');
// Scrolls with the wheel until a widget whose id matches `re` and label matches `text` is drawn.
function idWhere(page, re, text) {
  return wheelUntil(page, (rects) => {
    const hit = Object.entries(rects).find(([id, r]) => re.test(id) && text.test(r.label));
    return hit ? { found: hit[0] } : null;
  }, { x: 640, y: 450, steps: 40, what: `${re} labelled ${text}` });
}
async function clickInView(page, id) {
  await label(page, id);
  await click(page, id);
}

test('a quality survey recorded at an evaluation meeting, summarised in the evaluation view', { timeout: 180000 }, async () => {
  await withApp(server, async (page) => {
    const stored = JSON.parse(fixture5);
    const result = await page.evaluate((json) => window.appTest.importBackup(json), fixture5);
    assert.ok(result.ok, JSON.stringify(result));
    await waitDrawn(page);
    const klara = stored.store.persons[0].id;
    const recorded = stored.store.quality_surveys[0].meeting;
    await click(page, `persons.row.${klara}`);
    await click(page, 'person.tab.meetings');
    assert.equal(await label(page, `meetings.${recorded}.survey`), 'Brukeropplevd kvalitet: 5 · 4 · – · 4 · 5');
    assert.equal(await label(page, `meetings.${recorded}.survey.comment`), 'Trygt å vite hvem jeg kan ringe.');

    // A new evaluation meeting today, and its survey: empty is refused with a reason, then answered.
    await top(page);
    await clickInView(page, 'meetings.new.type.evaluation');
    await clickInView(page, 'meetings.new.person_present');
    const dayBefore = await appToday(page);
    await clickInView(page, 'meetings.new.submit');
    await waitDrawn(page);
    const dayAfter = await appToday(page);
    // Dated the app's today (which may have turned over between the two readings).
    const known = new Set(stored.store.meetings.map((m) => m.id));
    const created = (await page.evaluate(() => window.appTest.state())).store.meetings.filter((m) => !known.has(m.id));
    assert.equal(created.length, 1);
    const iso = (t) => `${t.y}-${String(t.m).padStart(2, '0')}-${String(t.d).padStart(2, '0')}`;
    assert.ok([iso(dayBefore), iso(dayAfter)].includes(created[0].date), `${created[0].date}, today ${iso(dayBefore)}`);
    const [y, m, d] = created[0].date.split('-');
    const meeting = (await idWhere(page, /^meetings\.meeting\.\d+$/, new RegExp(`^${d}\\.${m}\\.${y}.*Evalueringsmøte`))).split('.').pop();
    assert.equal(meeting, String(created[0].id));
    assert.notEqual(meeting, String(recorded));
    await clickInView(page, `meetings.${meeting}.survey`);
    await clickInView(page, 'meetings.survey.submit');
    assert.equal(await label(page, 'meetings.survey.error'), 'Svar på minst ett utsagn eller skriv en kommentar.');
    for (const [item, answer] of [[0, 3], [1, 2], [4, 4]]) await clickInView(page, `meetings.survey.answers.${item}.${answer}`);
    assert.equal(await label(page, 'meetings.survey.answers.1'), '2');
    await label(page, 'meetings.survey.comment');
    await typeInto(page, 'meetings.survey.comment', 'Ønsker færre møter');
    await clickInView(page, 'meetings.survey.submit');
    await waitDrawn(page);
    assert.equal(await label(page, `meetings.${meeting}.survey`), 'Brukeropplevd kvalitet: 3 · 2 · – · – · 4');

    // The evaluation: answers 5 4 4 5 and 3 2 4 → 27 / 7 = 3,9 over 2 surveys; 4 or 5: 5 of 7.
    await openView(page, 'evaluation');
    assert.equal(await label(page, 'eval.figure.quality_mean'), '3,9');
    assert.equal(await label(page, 'eval.n.quality_mean'), '2');
    assert.equal(await label(page, 'eval.figure.quality_positive_share'), '71 %');
    assert.equal(await label(page, 'eval.n.quality_positive_share'), '7');
    assert.equal(await label(page, 'eval.quality.item.0'), '4,0');  // 5 and 3
    assert.equal(await label(page, 'eval.quality.item.3.n'), '1');   // only Klara answered it
    assert.equal(await label(page, 'eval.quality.item.2'), '–');     // nobody did
    assert.equal(await label(page, 'eval.quality.comments'), 'Kommentarer (2)');
    await click(page, 'eval.quality.comments');
    assert.equal(await label(page, 'eval.quality.comment.0'), 'Ønsker færre møter');  // newest first
  }, { viewport: { width: 1280, height: 900 } });
});

test('the research export of 10,000 cases shows progress, and stops when the filter changes or on cancel', { timeout: 180000 }, async () => {
  const { boardBackupOf } = await import('./board_caseload.mjs');
  await withApp(server, async (page) => {
    const result = await page.evaluate((json) => window.appTest.importBackup(json), boardBackupOf(10000, { conversations: 8 }));
    assert.ok(result.ok, JSON.stringify(result));
    await waitDrawn(page, 60000);
    const downloads = [];
    page.on('download', (d) => downloads.push(d));
    const progress = async () => (await page.evaluate(() => window.appTest.rects()))['eval.export.research.progress']?.label;
    // A filter changed while it runs (cleared, at once after the start): it stops, says why, and
    // downloads nothing.
    await typeInto(page, 'eval.filter.to', '31.12.2099');
    assert.equal(await label(page, 'eval.selection'), '10000 forløp i utvalget');
    const clear = await rectOf(page, 'eval.filter.clear');
    const start = await rectOf(page, 'eval.export.research');
    await page.mouse.click(start.x + start.w / 2, start.y + start.h / 2);
    await page.mouse.click(clear.x + clear.w / 2, clear.y + clear.h / 2);
    await waitDrawn(page);
    assert.equal(await label(page, 'eval.export.research.message'),
      'Uttrekket ble stoppet fordi dataene eller filtrene endret seg. Start det på nytt.');
    assert.equal(await progress(), undefined);
    assert.equal(downloads.length, 0);
    // Cancelled: nothing downloaded, no message.
    await top(page);
    await click(page, 'eval.export.research');
    assert.match(await progress(), /^\d+ av 10000 forløp$/);
    await click(page, 'eval.export.research.cancel');
    await waitDrawn(page);
    assert.equal(await progress(), undefined);
    assert.equal((await page.evaluate(() => window.appTest.rects()))['eval.export.research.message'], undefined);
    assert.equal(downloads.length, 0);
    // Run to the end: the progress grows, then the three files come.
    await top(page);
    await click(page, 'eval.export.research');
    const seen = new Set();
    for (let i = 0; i < 400 && downloads.length < 3; ++i) {
      const p = await progress();
      if (p) seen.add(p);
      await nextFrames(page, 1);
    }
    assert.equal(downloads.length, 3);
    assert.ok(seen.size >= 2, [...seen].join(' | '));
    assert.equal(await label(page, 'eval.export.research.message'), 'Forskningsuttrekket med 10000 forløp er lastet ned.');
  }, { view: 'evaluation', viewport: { width: 1280, height: 900 } });
});
