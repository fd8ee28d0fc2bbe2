// The team board and the person's workspace as a coordinator uses them: Klara gets a case, a team
// from the practitioner register with a nurse as coordinator, a goal with a measure; her card is
// moved by the ‹ › buttons and by dragging, an illegal move is refused with the reason beside the
// card, an admission raises an alert — and everything is there after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, withApp, click as clickNow, typeInto as typeNow, replaceText, rectOf, waitSettled, waitDrawn,
  createPerson, wheelTo, wheelUntil,
} from './harness.mjs';
import { openView } from './caseload.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const VIEWPORT = { width: 1440, height: 900 };

// Scrolls with the mouse wheel until the widget is fully in view, then returns its rectangle.
function reach(page, id, x = 400) {
  return wheelTo(page, id, { x, margin: 20, step: 150 });
}
// A widget below the fold is not drawn at all: once what was done before is on screen (a view
// that was just opened), scroll to it.
async function seen(page, id) { await waitDrawn(page); return reach(page, id); }
async function click(page, id) { await seen(page, id); await clickNow(page, id); }
async function typeInto(page, id, text) { await seen(page, id); await typeNow(page, id, text); }
const rects = (page) => page.evaluate(() => window.appTest.rects());
async function labelOf(page, id, pattern) {
  await page.waitForFunction(([i, p]) => {
    const r = window.appTest.rects()[i];
    return r && new RegExp(p).test(r.label);
  }, [id, pattern.source], { timeout: 5000 }).catch(() => {});
  return (await rectOf(page, id)).label;
}
// The id of the first widget whose id matches `re` and whose label matches `label`, scrolling
// down (then up) with the wheel until it is drawn.
function idWhere(page, re, label) {
  return wheelUntil(page, (all) => {
    const hit = Object.entries(all).find(([id, r]) => re.test(id) && label.test(r.label));
    return hit ? { found: hit[0] } : null;
  }, { x: 400, steps: 40, what: `${re} labelled ${label}` });
}

async function addPractitioner(page, name, role, service, level) {
  await typeInto(page, 'settings.practitioners.new.name', name);
  await typeInto(page, 'settings.practitioners.new.role', role);
  await typeInto(page, 'settings.practitioners.new.service', service);
  await click(page, `settings.practitioners.new.level.${level}`);
  await click(page, 'settings.practitioners.new.submit');
  await waitSettled(page);
}

async function addFromRegister(page, name) {
  await click(page, 'team.add.practitioner');
  await clickNow(page, await idWhere(page, /^team\.add\.practitioner\.\d+$/, new RegExp(name)));
  await click(page, 'team.add.submit');
  await waitSettled(page);
}

test('a coordinator builds Klara\'s team and plan, moves her card and sees an admission alert', { timeout: 600000 }, async () => {
  await withApp(server, async (page) => {
    await createPerson(page, { name: 'Klara Nilsen', birthDate: '15.03.1949' });
    await waitSettled(page);
    await openView(page, 'settings');
    await addPractitioner(page, 'Geir Lege', 'fastlege', 'Legekontoret', 'gp');
    await addPractitioner(page, 'Siri Sykepleier', 'sykepleier', 'Hjemmetjenesten', 'municipal');
    await addPractitioner(page, 'Hanne Lege', 'overlege', 'Sykehuset', 'hospital');

    // Her workspace: a case at "reported", then the team from the register.
    await openView(page, 'persons');
    await click(page, await idWhere(page, /^persons\.row\.\d+$/, /Klara Nilsen/));
    await click(page, 'person.case.open');
    assert.equal(await labelOf(page, 'person.case.stage', /Meldt/), 'Meldt');
    await click(page, 'person.tab.team');
    for (const name of ['Geir Lege', 'Siri Sykepleier', 'Hanne Lege']) await addFromRegister(page, name);
    const siri = (await idWhere(page, /^team\.member\.\d+$/, /Siri Sykepleier/));
    await click(page, `${siri}.coordinator`);
    await waitSettled(page);
    assert.match(await labelOf(page, siri, /Siri/), /Siri Sykepleier/);

    // On the board her card moves forward twice with the › button; follow-up is refused without a plan.
    await openView(page, 'board');
    const card = await idWhere(page, /^board\.card\.\d+$/, /Klara Nilsen/);
    assert.match((await rects(page))['board.column.reported'].label, /\(1\)/);
    await click(page, `${card}.forward`);
    await waitSettled(page);
    await click(page, `${card}.forward`);
    await waitSettled(page);
    assert.match(await labelOf(page, 'board.column.team_established', /\(1\)/), /\(1\)/);
    assert.match((await rects(page))[card].label, /Koordinator Siri Sykepleier/);
    await click(page, `${card}.forward`);
    assert.match(await labelOf(page, 'board.move.refused', /plan/), /Individuell plan mangler/);
    assert.match((await rects(page))['board.column.team_established'].label, /\(1\)/);  // nothing changed

    // The plan: a goal with a measure and a due date.
    await click(page, card);
    await click(page, 'person.tab.plan');
    await typeInto(page, 'plan.new_goal.text', 'Gå til butikken selv');
    await click(page, 'plan.new_goal.submit');
    await waitSettled(page);
    const goal = await idWhere(page, /^plan\.goal\.\d+$/, /Gå til butikken selv/);
    await click(page, `${goal}.edit`);
    await typeInto(page, 'plan.new_measure.text', 'Gåtrening');
    await typeInto(page, 'plan.new_measure.due', '01.01.2099');
    await click(page, 'plan.new_measure.submit');
    await waitSettled(page);
    await idWhere(page, /^plan\.measure\.\d+$/, /Gåtrening/);

    // A network meeting whose next step becomes a measure with one click.
    await click(page, 'person.tab.meetings');
    await click(page, `meetings.new.participant.${siri.split('.').pop()}`);
    await click(page, 'meetings.new.person_present');
    await typeInto(page, 'meetings.new.decisions', 'Trygghetsalarm vurderes');
    await typeInto(page, 'meetings.new.next_steps', 'Søke om trygghetsalarm');
    await click(page, 'meetings.new.submit');
    await waitSettled(page);
    const meeting = await idWhere(page, /^meetings\.meeting\.\d+$/, /Nettverksmøte/);
    await click(page, `meetings.${meeting.split('.').pop()}.to_measure`);
    await waitSettled(page);
    await click(page, 'person.tab.plan');
    await idWhere(page, /^plan\.measure\.\d+$/, /Søke om trygghetsalarm/);

    // By keyboard: Tab to the card, Ctrl+← moves it back to mapping, Ctrl+→ forward again.
    await openView(page, 'board');
    await page.mouse.move(5, VIEWPORT.height - 5);
    let focused = '';
    for (let i = 0; i < 80 && focused !== card; ++i) {
      await page.keyboard.press('Tab');
      await waitDrawn(page);
      focused = (await rects(page))['board.focused']?.label || '';
    }
    assert.equal(focused, card, 'Tab reaches the card');
    await page.keyboard.press('Control+ArrowLeft');
    await waitSettled(page);
    assert.match(await labelOf(page, 'board.column.mapping', /\(1\)/), /\(1\)/);
    await page.keyboard.press('Control+ArrowRight');
    await waitSettled(page);
    assert.match(await labelOf(page, 'board.column.team_established', /\(1\)/), /\(1\)/);

    // Dragging the card to follow-up.
    const from = await reach(page, card);
    const to = await rectOf(page, 'board.column.follow_up');
    await page.mouse.move(from.x + from.w / 2, from.y + 10);
    await page.mouse.down();
    for (let i = 1; i <= 10; ++i) {
      await page.mouse.move(from.x + from.w / 2 + ((to.x + to.w / 2) - (from.x + from.w / 2)) * i / 10, from.y + 10 + ((to.y + 60) - (from.y + 10)) * i / 10);
      await waitSettled(page);  // each step handled in a frame of its own, as a hand drags
    }
    await page.mouse.up();
    await waitSettled(page);
    assert.match(await labelOf(page, 'board.column.follow_up', /\(1\)/), /\(1\)/);

    // An admission raises an alert for the coordinator.
    await click(page, card);
    await click(page, 'person.tab.measurements');
    await typeInto(page, 'admissions.new.bed_days', '4');
    await click(page, 'admissions.new.submit');
    await waitSettled(page);
    await click(page, 'person.tab.overview');
    await rectOf(page, 'person.alert.0');
    await idWhere(page, /^person\.alert\.\d+$/, /^Innleggelse registrert \d\d\.\d\d\.\d{4}/);
    await idWhere(page, /^person\.alert\.\d+$/, /^PSFS-samtale skal gjøres/);  // mapping started: the baseline is due

    // A quarterly measurement, and the relay log: written by the commands, and by hand under consent.
    await click(page, 'person.tab.measurements');
    await click(page, 'measurements.new');
    await typeInto(page, 'measurements.new.gp', '2');
    await typeInto(page, 'measurements.new.medications', 'ni');
    await click(page, 'measurements.new.submit');
    assert.match(await labelOf(page, 'measurements.new.medications.error', /tall/), /tall/);  // nothing saved
    await seen(page, 'measurements.new.medications');
    await replaceText(page, 'measurements.new.medications', '9');
    await click(page, 'measurements.new.submit');
    await waitSettled(page);
    const row = await idWhere(page, /^measurements\.row\.\d+$/, /\d\d\.\d\d\.\d{4}/);
    assert.equal((await rects(page))[`${row}.medications`].label, '9');
    await click(page, 'person.tab.relay_log');
    await rectOf(page, 'relay_log.no_consent');  // no consent to sharing yet: nothing to read or write
    assert.ok(!(await rects(page))['relay_log.new']);

    // Consents given in the overview: sharing opens the log; a relative joins under their consent.
    await click(page, 'person.tab.overview');
    await click(page, 'person.consent.new');
    await click(page, 'person.consent.new.kind.sharing');
    await click(page, 'person.consent.new.submit');
    await waitSettled(page);
    await click(page, 'person.consent.new.kind.relative_involvement');
    await typeInto(page, 'person.consent.new.relative_name', 'Per Nilsen');
    await click(page, 'person.consent.new.submit');
    await waitSettled(page);
    const perConsent = await idWhere(page, /^person\.consent\.\d+$/, /Per Nilsen/);
    await click(page, 'person.tab.team');
    await typeInto(page, 'team.other.name', 'Per Nilsen');
    await typeInto(page, 'team.other.role', 'sønn');
    await click(page, 'team.other.submit');
    await waitSettled(page);
    const per = await idWhere(page, /^team\.member\.\d+$/, /Per Nilsen/);
    await click(page, 'person.tab.overview');
    await click(page, `${perConsent}.withdraw`);
    await click(page, 'person.consent.withdraw.confirm');
    await waitSettled(page);
    assert.match(await labelOf(page, perConsent, /trukket/), /trukket \d\d\.\d\d\.\d{4}/);
    await click(page, 'person.tab.team');
    assert.match(await labelOf(page, `${per}.period`, /samtykke/), /\(samtykke trukket \d\d\.\d\d\.\d{4}\)/);

    await click(page, 'person.tab.relay_log');
    await idWhere(page, /^relay_log\.event\.\d+$/, /^Forløpet flyttet til «Oppfølging»/);
    await idWhere(page, /^relay_log\.event\.\d+$/, /^Per Nilsen gikk ut av teamet: samtykket til å involvere pårørende ble trukket/);
    await idWhere(page, /^relay_log\.event\.\d+$/, /^Nettverksmøte holdt \(personen deltok\): Trygghetsalarm vurderes/);
    await click(page, 'relay_log.new');
    await typeInto(page, 'relay_log.new.author', 'Siri Sykepleier');  // no user name set on this device
    await typeInto(page, 'relay_log.new.text', 'Klara ønsker at datteren får beskjed før møter.');
    await click(page, 'relay_log.new.submit');
    await waitSettled(page);
    await idWhere(page, /^relay_log\.entry\.\d+$/, /datteren får beskjed/);

    // After a reload everything is still there.
    await page.reload();
    await page.waitForFunction(() => window.appTest && window.appTest.ready(), null, { timeout: 30000 });
    await openView(page, 'board');
    assert.match(await labelOf(page, 'board.column.follow_up', /\(1\)/), /\(1\)/);
    assert.match((await rects(page))[card].label, /Klara Nilsen — Koordinator Siri Sykepleier\s+·\s+3 i teamet/);
    assert.match(await labelOf(page, 'board.alerts', /Varsler \(\d+\)/), /Varsler \([1-9]/);
    await click(page, card);
    await click(page, 'person.tab.plan');
    await idWhere(page, /^plan\.measure\.\d+$/, /Søke om trygghetsalarm/);
    await click(page, 'person.tab.relay_log');
    await idWhere(page, /^relay_log\.entry\.\d+$/, /datteren får beskjed/);
  }, { view: 'persons', viewport: VIEWPORT });
});
