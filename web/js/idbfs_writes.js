// Saving to IndexedDB without listing it first. Emscripten's IDBFS writes with FS.syncfs: it lists
// what the database holds (a cursor over every stored file, one main-thread task per file, each
// waiting behind the frames being drawn: 200–400 ms a save here), compares that with memory, and
// writes the difference. Only the tab holding the data's Web Lock writes its database, so after
// each sync this tab knows what the database holds: what that sync left there. The list is kept
// and used instead of the cursor, which is walked only when the list is not known (the first sync
// after the page opened, and after any failed one).
//
// The write itself is IDBFS's (the same records, so a later version or IDBFS alone reads them),
// in one transaction, and its outcome is reported exactly once: also when the transaction is
// aborted without a failed request (a quota refused at commit), where IDBFS would never answer.
// FS.syncfs stays the entry point, so everything that wraps it (the tests' fault injection) still
// sees every save.
'use strict';
window.oppIdbfsWrites = (function () {
  // mountpoint → { path: { timestamp } } as the database holds it after the last sync, for the
  // mounts handed to install(). Absent: not known.
  const stored = new Map();
  const managed = new Set();

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
      return reconcile(src, dst, done);
    };
  }

  // Memory → IndexedDB: every file that is new or changed (by its time) is put, every stored one
  // no longer in memory is deleted, in one transaction.
  function write(local, remote, callback) {
    const create = Object.keys(local.entries).filter((path) => {
      const there = remote.entries[path];
      return !there || there.timestamp.getTime() !== local.entries[path].timestamp.getTime();
    });
    const remove = Object.keys(remote.entries).filter((path) => !local.entries[path]);
    if (create.length === 0 && remove.length === 0) return callback(null);

    let answered = false;
    const answer = (err) => {
      if (answered) return;
      answered = true;
      callback(err);
    };
    let transaction;
    try {
      transaction = remote.db.transaction([IDBFS.DB_STORE_NAME], 'readwrite');
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
    const fail = (e) => {
      answer(e);
      try { transaction.abort(); } catch (ignored) { /* already finished */ }
    };
    // Directories before the files in them; files deleted before their directories.
    for (const path of create.sort()) {
      IDBFS.loadLocalEntry(path, (err, entry) => {
        if (err) return fail(err);
        try {
          store.put(entry, path);
        } catch (e) {
          fail(e);
        }
        return undefined;
      });
      if (answered) return undefined;
    }
    for (const path of remove.sort().reverse()) {
      try {
        store.delete(path);
      } catch (e) {
        fail(e);
        return undefined;
      }
    }
    return undefined;
  }

  return { install };
})();
