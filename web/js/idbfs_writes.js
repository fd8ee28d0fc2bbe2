// Saving to IndexedDB without listing it first. Emscripten's IDBFS writes with FS.syncfs: it lists
// what the database holds (a cursor over every stored file, one main-thread task per file, each
// waiting behind the frames being drawn: 200–400 ms a save here), compares that with memory, and
// writes the difference. Only the tab holding the data's Web Lock writes its database, so after
// each sync this tab knows what the database holds: what that sync left there. The list is kept
// and used instead of the cursor, which is walked only when the list is not known (the first sync
// after the page opened, and after any failed one).
//
// Large files are stored as Blobs. A put structured-clones its value inside the task that makes
// it, so IDBFS's put of a 77 MB snapshot (100,000 persons) held one frame for 0.8 s. A file over
// LARGE_FILE bytes is copied into a Blob one slice per task instead (under 10 ms each here), and
// the put of the Blob made of those slices returns at once. Reading converts a Blob back to bytes
// off the main thread; records written as bytes (by IDBFS, or by this file before) read as before.
//
// Otherwise the records are IDBFS's ({ timestamp, mode, contents }, keyed by path), written in one
// transaction, and a write's outcome is reported exactly once: also when the transaction is
// aborted without a failed request (a quota refused at commit), where IDBFS would never answer.
// The files' bytes are taken when the sync is asked for, so a sync stores memory as it was then.
// FS.syncfs stays the entry point, so everything that wraps it (the tests' fault injection) still
// sees every save.
'use strict';
window.oppIdbfsWrites = (function () {
  // mountpoint → { path: { timestamp } } as the database holds it after the last sync, for the
  // mounts handed to install(). Absent: not known.
  const stored = new Map();
  const managed = new Set();
  const LARGE_FILE = 4 << 20; // bytes; also the size of one slice

  function install(mountpoint) {
    if (managed.size === 0) wrap();
    managed.add(mountpoint);
  }

  function wrap() {
    const getRemoteSet = IDBFS.getRemoteSet;
    const reconcile = IDBFS.reconcile;
    IDBFS.getRemoteSet = (mount, callback) => {
      const mountpoint = mount.mountpoint;
      if (!managed.has(mountpoint)) return getRemoteSet(mount, callback);
      const known = stored.get(mountpoint);
      if (!known) return getRemoteSet(mount, (err, set) => callback(err, set && { ...set, mountpoint }));
      return IDBFS.getDB(mountpoint, (err, db) => {
        if (err) callback(err);
        else callback(null, { type: 'remote', db, entries: { ...known }, mountpoint });
      });
    };
    IDBFS.reconcile = (src, dst, callback) => {
      const remote = src.type === 'remote' ? src : dst;
      const mountpoint = remote.mountpoint;
      if (!mountpoint) return reconcile(src, dst, callback);
      stored.delete(mountpoint); // not known while it is being written
      // Either way, a sync that succeeded leaves the database holding what `src` holds.
      const done = (err) => {
        if (!err) stored.set(mountpoint, { ...src.entries });
        callback(err);
      };
      if (dst.type === 'remote') return write(src, dst, done);
      return read(src, dst, done);
    };
  }

  // The paths whose entry in `src` is missing from `dst` or differs in time, and the paths of
  // `dst` that `src` no longer has: what a sync from `src` to `dst` creates and removes.
  function difference(src, dst) {
    const create = Object.keys(src.entries).filter((path) => {
      const there = dst.entries[path];
      return !there || there.timestamp.getTime() !== src.entries[path].timestamp.getTime();
    });
    const remove = Object.keys(dst.entries).filter((path) => !src.entries[path]);
    return { create, remove };
  }

  // Lets the page draw a frame before the next slice is copied.
  const nextTask = () => new Promise((resolve) => { setTimeout(resolve, 0); });

  async function asBlob(bytes) {
    const slices = [];
    for (let at = 0; at < bytes.length; at += LARGE_FILE) {
      if (at > 0) await nextTask();
      slices.push(new Blob([bytes.subarray(at, Math.min(bytes.length, at + LARGE_FILE))]));
    }
    return new Blob(slices);
  }

  // Memory → IndexedDB: every file that is new or changed (by its time) is put, every stored one
  // no longer in memory is deleted, in one transaction.
  function write(local, remote, callback) {
    const { create, remove } = difference(local, remote);
    if (create.length === 0 && remove.length === 0) return callback(null);
    // Directories before the files in them; files deleted before their directories.
    create.sort();
    remove.sort().reverse();

    // Every entry is read now, so a frame drawn while large ones are copied changes nothing here.
    const entries = [];
    for (const path of create) {
      let failure = null;
      IDBFS.loadLocalEntry(path, (err, entry) => {
        if (err) failure = err;
        else entries.push({ path, entry });
      });
      if (failure) return callback(failure);
    }
    const large = entries.filter(({ entry }) => entry.contents && entry.contents.length > LARGE_FILE);
    if (large.length === 0) return put(remote.db, entries, remove, callback);
    (async () => {
      for (const item of large) item.entry = { ...item.entry, contents: await asBlob(item.entry.contents) };
    })().then(() => put(remote.db, entries, remove, callback), callback);
    return undefined;
  }

  function put(db, entries, remove, callback) {
    let answered = false;
    const answer = (err) => {
      if (answered) return;
      answered = true;
      callback(err);
    };
    let transaction;
    try {
      transaction = db.transaction([IDBFS.DB_STORE_NAME], 'readwrite');
    } catch (e) {
      return answer(e);
    }
    transaction.oncomplete = () => answer(null);
    transaction.onerror = (e) => {
      e.preventDefault(); // keeps the page's error handler quiet; the abort follows
      answer(transaction.error || e.target.error || new Error('IndexedDB write failed'));
    };
    transaction.onabort = () => answer(transaction.error || new Error('IndexedDB write aborted'));
    const store = transaction.objectStore(IDBFS.DB_STORE_NAME);
    try {
      for (const { path, entry } of entries) store.put(entry, path);
      for (const path of remove) store.delete(path);
    } catch (e) {
      answer(e);
      try { transaction.abort(); } catch (ignored) { /* already finished */ }
    }
    return undefined;
  }

  // IndexedDB → memory: the stored files that memory lacks or holds at another time are read in
  // one transaction, Blobs among them turned back into bytes, and only then written to memory, all
  // at once; files memory has and the database does not are removed from memory.
  function read(remote, local, callback) {
    const { create, remove } = difference(remote, local);
    if (create.length === 0 && remove.length === 0) return callback(null);
    create.sort();
    remove.sort().reverse();
    let transaction;
    try {
      transaction = remote.db.transaction([IDBFS.DB_STORE_NAME], 'readonly');
    } catch (e) {
      return callback(e);
    }
    const store = transaction.objectStore(IDBFS.DB_STORE_NAME);
    const entries = new Map();
    let failed = false;
    const fail = (err) => {
      if (failed) return;
      failed = true;
      callback(err);
    };
    for (const path of create) {
      const request = store.get(path);
      request.onsuccess = () => { entries.set(path, request.result); };
      request.onerror = (e) => {
        e.preventDefault();
        fail(request.error || new Error('IndexedDB read failed: ' + path));
      };
    }
    transaction.onabort = () => fail(transaction.error || new Error('IndexedDB read aborted'));
    transaction.oncomplete = async () => {
      if (failed) return;
      try {
        for (const [path, entry] of entries) {
          if (entry && entry.contents instanceof Blob) {
            entries.set(path, { ...entry, contents: new Uint8Array(await entry.contents.arrayBuffer()) });
          }
        }
      } catch (e) {
        fail(e);
        return;
      }
      let failure = null;
      const done = (err) => { if (err && !failure) failure = err; };
      for (const path of create) {
        const entry = entries.get(path);
        if (!entry) done(new Error('IndexedDB holds no entry for ' + path));
        else IDBFS.storeLocalEntry(path, entry, done);
        if (failure) return fail(failure);
      }
      for (const path of remove) {
        IDBFS.removeLocalEntry(path, done);
        if (failure) return fail(failure);
      }
      callback(null);
    };
    return undefined;
  }

  return { install };
})();
