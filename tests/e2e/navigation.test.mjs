// Routes and the person's workspace: a list row opens the person, tabs show their part of the
// follow-up from the read side, and the overview's form edits the person through a command.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, withApp, click, typeInto, replaceText, rectOf, waitSaved } from './harness.mjs';
import { restoreFixture } from './caseload.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

const state = (page) => page.evaluate(() => window.appTest.state());

test('a person row opens the workspace; each tab shows that part of the follow-up', async () => {
  await withApp(server, async (page) => {
    await restoreFixture(page);
    const store = (await state(page)).store;
    const nurse = store.team_members.find((m) => m.name === 'Siri Sykepleier');
    const conversation = store.psfs_conversations[0];

    await click(page, 'persons.row.1');
    assert.equal((await rectOf(page, 'person.name')).label, 'Klara Nilsen');
    assert.match((await rectOf(page, 'person.summary')).label, /15\.03\.1949 .* Kinn .* Koordinator: Siri Sykepleier/);
    assert.match((await rectOf(page, `person.referral.${store.referrals[0].id}`)).label, /10\.01\.2024 .* Under vurdering/);

    await click(page, 'person.tab.team');
    assert.equal((await rectOf(page, `team.member.${nurse.id}`)).label, 'Siri Sykepleier');
    await click(page, 'person.tab.plan');
    assert.equal((await rectOf(page, `plan.goal.${store.goals[0].id}`)).label, 'Gå tur til butikken');
    await click(page, 'person.tab.psfs');
    // 3 + 2 + 5 over three activities: the average 3,3 with a decimal comma.
    assert.equal((await rectOf(page, `psfs.table.total.${conversation.id}`)).label, '10');
    assert.equal((await rectOf(page, `psfs.table.average.${conversation.id}`)).label, '3,3');
    await click(page, 'person.tab.relay_log');
    assert.equal((await rectOf(page, `relay_log.entry.${store.relay_log[0].id}`)).label, 'Mer svimmel enn før.');

    // Back to the list, and the other person opens on the overview, not on the last tab.
    await click(page, 'person.back');
    await click(page, 'persons.row.2');
    assert.equal((await rectOf(page, 'person.name')).label, 'Morten «Æøå» Berg');
    assert.ok((await page.evaluate(() => window.appTest.rects()))['person.edit.open']);
  });
});

test('the overview edits the person: a bad date is refused beside the field, a good edit is saved', async () => {
  await withApp(server, async (page) => {
    await restoreFixture(page);
    const before = (await state(page)).store;
    await click(page, 'persons.row.1');
    await click(page, 'person.edit.open');
    assert.equal((await rectOf(page, 'person.edit.name')).label, undefined);

    await replaceText(page, 'person.edit.birth_date', '31.02.1949');
    await click(page, 'person.edit.submit');
    assert.match((await rectOf(page, 'person.edit.birth_date.error')).label, /dd\.mm\.åååå/);
    assert.deepEqual((await state(page)).store.persons, before.persons);

    await replaceText(page, 'person.edit.birth_date', '15.03.1949');
    await replaceText(page, 'person.edit.municipality', 'Sogndal');
    await click(page, 'person.edit.submit');
    await rectOf(page, 'person.edit.saved');
    await waitSaved(page);
    const after = (await state(page)).store;
    assert.equal(after.persons[0].municipality, 'Sogndal');
    assert.equal(after.persons[0].birth_date, '1949-03-15');
    const last = after.audit[after.audit.length - 1];
    assert.equal(last.type, 'update_person');
    // Made on this device: its id space is device << 32, an exact JavaScript number.
    assert.ok(last.device >= 1 && last.device < 2 ** 21, `device ${last.device}`);
    assert.match((await rectOf(page, 'person.summary')).label, /Sogndal/);
  });
});

test('a person registered on this device gets an id from its own counter, kept across a reload', async () => {
  await withApp(server, async (page) => {
    await typeInto(page, 'persons.new.name', 'Pia Nilsen');
    await click(page, 'persons.new.submit');
    await waitSaved(page);
    const first = (await state(page)).store;
    const device = first.audit[0].device;
    assert.equal(first.persons[0].id, device * 2 ** 32 + 1);
    assert.deepEqual(first.id_counters, [{ device, last: 1 }]);
    await page.reload();
    await page.waitForFunction(() => window.appTest && window.appTest.ready());
    await typeInto(page, 'persons.new.name', 'Kasper Nilsen');
    await click(page, 'persons.new.submit');
    await waitSaved(page);
    const second = (await state(page)).store;
    assert.equal(second.persons[1].id, device * 2 ** 32 + 2);
    assert.ok((await page.evaluate(() => window.appTest.rects()))[`persons.row.${second.persons[1].id}`]);
  });
});

test('an address naming a view opens it, also the audit trail that is reached from Settings; not the workspace, which needs a person', async () => {
  await withApp(server, async (page) => {
    await rectOf(page, 'persons.search');
    await page.goto(server.url + '?test&view=audit');
    await page.waitForFunction(() => window.appTest && window.appTest.ready(), null, { timeout: 30000 });
    await rectOf(page, 'audit.search');
    await page.goto(server.url + '?test&view=person');
    await page.waitForFunction(() => window.appTest && window.appTest.ready(), null, { timeout: 30000 });
    await rectOf(page, 'intake.name');  // the first view, as for an address naming no view
    const drawn = Object.keys(await page.evaluate(() => window.appTest.rects()));
    assert.deepEqual(drawn.filter((id) => id.startsWith('person.')), []);  // no workspace, not even "not found"
  });
});
