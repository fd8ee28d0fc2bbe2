// Sync (#21), the part that talks to the server: js/couch.js against a real CouchDB-protocol
// server (PouchDB Server, in memory, started here), reached through the page's own origin as
// docs/SYNC.md tells a municipality to deploy it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, startSyncServer, withApp } from './harness.mjs';

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
