// Referral intake as users do it: a GP reports Klara by clicking and typing, sees the live risk
// screening before saving, and the coordinating unit triages her in the queue; a bad identity
// number is refused beside the field; a half-filled form survives switching views and reloading.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, withApp, openApp, click as clickNow, typeInto as typeNow, replaceText, waitSettled, waitDrawn,
  appToday, wheelTo,
} from './harness.mjs';
import { openView } from './caseload.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const desk = { view: 'intake', viewport: { width: 1280, height: 800 } };
const VIEWPORT = desk.viewport;

// Brings the widget fully into view as a user would, with the mouse wheel over the panel it is
// in (the form and the queue on the left, the live result and triage on the right), then acts.
async function reach(page, id) {
  const x = /^(triage|intake\.risk\.match|intake\.risk\.none|intake\.risk\.version|intake\.match|intake\.saved)/.test(id) ? 1000 : 300;
  return wheelTo(page, id, { x, margin: 40, step: 150 });
}
// A widget below the fold is not drawn at all: once what was done before is on screen, scroll to it.
async function seen(page, id) { await waitDrawn(page); return reach(page, id); }
async function click(page, id) { await reach(page, id); await clickNow(page, id); }
async function typeInto(page, id, text) { await reach(page, id); await typeNow(page, id, text); }
const state = (page) => page.evaluate(() => window.appTest.state());
const rects = (page) => page.evaluate(() => window.appTest.rects());
const pad = (n) => String(n).padStart(2, '0');

// Waits until the widget's label is `label` (a command's result shows a frame or two later).
async function labelOf(page, id, label) {
  await page.waitForFunction(([i, l]) => {
    const r = window.appTest.rects()[i];
    return r && r.label === l;
  }, [id, label], { timeout: 5000 }).catch(() => {});
  return (await seen(page, id)).label;
}

// The app's today 75 years ago, dd.mm.åååå: Klara turns 75 today (the boundary counts). Should
// the day turn over while the test runs, she is still 75. On 29 February: the 28th (that year
// has no 29th), a day past the boundary.
async function seventyFiveToday(page) {
  const t = await appToday(page);
  const d = t.m === 2 && t.d === 29 ? 28 : t.d;
  return `${pad(d)}.${pad(t.m)}.${t.y - 75}`;
}

async function choose(page, combo, option) {
  await click(page, combo);
  await clickNow(page, option);
}

async function fillKlara(page) {
  await typeInto(page, 'intake.reporter_name', 'Dr. Lege Hansen');
  await typeInto(page, 'intake.reporter_role', 'fastlege');
  await choose(page, 'intake.reporter_service', 'intake.reporter_service.gp_message');
  await typeInto(page, 'intake.name', 'Klara Øvreås');
  await typeInto(page, 'intake.birth_date', await seventyFiveToday(page));
  await typeInto(page, 'intake.municipality', 'Lørensk');
  // The text handled (typeInto), and a frame drawn with the options for it.
  await waitDrawn(page);
  // The searchable list offers Lørenskog; choosing it writes the official name.
  const option = Object.keys(await rects(page)).find((id) => id.startsWith('intake.municipality.option.'));
  assert.ok(option, 'a municipality suggestion is shown');
  assert.match((await seen(page, option)).label, /^Lørenskog/);
  await clickNow(page, option);
  await typeInto(page, 'intake.observed', 'Sju innleggelser siste år, faller hjemme.');
  await click(page, 'intake.services.home_care');
  await click(page, 'intake.services.hospital');
  await typeInto(page, 'intake.risk.admissions_12m', '7');
  await choose(page, 'intake.risk.cfs', 'intake.risk.cfs.6');
  await click(page, 'intake.consent_referral');
  await click(page, 'intake.consent_sharing');
}

test('a GP reports Klara: the live screening names the criteria before saving, the queue triages her, and all of it survives a reload', async () => {
  await withApp(server, async (page) => {
    assert.match((await seen(page, 'intake.risk.none')).label, /Ingen regler/, 'nothing matches an empty form');
    await fillKlara(page);
    const match = await seen(page, 'intake.risk.match.ahus_inclusion');
    assert.match(match.label, /75 år \(minst 75\)/);
    assert.match(match.label, /7 innleggelser \(mer enn 6\)/);
    assert.match(match.label, /Lørenskog/);
    assert.equal((await rects(page))['intake.risk.none'], undefined);
    assert.equal((await state(page)).store.referrals.length, 0, 'nothing is saved before sending');

    await click(page, 'intake.submit');
    assert.match((await seen(page, 'intake.saved')).label, /Klara Øvreås/);
    await waitSettled(page);
    let store = (await state(page)).store;
    assert.equal(store.persons.length, 1);
    assert.equal(store.persons[0].municipality, 'Lørenskog');
    const referral = store.referrals[0];
    assert.equal(referral.reporter_service, 'gp_message');
    assert.deepEqual(referral.services_involved, ['home_care', 'hospital']);
    assert.equal(referral.screening.rule_set_version, 1);
    assert.equal(referral.screening.inputs.admissions_12m, 7);
    assert.equal(referral.screening.inputs.clinical_frailty, 6);
    assert.deepEqual(referral.screening.matches.map((m) => m.rule_id), ['ahus_inclusion']);
    assert.deepEqual(store.consents.map((c) => c.kind).sort(), ['referral', 'sharing']);
    // The form is empty again: sending it now says the name is missing.
    await click(page, 'intake.submit');
    assert.equal((await seen(page, 'intake.name.error')).label, 'Må fylles ut.');

    // The queue shows her with the matched criteria.
    await click(page, 'intake.saved.queue');
    const row = await seen(page, `queue.row.${referral.id}`);
    assert.match(row.label, /Klara Øvreås — .*75 år \(minst 75\); 7 innleggelser \(mer enn 6\); Lørenskog/);
    assert.equal((await seen(page, 'queue.count')).label, '1');

    // Triage: adult level, coordinator needed, a new practitioner from the register.
    await click(page, `queue.row.${referral.id}`);
    assert.match((await seen(page, 'triage.risk.match.ahus_inclusion')).label, /75 år \(minst 75\)/);
    await click(page, 'triage.level.adult_collaboration_several');
    await click(page, 'triage.needs_coordinator');
    await click(page, 'triage.needs_plan');
    await click(page, 'triage.needs_team');
    await click(page, 'triage.new_practitioner');
    await typeInto(page, 'triage.new_practitioner.name', 'Kari Koordinator');
    await typeInto(page, 'triage.new_practitioner.service', 'Koordinerende enhet');
    await click(page, 'triage.new_practitioner.add');
    assert.equal(await labelOf(page, 'triage.coordinator', 'Kari Koordinator'), 'Kari Koordinator');
    await click(page, 'triage.save');
    await seen(page, 'triage.done');
    assert.equal(await labelOf(page, 'triage.status', 'Under vurdering'), 'Under vurdering');
    await click(page, 'triage.status.accepted');
    assert.equal(await labelOf(page, 'triage.status', 'Tatt inn'), 'Tatt inn');
    // Newest first: accepted, then the triage with its coordinator.
    assert.match((await seen(page, 'triage.history.0')).label, /Tatt inn/);
    assert.match((await seen(page, 'triage.history.1')).label, /vurdert til Samarbeid, flere tjenester; koordinator Kari Koordinator/);
    await waitSettled(page);

    await openApp(page, server.url, 'queue');
    store = (await state(page)).store;
    const saved = store.referrals[0];
    assert.equal(saved.status, 'accepted');
    assert.equal(saved.triage.level, 'adult_collaboration_several');
    assert.equal(saved.triage.needs_plan, true);
    const kari = store.practitioners[0];
    assert.equal(saved.triage.coordinator, kari.id);
    const member = store.team_members.find((m) => m.coordinator);
    assert.equal(member.name, 'Kari Koordinator');
    assert.equal(member.practitioner, kari.id);
    assert.deepEqual(store.audit.map((a) => a.type),
      ['submit_referral', 'add_practitioner', 'triage_referral', 'set_referral_status']);
    // Accepted is no longer open: the default filter hides it, "accepted" shows it.
    assert.equal(await labelOf(page, 'queue.count', '0'), '0');
    await click(page, 'queue.filter.status.accepted');
    assert.match((await seen(page, `queue.row.${saved.id}`)).label, /Klara Øvreås/);
    // The decision is in her relay log.
    await click(page, `queue.row.${saved.id}`);
    await click(page, 'triage.open_person');
    // The overview shows the referral with the screening saved with it.
    assert.match((await seen(page, `person.referral.${saved.id}.risk.ahus_inclusion`)).label, /75 år \(minst 75\)/);
    await click(page, 'person.tab.relay_log');
    assert.match((await seen(page, 'relay_log.decision.0')).label, /Tatt inn/);
  }, desk);
});

test('an invalid identity number is refused beside the field and the rest of the form is kept', async () => {
  await withApp(server, async (page) => {
    await typeInto(page, 'intake.name', 'Morten Berg');
    await typeInto(page, 'intake.observed', 'Trenger hjelp med bolig og NAV.');
    await typeInto(page, 'intake.national_id', '12345678901');
    // Said as soon as the eleven digits are there, before sending.
    assert.match((await seen(page, 'intake.national_id.error')).label, /ikke gyldig/);
    await click(page, 'intake.consent_referral');
    await click(page, 'intake.submit');
    assert.match((await seen(page, 'intake.national_id.error')).label, /ikke gyldig/);
    await waitSettled(page);
    assert.equal((await state(page)).store.referrals.length, 0);
    // Nothing typed is lost: the draft holds the form, also after a reload.
    await openApp(page, server.url, 'intake');
    await click(page, 'intake.submit');
    assert.equal((await rects(page))['intake.name.error'], undefined, 'the name was kept');
    assert.match((await seen(page, 'intake.national_id.error')).label, /ikke gyldig/);
    // A birth date that contradicts a valid number is said beside the number.
    await reach(page, 'intake.national_id');
    await replaceText(page, 'intake.national_id', '15834910036');  // synthetic, born 15.03.1949
    await typeInto(page, 'intake.birth_date', '16.03.1949');
    assert.match((await seen(page, 'intake.national_id.error')).label, /passer ikke med fødselsdatoen/);
    await reach(page, 'intake.birth_date');
    await replaceText(page, 'intake.birth_date', '15.03.1949');
    await waitDrawn(page);
    assert.equal((await rects(page))['intake.national_id.error'], undefined);
    await click(page, 'intake.submit');
    await seen(page, 'intake.saved');
    await waitSettled(page);
    const store = (await state(page)).store;
    assert.equal(store.persons[0].name, 'Morten Berg');
    assert.equal(store.persons[0].national_id, '15834910036');
    assert.equal(store.referrals[0].observed, 'Trenger hjelp med bolig og NAV.');
  }, desk);
});

test('the draft survives switching views and reloading, and is cleared only by discarding', async () => {
  await withApp(server, async (page) => {
    await typeInto(page, 'intake.name', 'Pia Ødegård');
    await typeInto(page, 'intake.observed', 'Bekymring fra barnehagen.');
    await openView(page, 'queue');
    await openView(page, 'intake');
    await waitSettled(page);
    await openApp(page, server.url, 'intake');
    // The reloaded form still has the typed text: sending it now only lacks consent.
    await click(page, 'intake.submit');
    assert.equal((await seen(page, 'intake.consent_referral.error')).label,
      'Innmeldingen trenger samtykke fra personen (eller verge).');
    assert.equal((await rects(page))['intake.name.error'], undefined, 'the name was kept');
    assert.equal((await rects(page))['intake.observed.error'], undefined, 'what was seen was kept');
    await click(page, 'intake.discard');
    await waitSettled(page);
    await openApp(page, server.url, 'intake');
    await click(page, 'intake.submit');
    assert.equal((await seen(page, 'intake.name.error')).label, 'Må fylles ut.');
    assert.equal((await state(page)).store.persons.length, 0);
  }, desk);
});

test('Settings: switching on an example rule makes a new rule-set version that the form uses at once; a practitioner is added to the register', async () => {
  await withApp(server, async (page) => {
    await click(page, 'settings.rules.enabled.frailty_cfs5');
    await waitSettled(page);
    let store = (await state(page)).store;
    assert.equal(store.risk_rules.version, 2);
    assert.equal(store.risk_rules.rules.find((r) => r.id === 'frailty_cfs5').enabled, true);
    assert.equal(await labelOf(page, 'settings.rules.version', '2'), '2');

    await typeInto(page, 'settings.practitioners.new.name', 'Siri Sykepleier');
    await typeInto(page, 'settings.practitioners.new.service', 'Hjemmetjenesten');
    await click(page, 'settings.practitioners.new.submit');
    await waitSettled(page);
    store = (await state(page)).store;
    assert.deepEqual(store.practitioners.map((p) => [p.name, p.service, p.active]),
      [['Siri Sykepleier', 'Hjemmetjenesten', true]]);
    // The same name in the same service again is refused beside the field.
    await typeInto(page, 'settings.practitioners.new.name', 'siri sykepleier');
    await typeInto(page, 'settings.practitioners.new.service', 'Hjemmetjenesten');
    await click(page, 'settings.practitioners.new.submit');
    assert.equal((await seen(page, 'settings.practitioners.new.name.error')).label, 'Finnes allerede.');

    await openView(page, 'intake');
    await click(page, 'intake.risk.cfs');
    await clickNow(page, 'intake.risk.cfs.6');
    assert.match((await seen(page, 'intake.risk.match.frailty_cfs5')).label, /CFS 6 \(minst 5\)/);
    assert.match((await seen(page, 'intake.risk.version')).label, /2/);
  }, { view: 'settings', viewport: VIEWPORT });
});
