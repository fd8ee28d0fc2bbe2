// Sync (#21), the part that talks to the server: js/couch.js against a real CouchDB-protocol
// server (PouchDB Server, in memory, started here), reached through the page's own origin as
// docs/SYNC.md tells a municipality to deploy it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, startSyncServer, withApp, launch, openApp, createPerson, waitSaved, rectOf, nextFrames,
  reveal, click as clickNow, typeInto as typeNow, replaceText } from './harness.mjs';

let couch;
let server;
before(async () => {
  couch = await startSyncServer();
  server = await startServer(undefined, { syncServer: couch.url });
});
after(() => {
  server.stop();
  couch.stop();
});

// Runs `body` (a function's source, given the client's config) in the page; resolves to its
// result, or {error: kind, detail} for a CouchError.
function inPage(page, config, body) {
  return page.evaluate(async ([c, source]) => {
    const client = window.oppCouch.client(c);
    try {
      return await (new Function('client', 'return (async () => {' + source + '})()'))(client);
    } catch (e) {
      if (e instanceof window.oppCouch.CouchError) return { error: e.kind, detail: e.detail };
      throw e;
    }
  }, [config, body]);
}

test('sealed documents go to the server through the page\'s origin, once each, and come back by feed position', async () => {
  await withApp(server, async (page) => {
    const config = { url: server.url + 'couch', database: 'kinn-oppfolging', user: '', password: '' };
    const opened = await inPage(page, config, 'return client.open(true);');
    assert.equal(opened.db_name, 'kinn-oppfolging');
    const docs = [1, 2, 3].map((n) => ({ _id: `change-00001a-018e0e0e450${n}-00000000`, type: 'change', sealed: 'AAAA' + n }));
    assert.equal(await inPage(page, config, `return client.push(${JSON.stringify(docs)});`), 3);
    // Sent again (an answer that was lost): already there, counted as stored, nothing doubled.
    assert.equal(await inPage(page, config, `return client.push(${JSON.stringify(docs)});`), 3);
    const first = await inPage(page, config, 'return client.pull("0");');
    assert.deepEqual(first.docs.map((d) => d._id), docs.map((d) => d._id));
    assert.equal(first.docs[0].sealed, 'AAAA1');
    assert.equal(first.more, false);
    const later = { _id: 'change-00001a-018e0e0e4509-00000000', type: 'change', sealed: 'BBBB' };
    await inPage(page, config, `return client.push([${JSON.stringify(later)}]);`);
    const next = await inPage(page, config, `return client.pull(${JSON.stringify(first.lastSeq)});`);
    assert.deepEqual(next.docs.map((d) => d._id), [later._id]);
    // A feed read in pages: `more` until the last page.
    const paged = await inPage(page, config, 'return client.pull("0", 2);');
    assert.equal(paged.docs.length, 2);
    assert.equal(paged.more, true);
    // Documents by id (the team's base parts are fetched so).
    const got = await inPage(page, config, `return client.get(["${docs[1]._id}", "base-000001"]);`);
    assert.deepEqual(got.map((d) => d._id), [docs[1]._id]);
    // The server holds what it was given and nothing else.
    const all = await (await fetch(couch.url + 'kinn-oppfolging/_all_docs')).json();
    assert.equal(all.total_rows, 4);
  });
});

test('a server the page\'s policy does not allow is refused before any request is made, saying which', async () => {
  await withApp(server, async (page) => {
    const requested = [];
    page.on('request', (r) => { if (r.url().startsWith(couch.url)) requested.push(r.url()); });
    const refused = await inPage(page, { url: couch.url, database: 'kinn-oppfolging' }, 'return client.open(true);');
    assert.deepEqual(refused, { error: 'blocked', detail: couch.url.replace(/\/$/, '') });
    assert.deepEqual(requested, []);
    // The policy's own words decide: 'self' allows the page's origin, a named origin allows itself.
    const allowed = await page.evaluate((u) => [
      window.oppCouch.connectAllowed(location.origin + '/couch/x/'),
      window.oppCouch.connectAllowed(u),
      window.oppCouch.connectAllowed(u, ["'self'", u.replace(/\/$/, '')]),
      window.oppCouch.connectAllowed('https://couch.kinn.kommune.no/db/', ["'self'", 'https://couch.kinn.kommune.no']),
      window.oppCouch.connectAllowed('https://couch.kinn.kommune.no/db/', ['https:']),
      window.oppCouch.connectAllowed('http://couch.kinn.kommune.no/db/', ['https://couch.kinn.kommune.no']),
    ], couch.url);
    assert.deepEqual(allowed, [true, false, true, true, true, false]);
  });
});

test('a server that cannot be reached, and a database that cannot be made, are told apart', async () => {
  const nowhere = await startServer(undefined, { syncServer: 'http://127.0.0.1:9/' });
  try {
    await withApp(nowhere, async (page) => {
      const unreachable = await inPage(page, { url: nowhere.url + 'couch', database: 'kinn' }, 'return client.open(true);');
      assert.equal(unreachable.error, 'unreachable');
      assert.match(unreachable.detail, /^502/);
      // No CouchDB at this address at all: the app's own static server says 404, and refuses PUT.
      const missing = await inPage(page, { url: nowhere.url + 'no-couch-here', database: 'kinn' }, 'return client.open(true);');
      assert.equal(missing.error, 'no_database');
    });
  } finally {
    nowhere.stop();
  }
});

test('a round as the app asks for it: start a team, a second start refused, join, then sync from the feed position', async () => {
  await withApp(server, async (page) => {
    const config = { url: server.url + 'couch', database: 'suldal-team', user: '', password: '' };
    const run = (request) => page.evaluate((r) => window.oppCouch.run(r), request);
    const base = { _id: 'base-000001', type: 'base', v: 1, part: 1, parts: 1, sealed: 'QkFTRQ==' };
    const change = (n) => ({ _id: `change-000007-018e0e0e45${n}-00000000`, type: 'change', v: 1, sealed: 'Qw' + n });
    const started = await run({ op: 'start', config, push: [base, change(10)], since: '0' });
    assert.equal(started.ok, true, JSON.stringify(started));
    assert.equal(started.pushed, 2);
    assert.deepEqual(started.docs.map((d) => d._id), [base._id, change(10)._id]);
    // The database has a team now: starting another there is refused, saying so.
    assert.deepEqual(await run({ op: 'start', config, push: [base], since: '0' }),
      { ok: false, kind: 'team_exists', detail: 'suldal-team' });
    // Joining: the base's parts and the whole feed; nothing is sent.
    const joined = await run({ op: 'join', config, push: [change(99)], since: '5' });
    assert.equal(joined.ok, true);
    assert.deepEqual(joined.base.map((d) => d._id), [base._id]);
    assert.deepEqual(joined.docs.map((d) => d._id), [base._id, change(10)._id]);
    assert.equal(joined.pushed, 0);
    // A sync sends its changes (in batches of 500) and reads on from its position.
    const many = Array.from({ length: 1200 }, (_, i) => change(1000 + i));
    const synced = await run({ op: 'sync', config, push: many, since: started.since });
    assert.equal(synced.ok, true);
    assert.equal(synced.pushed, 1200);
    assert.equal(synced.docs.length, 1200);
    assert.equal(synced.docs[0]._id, many[0]._id);
    const quiet = await run({ op: 'sync', config, push: [], since: synced.since });
    assert.deepEqual([quiet.ok, quiet.docs.length], [true, 0]);
    // No team to join in another database, and a database that does not exist is not made by a sync.
    const empty = { ...config, database: 'tomt' };
    assert.equal((await run({ op: 'start', config: { ...config, database: 'tomt-team' }, push: [], since: '0' })).ok, true);
    assert.deepEqual(await run({ op: 'join', config: { ...config, database: 'tomt-team' }, push: [], since: '0' }),
      { ok: false, kind: 'no_team', detail: 'tomt-team' });
    assert.equal((await run({ op: 'sync', config: empty, push: [], since: '0' })).kind, 'no_database');
  });
});

// Settings is taller than the window: scroll a widget into view before using it. (Frames, not
// waitDrawn: a sync under way keeps settled() false until the server answers.)
async function click(page, id) { await nextFrames(page, 2); await reveal(page, id); await clickNow(page, id); }
async function typeInto(page, id, text) { await nextFrames(page, 2); await reveal(page, id); await typeNow(page, id, text); }
const label = async (page, id) => (await reveal(page, id)).label || '';
async function waitLabel(page, id, pattern, timeout = 20000) {
  await page.waitForFunction(([i, p]) => new RegExp(p).test((window.appTest.rects()[i] || {}).label || ''),
    [id, pattern.source], { timeout });
}
const store = (page) => page.evaluate(() => window.appTest.state().store);
const names = async (page) => (await store(page)).persons.map((p) => p.name).sort();

async function device() {
  const b = await launch();
  const page = await b.context.newPage();
  await openApp(page, server.url, 'persons');
  return { ...b, page };
}
async function fillServer(page, database) {
  await page.evaluate(() => {}); // the form is in Settings
  await click(page, 'nav.settings');
  await typeInto(page, 'sync.url', server.url + 'couch');
  await typeInto(page, 'sync.database', database);
}
// Renames the person's municipality through the workspace's form, as a user does.
async function setMunicipality(page, id, municipality) {
  await click(page, 'nav.persons');
  await click(page, `persons.row.${id}`);
  await click(page, 'person.edit.open');
  await reveal(page, 'person.edit.municipality');
  await replaceText(page, 'person.edit.municipality', municipality);
  await click(page, 'person.edit.submit');
  await rectOf(page, 'person.edit.saved');
  await waitSaved(page);
}

test('two devices and a server: both edit offline, both sync, both show the same store; the server holds no name; a third device joins; a wrong passphrase is refused', { timeout: 240000 }, async () => {
  const database = 'kinn-team';
  const keyDir = mkdtempSync(path.join(tmpdir(), 'opp-key-'));
  const a = await device();
  const b = await device();
  let c = null;
  try {
    // A has data from before; it starts the team.
    await createPerson(a.page, { name: 'Klara Øvreås', nationalId: '15837510047' });  // synthetic (month + 80)
    await waitSaved(a.page);
    await fillServer(a.page, database);
    await click(a.page, 'sync.start');
    await waitLabel(a.page, 'sync.message', /startet på serveren/);
    await waitLabel(a.page, 'sync.status', /Sist synkronisert/);
    // Syncing, a restore from a backup would part this device from the team: it is off, and said.
    assert.match(await label(a.page, 'settings.backup.import.syncing'), /synkroniserer med et team/);
    const chooser = a.page.waitForEvent('filechooser', { timeout: 2000 }).then(() => true, () => false);
    await click(a.page, 'settings.backup.import');
    assert.equal(await chooser, false);
    // The key for the next device, under a passphrase.
    await click(a.page, 'sync.key.export');
    await typeInto(a.page, 'sync.export.passphrase', 'fjord og fjell i Kinn');
    await typeInto(a.page, 'sync.export.confirm', 'fjord og fjell i Kinn');
    const download = a.page.waitForEvent('download');
    await click(a.page, 'sync.export.submit');
    const keyFile = path.join(keyDir, 'teamnokkel.json');
    await (await download).saveAs(keyFile);
    await waitSaved(a.page);

    // B joins: a wrong passphrase first, refused beside the field; then the right one.
    const join = async (page, passphrase) => {
      const chooser = page.waitForEvent('filechooser');
      await click(page, 'sync.key.import');
      await (await chooser).setFiles(keyFile);
      await typeInto(page, 'sync.join.passphrase', passphrase);
      await click(page, 'sync.join.submit');
    };
    await createPerson(b.page, { name: 'Gammel Testperson' });  // B's own data is replaced by the team's
    await fillServer(b.page, database);
    await join(b.page, 'feil passordfrase her');
    assert.match(await label(b.page, 'sync.join.passphrase.error'), /Feil passordfrase/);
    assert.match(await label(b.page, 'sync.status'), /Synkroniserer ikke/);
    await click(b.page, 'sync.join.cancel');
    await join(b.page, 'fjord og fjell i Kinn');
    await waitLabel(b.page, 'sync.message', /med i teamet/);
    await waitSaved(b.page);
    assert.deepEqual(await names(b.page), ['Klara Øvreås']);
    const klara = (await store(b.page)).persons[0].id;

    // Both offline: each registers a person and changes Klara's municipality (B later).
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await click(a.page, 'nav.persons');
    await createPerson(a.page, { name: 'Morten Lie' });
    await setMunicipality(a.page, klara, 'Sogndal');
    await click(b.page, 'nav.persons');
    await createPerson(b.page, { name: 'Kari Nordmann' });
    await setMunicipality(b.page, klara, 'Florø');
    await click(b.page, 'nav.settings');
    await click(b.page, 'sync.now');
    await waitLabel(b.page, 'sync.status', /kontakt/);  // offline: said, and the changes wait
    assert.match(await label(b.page, 'sync.status'), /sendes når forbindelsen er tilbake/);

    // Online again: both sync (A first, then B, then A to hear B).
    await a.context.setOffline(false);
    await b.context.setOffline(false);
    for (const page of [a.page, b.page, a.page]) {
      await click(page, 'nav.settings');
      await click(page, 'sync.now');
      await waitSaved(page, 20000);
      await waitLabel(page, 'sync.status', /Sist synkronisert .*; 0 endringer venter/);
    }
    const storeA = await store(a.page);
    const storeB = await store(b.page);
    assert.deepEqual(storeA, storeB);
    assert.deepEqual(await names(a.page), ['Kari Nordmann', 'Klara Øvreås', 'Morten Lie']);
    assert.equal(storeA.persons.find((p) => p.id === klara).municipality, 'Florø');  // the later edit
    assert.equal(storeA.persons.find((p) => p.id === klara).national_id, '15837510047');
    assert.equal(storeA.audit.filter((e) => e.type === 'update_person').length, 2);  // both in the history
    await a.page.screenshot({ path: path.join(process.env.OPP_SHOTS || keyDir, 'sync-settings.png') });

    // The server holds only ciphertext: no name, municipality or identity of anyone.
    const onServer = await (await fetch(couch.url + database + '/_all_docs?include_docs=true')).text();
    for (const secret of ['Klara', 'Øvreås', '\\u00d8vre', '15837510047', 'Morten', 'Kari', 'Sogndal', 'Florø', 'Flor\\u00f8',
      'update_person', 'create_person', 'Device', 'municipality']) {
      assert.equal(onServer.includes(secret), false, secret);
    }
    // The base (one part, with Klara) and the four changes made offline.
    assert.deepEqual(JSON.parse(onServer).rows.map((r) => r.doc.type).sort(), ['base', 'change', 'change', 'change', 'change']);

    // A third device joins with the key and gets everything.
    c = await device();
    await fillServer(c.page, database);
    await join(c.page, 'fjord og fjell i Kinn');
    await waitLabel(c.page, 'sync.message', /med i teamet/);
    await waitSaved(c.page);
    assert.deepEqual(await store(c.page), storeA);
    // And keeps it across a reload, still syncing.
    await c.page.reload();
    await openApp(c.page, server.url, 'settings');
    assert.deepEqual(await store(c.page), storeA);
    assert.match(await label(c.page, 'sync.status'), /Ikke synkronisert ennå|Sist synkronisert/);
  } finally {
    await a.close();
    await b.close();
    if (c) await c.close();
  }
});

test('Settings → Sync with a server the page\'s policy does not allow: said plainly, and the device does not sync', { timeout: 60000 }, async () => {
  const a = await device();
  try {
    await click(a.page, 'nav.settings');
    await click(a.page, 'sync.start');  // nothing filled in: refused beside the fields
    assert.match(await label(a.page, 'sync.url.error'), /\S/);
    assert.match(await label(a.page, 'sync.database.error'), /\S/);
    await typeInto(a.page, 'sync.url', couch.url);  // another origin than the app's
    await typeInto(a.page, 'sync.database', 'kinn-team-2');
    await click(a.page, 'sync.start');
    await waitLabel(a.page, 'sync.message', /sikkerhetsregler/);
    assert.match(await label(a.page, 'sync.message'), /connect-src/);
    await waitSaved(a.page);
    assert.match(await label(a.page, 'sync.status'), /sikkerhetsregler/);
    assert.ok(await rectOf(a.page, 'sync.start'));  // not syncing: the team can be started again
    const databases = await (await fetch(couch.url + '_all_dbs')).json();
    assert.equal(databases.includes('kinn-team-2'), false);

    // Through the page's origin it works: another team, with its own key.
    await reveal(a.page, 'sync.url');
    await replaceText(a.page, 'sync.url', server.url + 'couch');
    await click(a.page, 'sync.start');
    await waitLabel(a.page, 'sync.message', /startet på serveren/);
    await click(a.page, 'sync.key.export');
    await typeInto(a.page, 'sync.export.passphrase', 'en annen teamnøkkel');
    await typeInto(a.page, 'sync.export.confirm', 'en annen teamnøkkel');
    const download = a.page.waitForEvent('download');
    await click(a.page, 'sync.export.submit');
    const otherKey = path.join(mkdtempSync(path.join(tmpdir(), 'opp-key-')), 'annen.json');
    await (await download).saveAs(otherKey);

    // That key does not open the first team's database: refused, saying so, and nothing changes.
    const d = await device();
    try {
      await createPerson(d.page, { name: 'Egen Person' });
      await waitSaved(d.page);
      await fillServer(d.page, 'kinn-team');
      const chooser = d.page.waitForEvent('filechooser');
      await click(d.page, 'sync.key.import');
      await (await chooser).setFiles(otherKey);
      await typeInto(d.page, 'sync.join.passphrase', 'en annen teamnøkkel');
      await click(d.page, 'sync.join.submit');
      await waitLabel(d.page, 'sync.message', /kan ikke åpnes med teamets nøkkel/);
      assert.match(await label(d.page, 'sync.status'), /kan ikke åpnes/);
      assert.deepEqual(await names(d.page), ['Egen Person']);
      assert.ok(await rectOf(d.page, 'sync.start'));  // not syncing
    } finally {
      await d.close();
    }
  } finally {
    await a.close();
  }
});
