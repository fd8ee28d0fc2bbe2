// Storage in the real browser: what IndexedDB holds, and start-up with a damaged file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { boardBackupOf } from './board_caseload.mjs';
import {
  idbFiles, startServer, openApp, withApp, createPerson, waitSaved, waitDrawn, rectOf, launch, nextFrames, click as clickNow,
  typeInto as typeNow, replaceText, reveal, appToday,
} from './harness.mjs';

// Settings is taller than the window: scroll a widget into view before using it. (Frames, not
// waitDrawn: some tests here keep a save from finishing, and settled() with it.)
async function click(page, id) { await nextFrames(page, 2); await reveal(page, id); await clickNow(page, id); }
async function typeInto(page, id, text) { await nextFrames(page, 2); await reveal(page, id); await typeNow(page, id, text); }

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());


function idbOverwrite(page, key, text) {
  return page.evaluate(([k, t]) => new Promise((resolve, reject) => {
    const open = indexedDB.open('/data');
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['FILE_DATA'], 'readwrite');
      const store = tx.objectStore('FILE_DATA');
      const get = store.get(k);
      get.onsuccess = () => {
        const entry = get.result;
        entry.contents = new TextEncoder().encode(t);
        entry.timestamp = new Date();
        store.put(entry, k);
      };
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), [key, text]);
}

async function register(page, name) {
  await createPerson(page, { name });
  await waitSaved(page);
}

test('each change is saved as a small encrypted journal segment in IndexedDB: nothing personal is readable', async () => {
  await withApp(server, async (page) => {
    await register(page, 'Klara Øvreås');
    await createPerson(page, { name: 'Morten Lie', nationalId: '15837510047', municipality: 'Kinn' });
    await waitSaved(page);
    const files = await idbFiles(page);
    const journals = Object.keys(files).filter((k) => /\/data\/journal-\d+-\d+\.json$/.test(k)).sort();
    assert.equal(journals.length, 2, Object.keys(files).join(', '));
    for (const k of journals) {
      assert.ok(files[k].startsWith('OPPENC01'), `${k} is not sealed: ${files[k].slice(0, 40)}`);
      assert.ok(files[k].length < 450, `${k} is ${files[k].length} bytes`);
    }
    assert.ok(Object.keys(files).includes('/data/key.json'));
    const everything = Object.values(files).join('\n');
    for (const secret of ['Klara', 'Øvreås', 'Morten', '15837510047', 'Kinn', 'create_person']) {
      assert.ok(!everything.includes(secret), `${secret} is readable in IndexedDB`);
    }
    // And the app reads it back after a reload.
    await page.reload();
    await openApp(page, server.url);
    const state = await page.evaluate(() => window.appTest.state());
    assert.deepEqual(state.store.persons.map((p) => p.name), ['Klara Øvreås', 'Morten Lie']);
  });
});

test('a damaged journal segment: the app starts with what it could read, says so, and keeps the file', async () => {
  await withApp(server, async (page) => {
    await register(page, 'Klara Øvreås');
    await register(page, 'Morten Lie');
    const journals = Object.keys(await idbFiles(page)).filter((k) => k.includes('/journal-')).sort();
    await idbOverwrite(page, journals[1], '{"seq":2,"at":"2026-11-23T1');  // torn mid-write

    await page.reload();
    await openApp(page, server.url);
    const banner = await rectOf(page, 'storage.recovered');
    assert.match(banner.label, /kunne ikke leses/);
    const state = await page.evaluate(() => window.appTest.state());
    assert.deepEqual(state.store.persons.map((p) => p.name), ['Klara Øvreås']);
    // Still usable: a new change is saved, and the damaged file is kept aside, not deleted.
    await register(page, 'Pia Berg');
    const files = await idbFiles(page);
    // Once the new generation holds what was read, the torn segment is set aside under corrupt-…,
    // where pruning never reaches.
    assert.ok(Object.entries(files).some(([k, text]) => /\/data\/corrupt-journal-/.test(k) && text === '{"seq":2,"at":"2026-11-23T1'),
      Object.keys(files).join(', '));
    // The recovery was written as a new generation (a snapshot), so the next start is clean.
    assert.ok(Object.keys(files).some((k) => /\/data\/snapshot-\d+\.json$/.test(k)));
    await page.reload();
    await openApp(page, server.url);
    const after = await page.evaluate(() => window.appTest.state());
    assert.deepEqual(after.store.persons.map((p) => p.name), ['Klara Øvreås', 'Pia Berg']);
    assert.equal((await page.evaluate(() => window.appTest.rects()))['storage.recovered'], undefined);
  });
});

test('a failed save is shown, kept, and retried until it succeeds', async () => {
  await withApp(server, async (page) => {
    // IndexedDB refuses the next write (as with a full disk).
    await page.evaluate(() => {
      const original = FS.syncfs;
      let failures = 1;
      FS.syncfs = (populate, callback) => {
        if (!populate && failures > 0) {
          failures -= 1;
          setTimeout(() => callback(new Error('UnknownError: disk I/O failed')), 0);
          return;
        }
        original.call(FS, populate, callback);
      };
    });
    await createPerson(page, { name: 'Klara Øvreås' });
    const failed = await page.waitForFunction(() => {
      const r = window.appTest.rects()['status.save'];
      return r && /Lagring feilet/.test(r.label) ? r.label : null;
    });
    assert.match(await failed.jsonValue(), /UnknownError: disk I\/O failed.*lagres på nytt/);
    assert.equal(await page.evaluate(() => window.appTest.saved()), false);
    await waitSaved(page);  // the retry
    await page.waitForFunction(() =>
      window.appTest.rects()['status.save'].label === 'Alle endringer er lagret på denne enheten.');
    await page.reload();
    await openApp(page, server.url);
    const state = await page.evaluate(() => window.appTest.state());
    assert.deepEqual(state.store.persons.map((p) => p.name), ['Klara Øvreås']);
  });
});

test('when IndexedDB cannot be read at start, the app says so, nothing stored changes, and «Prøv igjen» loads it once it can', async () => {
  const b = await launch();
  try {
    const first = await b.context.newPage();
    await openApp(first, server.url);
    await register(first, 'Klara Øvreås');
    const before = await idbFiles(first);
    assert.ok(Object.keys(before).some((k) => /\/data\/journal-/.test(k)));
    await first.close();
    // The next start cannot open the app's database: FS.syncfs(true) fails.
    const broken = await b.context.newPage();
    await broken.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      window.__restoreOpen = () => { IDBFactory.prototype.open = open; };
      IDBFactory.prototype.open = function (name, ...rest) {
        if (name === '/data') throw new DOMException('simulated: the database cannot be opened', 'UnknownError');
        return open.call(this, name, ...rest);
      };
    });
    await broken.goto(server.url + '?test');
    await broken.waitForFunction(() => window.appTest && window.Module && Module.calledRun &&
      window.appTest.rects()['storage.load_failed'], null, { timeout: 30000 });
    assert.equal((await broken.evaluate(() => window.appTest.rects()))['persons.new.name'], undefined);  // no form to type into
    await nextFrames(broken, 30);
    // Unchanged while it could not read.
    await broken.evaluate(() => window.__restoreOpen());
    assert.deepEqual(await idbFiles(broken), before);
    // The database is back: «Prøv igjen» loads it, in the same tab.
    const retry = (await broken.evaluate(() => window.appTest.rects()))['storage.load_failed.retry'];
    await broken.mouse.click(retry.x + retry.w / 2, retry.y + retry.h / 2);
    await broken.waitForFunction(() => window.appTest.ready(), null, { timeout: 30000 });
    const state = await broken.evaluate(() => window.appTest.state());
    assert.deepEqual(state.store.persons.map((p) => p.name), ['Klara Øvreås']);
    assert.deepEqual(await idbFiles(broken), before);
  } finally {
    await b.close();
  }
});

test('while a save is being written to IndexedDB, the next change waits: no file changes before the callback', async () => {
  await withApp(server, async (page) => {
    await register(page, 'Klara Øvreås');
    // From now on each FS.syncfs(false) does its work, but its callback waits until released.
    await page.evaluate(() => {
      const real = FS.syncfs.bind(FS);
      window.__held = [];
      FS.syncfs = (populate, callback) => {
        if (populate) return real(populate, callback);
        return real(false, (err) => { window.__held.push(() => callback(err)); });
      };
    });
    const memfs = () => page.evaluate(() => FS.readdir('/data').filter((n) => n !== '.' && n !== '..').sort());
    await createPerson(page, { name: 'Morten Lie' });
    await page.waitForFunction(() => window.__held.length === 1);
    const during = await memfs();
    // Committed while the first sync is in flight (so settled() stays false: no waiting for it).
    await createPerson(page, { name: 'Pia Berg' }, { settle: false });
    await nextFrames(page, 20);
    assert.deepEqual(await memfs(), during, 'a file changed before the sync callback');
    // The files are encrypted: count the journal segments (one per change) instead of reading them.
    const journals = async () => Object.keys(await idbFiles(page)).filter((k) => k.includes('/journal-')).length;
    assert.equal(await journals(), 2);  // Klara's and Morten's, not Pia's
    // Released: the waiting change is written and synced in its turn.
    await page.evaluate(() => window.__held.splice(0).forEach((f) => f()));
    await page.waitForFunction(() => window.__held.length === 1);
    assert.notDeepEqual(await memfs(), during);
    await page.evaluate(() => window.__held.splice(0).forEach((f) => f()));
    await waitSaved(page);
    assert.equal(await journals(), 3);
    const state = await page.evaluate(() => window.appTest.state());
    assert.deepEqual(state.store.persons.map((p) => p.name), ['Klara Øvreås', 'Morten Lie', 'Pia Berg']);
  });
});

test('the status bar reminds of a backup: none yet, made in one click, and again when it is old', async () => {
  await withApp(server, async (page) => {
    const rects = () => page.evaluate(() => window.appTest.rects());
    assert.equal((await rects())['backup.reminder'], undefined);  // nothing stored, nothing to lose
    await register(page, 'Klara Øvreås');
    assert.equal((await rectOf(page, 'backup.reminder')).label, 'Ingen sikkerhetskopi er laget på denne enheten.');
    // «Lag sikkerhetskopi nå» opens the encrypted backup (a plaintext one only by explicit choice).
    await click(page, 'backup.reminder.make');
    await typeInto(page, 'settings.backup.encrypt.passphrase', 'kopi til skapet 2026');
    await typeInto(page, 'settings.backup.encrypt.confirm', 'kopi til skapet 2026');
    const download = page.waitForEvent('download');
    await click(page, 'settings.backup.encrypt.create');
    assert.match((await download).suggestedFilename(), /^oppfolging-sikkerhetskopi-\d{4}-\d{2}-\d{2}\.kryptert\.json$/);
    await waitDrawn(page);
    assert.equal((await rects())['backup.reminder'], undefined);
    // Ten days on (the remembered time moved back to noon of the app's day ten days ago, and the
    // app opened again): it asks again, saying how old the backup is, in days of the app's
    // calendar; 11 should the day turn over before it looks.
    const made = (await appToday(page)).day - 10;
    await page.evaluate((day) => localStorage.setItem('opp.backup.last_ms', String(day * 86400000 + 43200000)), made);
    await openApp(page, server.url);
    const reminder = (await rectOf(page, 'backup.reminder')).label;
    const old = [10, (await appToday(page)).day - made].map((n) => `Siste sikkerhetskopi er ${n} dager gammel.`);
    assert.ok(old.includes(reminder), `${reminder} (expected ${old[0]})`);
    // Set to remind after 30 days in Settings: quiet again.
    await click(page, 'nav.settings');
    await waitDrawn(page);
    await reveal(page, 'settings.backup.reminder_days');
    await replaceText(page, 'settings.backup.reminder_days', '30');
    await page.keyboard.press('Enter');
    await waitDrawn(page);
    assert.equal(await page.evaluate(() => localStorage.getItem('opp.backup.reminder_days')), '30');
    assert.equal((await rects())['backup.reminder'], undefined);
  });
});

test('a full browser storage is said plainly, offers a backup, loses nothing, and saves once there is room', async () => {
  await withApp(server, async (page) => {
    await register(page, 'Klara Øvreås');
    // IndexedDB refuses every write for want of space, as a full disk or a small quota does.
    await page.evaluate(() => {
      const real = FS.syncfs.bind(FS);
      window.__full = true;
      FS.syncfs = (populate, callback) => {
        if (populate || !window.__full) return real(populate, callback);
        setTimeout(() => callback(new DOMException('The quota has been exceeded.', 'QuotaExceededError')), 0);
      };
    });
    await createPerson(page, { name: 'Morten Lie' });
    // «Lagrer …» first, while the refused write is under way; then the failure.
    await page.waitForFunction(() => /Lagringsplassen er full/.test((window.appTest.rects()['status.save'] || {}).label),
      null, { timeout: 10000 });
    assert.match((await rectOf(page, 'storage.quota')).label, /Ingen endring er tapt/);
    assert.equal(await page.evaluate(() => window.appTest.saved()), false);
    assert.deepEqual((await page.evaluate(() => window.appTest.state())).store.persons.map((p) => p.name),
      ['Klara Øvreås', 'Morten Lie']);
    // The offered backup is the encrypted one.
    await click(page, 'storage.quota.backup');
    await reveal(page, 'settings.backup.encrypt.passphrase');
    // Room again: the kept change is saved by the retry, and survives a reload.
    await page.evaluate(() => { window.__full = false; });
    await waitSaved(page, 15000);
    assert.equal((await page.evaluate(() => window.appTest.rects()))['storage.quota'], undefined);
    await page.reload();
    await openApp(page, server.url);
    assert.deepEqual((await page.evaluate(() => window.appTest.state())).store.persons.map((p) => p.name),
      ['Klara Øvreås', 'Morten Lie']);
  });
});

// A save writes what changed without listing the database first (js/idbfs_writes.js keeps the
// list from the last sync): a write IndexedDB itself refuses must be reported once, and must not
// leave that list believing the file is stored.
test('IndexedDB refusing a write, or aborting it at commit: said once each, and the retry stores every file', async () => {
  await withApp(server, async (page) => {
    await register(page, 'Klara Øvreås');
    await page.evaluate(() => {
      window.__synced = [];
      const reported = Module._opp_on_synced;
      Module._opp_on_synced = (ok, error) => {
        window.__synced.push([ok, error ? UTF8ToString(error) : '']);
        return reported(ok, error);
      };
      // The next put throws (no room), the one after succeeds but its transaction is aborted.
      window.__refuse = ['put', 'abort'];
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (this.name === 'FILE_DATA' && window.__refuse[0] === 'put') {
          window.__refuse.shift();
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        const request = put.apply(this, args);
        if (this.name === 'FILE_DATA' && window.__refuse[0] === 'abort') {
          window.__refuse.shift();
          const transaction = this.transaction;
          request.addEventListener('success', () => transaction.abort());
        }
        return request;
      };
    });
    await createPerson(page, { name: 'Morten Lie' });
    await waitSaved(page, 20000);
    const synced = await page.evaluate(() => window.__synced);
    assert.equal(synced[0][0], 0);
    assert.match(synced[0][1], /QuotaExceededError/);
    assert.deepEqual(synced[1], [0, 'Error: IndexedDB write aborted']);
    assert.equal(synced[2][0], 1, JSON.stringify(synced));
    assert.equal(synced.length, 3, 'each outcome is reported once');
    // Every file in memory is in IndexedDB, and the reloaded app has both persons.
    const memory = await page.evaluate(() => FS.readdir('/data').filter((n) => n !== '.' && n !== '..').map((n) => '/data/' + n).sort());
    assert.deepEqual(Object.keys(await idbFiles(page)).sort(), memory);
    await page.reload();
    await openApp(page, server.url);
    assert.deepEqual((await page.evaluate(() => window.appTest.state())).store.persons.map((p) => p.name),
      ['Klara Øvreås', 'Morten Lie']);
  });
});

test('a large file is stored as a Blob copied slice by slice, and reads back whole after a reload, beside files stored as bytes', async () => {
  await withApp(server, async (page) => {
    // A mount of its own, saved and loaded the way the app's is (web/js/idbfs_writes.js).
    const mountAndSync = (populate) => page.evaluate((pop) => new Promise((resolve) => {
      if (!FS.analyzePath('/bigtest').exists) {
        FS.mkdir('/bigtest');
        FS.mount(IDBFS, {}, '/bigtest');
        window.oppIdbfsWrites.install('/bigtest');
      }
      IDBFS.syncfs(FS.lookupPath('/bigtest').node.mount, pop, (err) => resolve(err ? String(err) : ''));
    }), populate);
    // The bytes of a test file, the same on every call: window.__pattern(length, seed).
    const definePattern = () => page.evaluate(() => {
      window.__pattern = (length, seed) => {
        const bytes = new Uint8Array(length);
        for (let i = 0; i < length; ++i) bytes[i] = (i * 7 + (i >> 12) + seed) & 255;
        return bytes;
      };
    });
    await definePattern();
    assert.equal(await mountAndSync(true), '');
    const bigSize = (9 << 20) + 3; // two whole slices and a part
    await page.evaluate((size) => {
      FS.writeFile('/bigtest/big.bin', window.__pattern(size, 1));
      FS.writeFile('/bigtest/small.txt', 'liten fil');
    }, bigSize);
    assert.equal(await mountAndSync(false), '');

    // What the database holds: the large file as one Blob of its size, the small one as bytes.
    // Beside them, a large file as IDBFS itself (and this app before) stored it: bytes.
    const kinds = await page.evaluate((oldSize) => new Promise((resolve, reject) => {
      const open = indexedDB.open('/bigtest');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(['FILE_DATA'], 'readwrite');
        const store = tx.objectStore('FILE_DATA');
        const out = {};
        for (const key of ['/bigtest/big.bin', '/bigtest/small.txt']) {
          const get = store.get(key);
          get.onsuccess = () => {
            const c = get.result.contents;
            out[key] = c instanceof Blob ? 'Blob ' + c.size : c.constructor.name + ' ' + c.length;
          };
        }
        store.put({ timestamp: new Date(), mode: 33188, contents: window.__pattern(oldSize, 2) }, '/bigtest/old.bin');
        tx.oncomplete = () => { db.close(); resolve(out); };
        tx.onerror = () => reject(tx.error);
      };
    }), 5 << 20);
    assert.deepEqual(kinds, { '/bigtest/big.bin': 'Blob ' + bigSize, '/bigtest/small.txt': 'Uint8Array 9' });

    await page.reload();
    await openApp(page, server.url);
    await definePattern();
    // A Blob that cannot be read: the load says so and puts nothing in memory.
    const failed = await page.evaluate(() => {
      window.__arrayBuffer = Blob.prototype.arrayBuffer;
      Blob.prototype.arrayBuffer = () => Promise.reject(new Error('NotReadableError: the file could not be read'));
    }).then(() => mountAndSync(true));
    assert.match(failed, /could not be read/);
    assert.deepEqual(await page.evaluate(() => FS.readdir('/bigtest').filter((n) => n[0] !== '.')), []);
    // Readable again: every file comes back byte for byte.
    await page.evaluate(() => { Blob.prototype.arrayBuffer = window.__arrayBuffer; });
    assert.equal(await mountAndSync(true), '');
    const same = await page.evaluate(([size, oldSize]) => {
      const equal = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
      return {
        big: equal(FS.readFile('/bigtest/big.bin'), window.__pattern(size, 1)),
        old: equal(FS.readFile('/bigtest/old.bin'), window.__pattern(oldSize, 2)),
        small: FS.readFile('/bigtest/small.txt', { encoding: 'utf8' }),
      };
    }, [bigSize, 5 << 20]);
    assert.deepEqual(same, { big: true, old: true, small: 'liten fil' });
  });
});

test('the audit trail shows every change, who and when, newest first, and finds by name', async () => {
  await withApp(server, async (page) => {
    await click(page, 'nav.settings');
    await typeInto(page, 'settings.user.name', 'Kari Nordmann');
    await click(page, 'nav.persons');
    await register(page, 'Klara Øvreås');
    await register(page, 'Morten Lie');
    await click(page, 'nav.settings');
    await click(page, 'settings.audit.open');
    assert.equal((await rectOf(page, 'audit.count')).label, '2 endringer');
    const rects = await page.evaluate(() => window.appTest.rects());
    assert.equal(rects['audit.row.2'].label, 'Person registrert — Kari Nordmann — Morten Lie');
    assert.equal(rects['audit.row.1'].label, 'Person registrert — Kari Nordmann — Klara Øvreås');
    assert.ok(rects['audit.row.2'].y < rects['audit.row.1'].y, 'newest first');
    await typeInto(page, 'audit.search', 'ØVREÅS');
    assert.equal((await rectOf(page, 'audit.count')).label, '1 endringer');
    assert.equal((await page.evaluate(() => window.appTest.rects()))['audit.row.2'], undefined);
  });
});

test('a compaction written over many frames: a change made meanwhile is kept, the new generation is sealed, and no partial file is left', { timeout: 180000 }, async () => {
  await withApp(server, async (page) => {
    const imported = await page.evaluate((json) => window.appTest.importBackup(json), boardBackupOf(1500));
    assert.ok(imported.ok, JSON.stringify(imported));
    await page.waitForFunction(() => window.appTest.settled(), null, { timeout: 60000 });
    const snapshotsBefore = Object.keys(await idbFiles(page)).filter((k) => /\/snapshot-\d+\.json$/.test(k));

    await page.evaluate(() => window.appTest.requestCompaction());
    await nextFrames(page, 3);
    assert.ok(await page.evaluate(() => window.appTest.compactionDue()), 'the compaction is still being written');
    // A change in the middle of it (not waiting for settled(), which the compaction holds back).
    await createPerson(page, { name: 'Tore Åsheim' }, { settle: false });
    await page.waitForFunction(() => !window.appTest.compactionDue() && window.appTest.settled(), null, { timeout: 120000 });

    const files = await idbFiles(page);
    const names = Object.keys(files);
    const snapshots = names.filter((k) => /\/snapshot-\d+\.json$/.test(k));
    assert.ok(snapshots.some((k) => !snapshotsBefore.includes(k)), `a new generation: ${names.join(', ')}`);
    assert.deepEqual(names.filter((k) => k.endsWith('.tmp')), [], 'no partial file is left');
    for (const k of snapshots) assert.ok(files[k].startsWith('OPPENC01'), `${k} is sealed`);
    assert.ok(!Object.values(files).join('\n').includes('Åsheim'));

    await page.reload();
    await openApp(page, server.url);
    const persons = (await page.evaluate(() => window.appTest.state())).store.persons;
    assert.equal(persons.length, 1501);
    assert.ok(persons.some((p) => p.name === 'Tore Åsheim'));
  });
});
