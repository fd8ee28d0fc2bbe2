// Takes a screenshot of every view in every language (and the "open elsewhere" screen),
// for people to look at: node screenshots.mjs [out-dir] (default build-web/screenshots).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, click, typeInto, nextFrames, reveal, root } from './harness.mjs';
import { restoreFixture, openView } from './caseload.mjs';
import { boardBackupOf } from './board_caseload.mjs';

const out = process.argv[2] || path.join(root, 'build-web', 'screenshots');
const scale = Number(process.env.SCALE || 1);
mkdirSync(out, { recursive: true });
const server = await startServer();

// The referral form with its live screening, the queue and triage, in every language: a tall
// window shows the whole form at once. Klara is invented; 75 today, 7 admissions, CFS 6.
async function intakeShots() {
  const tall = await launch({ viewport: { width: 1280, height: 2150 }, deviceScaleFactor: scale });
  try {
    const p = await tall.context.newPage();
    await openApp(p, server.url, 'intake');
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    await typeInto(p, 'intake.reporter_name', 'Dr. Lege Hansen');
    await typeInto(p, 'intake.reporter_role', 'fastlege');
    await click(p, 'intake.reporter_service');
    await click(p, 'intake.reporter_service.gp_message');
    await typeInto(p, 'intake.name', 'Klara Øvreås');
    await typeInto(p, 'intake.birth_date', `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear() - 75}`);
    await typeInto(p, 'intake.municipality', 'Lørenskog');
    await typeInto(p, 'intake.observed', 'Sju innleggelser siste år. Faller hjemme, bor alene.');
    await click(p, 'intake.services.home_care');
    await typeInto(p, 'intake.risk.admissions_12m', '7');
    await click(p, 'intake.risk.cfs');
    await click(p, 'intake.risk.cfs.6');
    await click(p, 'intake.risk.lives_alone');
    await click(p, 'intake.consent_referral');
    for (const lang of ['nb', 'nn', 'en']) {
      await click(p, `lang.${lang}`);
      await nextFrames(p, 3);
      await p.screenshot({ path: path.join(out, `intake-form-${lang}.png`) });
    }
    await click(p, 'lang.nb');
    await click(p, 'intake.submit');
    await click(p, 'intake.saved.queue');
    const referral = (await p.evaluate(() => window.appTest.state())).store.referrals[0];
    await click(p, `queue.row.${referral.id}`);
    await click(p, 'triage.needs_coordinator');
    for (const lang of ['nb', 'nn', 'en']) {
      await click(p, `lang.${lang}`);
      await nextFrames(p, 3);
      await p.screenshot({ path: path.join(out, `queue-triage-${lang}.png`), clip: { x: 0, y: 0, width: 1280, height: 1100 } });
    }
    await click(p, 'lang.nb');
  } finally {
    await tall.close();
  }
}
// The demo (its own store: the personas and 300 generated persons) and a demo kiosk: the board,
// the evaluation, a persona's team and PSFS chart, presentation text, the kiosk's intake.
async function modeShots() {
  const demo = await launch({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: scale, hasTouch: true });
  try {
    const p = await demo.context.newPage();
    const open = async (flags, view) => {
      await p.goto(`${server.url}?test&${flags}&view=${view}`);
      await p.waitForFunction(() => window.appTest && window.appTest.ready(), null, { timeout: 30000 });
      await nextFrames(p, 3);
    };
    await open('demo', 'board');
    await p.screenshot({ path: path.join(out, 'demo-board-nb.png') });
    await open('demo', 'evaluation');
    await p.screenshot({ path: path.join(out, 'demo-evaluation-nb.png') });
    await open('demo', 'persons');
    await typeInto(p, 'persons.search', 'Klara');
    const row = Object.keys(await p.evaluate(() => window.appTest.rects())).find((k) => /^persons\.row\.\d+$/.test(k));
    await click(p, row);
    await click(p, 'person.tab.team');
    await p.screenshot({ path: path.join(out, 'demo-klara-team-nb.png') });
    await click(p, 'person.tab.psfs');
    await reveal(p, 'psfs.chart');
    // reveal() stops once part of the chart shows: scroll on until all of it does.
    await p.mouse.move(720, 450);
    for (let i = 0; i < 3; ++i) { await p.mouse.wheel(0, 200); await nextFrames(p, 2); }
    await p.screenshot({ path: path.join(out, 'demo-klara-psfs-chart-nb.png') });
    await click(p, 'demo.present');
    await nextFrames(p, 3);
    await p.screenshot({ path: path.join(out, 'demo-presentation-nb.png') });
    await click(p, 'demo.present');
    await open('demo&kiosk', 'intake');
    await p.screenshot({ path: path.join(out, 'kiosk-demo-intake-nb.png') });
  } finally {
    await demo.close();
  }
}

// The board with 60 synthetic cases over the six stages (board_caseload.mjs), in every language,
// on a laptop and on a phone.
async function boardShots() {
  const wide = await launch({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: scale });
  try {
    const p = await wide.context.newPage();
    await openApp(p, server.url, 'board');
    const result = await p.evaluate((json) => window.appTest.importBackup(json), boardBackupOf(60));
    if (!result.ok) throw new Error('board backup refused: ' + JSON.stringify(result));
    for (const lang of ['nb', 'nn', 'en']) {
      await click(p, `lang.${lang}`);
      await nextFrames(p, 3);
      await p.screenshot({ path: path.join(out, `board-cases-${lang}.png`) });
    }
    await click(p, 'lang.nb');
  } finally {
    await wide.close();
  }
  // The PSFS view and a person's chart (with its hover tooltip) in nb and en, at DPR 1 and 2.
  for (const dpr of [1, 2]) {
    const b = await launch({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: dpr });
    try {
      const p = await b.context.newPage();
      await openApp(p, server.url, 'psfs');
      await p.evaluate((json) => window.appTest.importBackup(json), boardBackupOf(60));
      await nextFrames(p, 3);
      const rows = Object.keys(await p.evaluate(() => window.appTest.rects())).filter((k) => /^psfs\.person\.\d+$/.test(k));
      await click(p, rows[1]);
      for (const lang of ['nb', 'en']) {
        await click(p, `lang.${lang}`);
        await nextFrames(p, 3);
        await p.screenshot({ path: path.join(out, `psfs-view-${lang}@${dpr}x.png`) });
        await p.mouse.move(900, 500);
        await p.mouse.wheel(0, 700);
        await nextFrames(p, 4);
        const chart = (await p.evaluate(() => window.appTest.rects()))['psfs.chart'];
        if (chart) await p.mouse.move(chart.x + chart.w * 0.6, chart.y + chart.h * 0.4);
        await nextFrames(p, 3);
        await p.screenshot({ path: path.join(out, `psfs-chart-${lang}@${dpr}x.png`) });
        await p.mouse.wheel(0, -2000);
        await nextFrames(p, 3);
      }
    } finally {
      await b.close();
    }
  }
  const phone = await launch({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
  try {
    const p = await phone.context.newPage();
    await openApp(p, server.url, 'board');
    await p.evaluate((json) => window.appTest.importBackup(json), boardBackupOf(60));
    await nextFrames(p, 3);
    await p.screenshot({ path: path.join(out, 'phone-board-cases-nb.png') });
  } finally {
    await phone.close();
  }
}

// The evaluation view over 60 synthetic cases, every panel at once (a tall window), in every
// language; and the quality survey form on a new evaluation meeting.
async function evaluationShots() {
  const tall = await launch({ viewport: { width: 1440, height: 2400 }, deviceScaleFactor: scale });
  try {
    const p = await tall.context.newPage();
    await openApp(p, server.url, 'evaluation');
    const result = await p.evaluate((json) => window.appTest.importBackup(json), boardBackupOf(60));
    if (!result.ok) throw new Error('board backup refused: ' + JSON.stringify(result));
    await nextFrames(p, 3);
    await click(p, 'eval.quality.comments');
    for (const lang of ['nb', 'nn', 'en']) {
      await click(p, `lang.${lang}`);
      await nextFrames(p, 3);
      await p.screenshot({ path: path.join(out, `evaluation-full-${lang}.png`) });
    }
    await click(p, 'lang.nb');
    await openView(p, 'persons');
    const row = Object.keys(await p.evaluate(() => window.appTest.rects())).find((k) => /^persons\.row\.\d+$/.test(k));
    await click(p, row);
    await click(p, 'person.tab.meetings');
    await click(p, 'meetings.new.type.evaluation');
    await click(p, 'meetings.new.submit');
    await nextFrames(p, 3);
    const open = Object.entries(await p.evaluate(() => window.appTest.rects()))
      .find(([k, r]) => /^meetings\.\d+\.survey$/.test(k) && /Registrer/.test(r.label))[0];
    await click(p, open);
    for (const [item, answer] of [[0, 4], [1, 3], [2, 5]]) await click(p, `meetings.survey.answers.${item}.${answer}`);
    await typeInto(p, 'meetings.survey.comment', 'Godt å vite hvem jeg kan ringe');
    await nextFrames(p, 3);
    await p.screenshot({ path: path.join(out, 'meetings-survey-nb.png'), clip: { x: 0, y: 0, width: 1440, height: 1300 } });
  } finally {
    await tall.close();
  }
}

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
  await page.screenshot({ path: path.join(out, 'persons-errors-nb.png') });
  for (const lang of ['nb', 'nn', 'en']) {
    await click(page, `lang.${lang}`);
    for (const view of ['intake', 'queue', 'board', 'persons', 'psfs', 'evaluation', 'settings']) {
      await click(page, `nav.${view}`);
      await nextFrames(page, 3);
      await page.screenshot({ path: path.join(out, `${view}-${lang}${scale > 1 ? '@' + scale + 'x' : ''}.png`) });
    }
  }
  // The person's workspace, every tab, with the fixture caseload (invented persons); Klara gets a
  // case on the board first.
  await restoreFixture(page);
  await openView(page, 'persons');
  await click(page, 'persons.row.1');
  await click(page, 'person.case.open');
  for (const lang of ['nb', 'nn', 'en']) {
    await click(page, `lang.${lang}`);
    for (const tab of ['overview', 'team', 'plan', 'meetings', 'psfs', 'measurements', 'relay_log']) {
      await click(page, `person.tab.${tab}`);
      await nextFrames(page, 3);
      await page.screenshot({ path: path.join(out, `person-${tab}-${lang}.png`) });
    }
  }
  await click(page, 'lang.nb');
  await boardShots();
  await modeShots();
  await evaluationShots();
  await intakeShots();
  // A phone (390 × 844 CSS px at DPR 3): stacked views and the navigation menu.
  const phone = await launch({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
  try {
    const p = await phone.context.newPage();
    await openApp(p, server.url);
    await restoreFixture(p);
    await p.screenshot({ path: path.join(out, 'phone-board-nb.png') });
    await click(p, 'nav.menu');
    await nextFrames(p, 3);
    await p.screenshot({ path: path.join(out, 'phone-menu-nb.png') });
    await click(p, 'nav.intake');
    await nextFrames(p, 3);
    await p.screenshot({ path: path.join(out, 'phone-intake-nb.png') });
    await openView(p, 'settings');
    await p.screenshot({ path: path.join(out, 'phone-settings-nb.png') });
  } finally {
    await phone.close();
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
