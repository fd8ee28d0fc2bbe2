// The browser side of app/platform/web_platform.cpp: storage (IDBFS, Web Locks, persist),
// preferences, clipboard, files. The C++ side calls window.oppGlue.*; results go back
// through the exported opp_* functions.
'use strict';
window.oppGlue = (function () {
  // The demo (?demo) has a store of its own: another IndexedDB database, another tab lock, so
  // invented and real data are never mixed and a demo tab can stay open beside the real one.
  const DEMO = new URLSearchParams(location.search).has('demo');
  const DATA_DIR = DEMO ? '/demo' : '/data';
  let mounted = false;
  let clipboardText = '';
  let pendingWork = 0; // async browser work whose result C++ has not had yet (appTest.settled)

  // Calls the export Module._<name>. String arguments are copied into the wasm heap, not
  // onto the 5 MB stack where ccall puts them (at 4 bytes a character, a ~1.3 M character
  // string there is out of bounds). Throws a HeapFullError when the heap cannot hold a copy.
  function callWithStrings(name, args) {
    const heapStrings = [];
    try {
      const values = (args || []).map((a) => {
        if (typeof a !== 'string') return a;
        const n = Module.lengthBytesUTF8(a) + 1;
        const p = Module._malloc(n);
        if (!p) throw new HeapFullError(n);
        heapStrings.push(p);
        Module.stringToUTF8(a, p, n);
        return p;
      });
      return Module['_' + name](...values);
    } finally {
      for (const p of heapStrings) Module._free(p);
    }
  }

  class HeapFullError extends Error {
    constructor(bytes) {
      super(`the app's memory cannot hold ${bytes} more bytes`);
      this.name = 'HeapFullError';
    }
  }

  // Storage errors are short texts; should even those not fit, C++ still hears the outcome.
  function report(name, ok, error) {
    try {
      callWithStrings(name, [ok ? 1 : 0, error]);
    } catch (e) {
      if (!(e instanceof HeapFullError)) throw e;
      callWithStrings(name, [ok ? 1 : 0, 0]);
    }
  }

  // Counts async work until its result has reached C++, so appTest.settled() cannot be true
  // while, say, a picked file is still being read.
  function begin() { pendingWork += 1; }
  function end() { pendingWork -= 1; }

  // Loads the stored files into memory. Nothing is ever synced out before this succeeded:
  // FS.syncfs(false) deletes every stored file that is missing from memory.
  function mountAndLoad() {
    try {
      if (!mounted) {
        try { FS.mkdir(DATA_DIR); } catch (e) { /* exists */ }
        FS.mount(IDBFS, {}, DATA_DIR);
        window.oppIdbfsWrites.install(DATA_DIR); // js/idbfs_writes.js: a save without listing the database
        mounted = true;
      }
    } catch (e) {
      report('opp_on_loaded', false, String(e));
      return;
    }
    begin();
    performance.mark('opp:idb-start');
    FS.syncfs(true, (err) => {
      performance.mark('opp:idb-loaded');
      try {
        report('opp_on_loaded', !err, err ? String(err) : '');
      } finally {
        end();
      }
    });
  }

  // One tab at a time owns the data: a second tab is told instead of overwriting it.
  let persistenceAsked = false;
  let lockHeld = false;
  function storageStart() {
    if (!persistenceAsked) {
      persistenceAsked = true;
      requestPersistence();
    }
    if (lockHeld) { // trying again after a failed load: this tab already owns the data
      Module._opp_on_lock(1);
      mountAndLoad();
      return;
    }
    if (!navigator.locks) { // very old browsers: no way to coordinate tabs
      Module._opp_on_lock(1);
      mountAndLoad();
      return;
    }
    begin();
    performance.mark('opp:lock-asked');
    const answered = (granted) => {
      performance.mark('opp:lock-answered');
      try {
        Module._opp_on_lock(granted ? 1 : 0);
        if (!granted) return;
        lockHeld = true;
        mountAndLoad();
      } finally {
        end();
      }
    };
    // The answer to the request js/start.js made at page start, once; after that (or when it
    // was not granted) the lock is asked for now.
    const early = window.oppDataLock.early || Promise.resolve(false);
    window.oppDataLock.early = null;
    early.then((held) => (held ? true : window.oppDataLock.ask())).then(answered);
  }

  // When the last write to IndexedDB began and ended (performance.now()), for the benchmarks.
  const lastSync = { start: 0, end: 0 };
  function storageSync() {
    begin();
    lastSync.start = performance.now();
    FS.syncfs(false, (err) => {
      lastSync.end = performance.now();
      try {
        report('opp_on_synced', !err, err ? String(err) : '');
      } finally {
        end();
      }
    });
  }

  // One round with the sync server (js/couch.js run); the answer goes back as JSON. A heap too
  // full for the answer is said as such rather than lost.
  function syncServer(request, id) {
    begin();
    let parsed;
    try { parsed = JSON.parse(request); } catch (e) { parsed = null; }
    const answered = parsed ? window.oppCouch.run(parsed) : Promise.resolve({ ok: false, kind: 'bad_answer', detail: 'request' });
    answered.then((answer) => {
      try {
        callWithStrings('opp_on_sync_answer', [id, JSON.stringify(answer)]);
      } catch (e) {
        if (!(e instanceof HeapFullError)) throw e;
        callWithStrings('opp_on_sync_answer', [id, JSON.stringify({ ok: false, kind: 'server', detail: e.message })]);
      }
    }).finally(end);
  }

  // 0 unknown, 1 granted, 2 denied, 3 unsupported (app/platform/platform.hpp PersistState).
  async function requestPersistence() {
    let state = 3;
    begin();
    try {
      if (navigator.storage && navigator.storage.persist) {
        const already = navigator.storage.persisted ? await navigator.storage.persisted() : false;
        state = (already || await navigator.storage.persist()) ? 1 : 2;
      }
    } catch (e) { state = 2; }
    try {
      Module._opp_on_persist(state);
    } finally {
      end();
    }
  }

  function getPreference(key) {
    try { return localStorage.getItem('opp.' + key) || ''; } catch (e) { return ''; }
  }
  function setPreference(key, value) {
    try { localStorage.setItem('opp.' + key, value); } catch (e) { /* private mode: not kept */ }
  }

  function setClipboard(text) {
    clipboardText = text;
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(() => { /* refused outside a gesture */ });
    }
  }

  function downloadText(name, mime, text) {
    downloadBytes(name, mime + ';charset=utf-8', text);
  }

  // A Blob from a string or bytes, offered as a download.
  function downloadBytes(name, mime, bytes) {
    const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // Test mode may lower the size limit, to try the refusal without a 600 MB file.
  let maxFileBytesForTest = null;
  function pickTextFile(accept, request, maxBytes) {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.className = 'hidden';
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      input.remove();
      if (!file) return;
      if (file.size > (maxFileBytesForTest ?? maxBytes)) { // refused unread: nothing is loaded into memory
        callWithStrings('opp_on_file_failed', [request, file.name, 1]);
        return;
      }
      begin();
      const token = ++fileReading;
      readIntoHeap(request, file, token).then((read) => {
        if (read) callWithStrings('opp_on_file_read', [request, file.name]);
      }, (e) => fileFailed(request, file, e)).finally(end);
    });
    document.body.appendChild(input);
    input.click();
  }

  // The file's bytes, a slice at a time, straight into a buffer the app holds for them: no JS
  // string is made, so a backup larger than the longest string V8 holds (512 MiB) still reads.
  // Frames go on between slices (the heap may grow, so HEAPU8 is looked up for each); a newer
  // pick abandons this read before its buffer is replaced. False when abandoned.
  let fileReading = 0;
  const kFileSlice = 8 * 1024 * 1024;
  async function readIntoHeap(request, file, token) {
    const at = Module._opp_file_buffer(request, file.size);
    if (!at) throw new HeapFullError(file.size);
    for (let offset = 0; offset < file.size; offset += kFileSlice) {
      const bytes = new Uint8Array(await file.slice(offset, Math.min(file.size, offset + kFileSlice)).arrayBuffer());
      if (token !== fileReading) return false;
      Module.HEAPU8.set(bytes, at + offset);
    }
    return token === fileReading;
  }

  // A file too big for the browser to read as text, or for the app's memory: the app is told
  // (and refuses the file, changing nothing) rather than the page crashing.
  function fileFailed(request, file, error) {
    console.error(`Could not read ${file.name} (${file.size} bytes): ${error}`);
    callWithStrings('opp_on_file_failed', [request, file.name, 0]);
  }

  function firstFrame() {
    window.oppFirstFrameMs = performance.now();
    performance.mark('opp:first-frame');
    document.getElementById('loading').classList.add('hidden');
    document.dispatchEvent(new Event('opp-first-frame')); // js/offline.js installs the offline copy
  }

  // The last time the user touched the page, for the auto-lock.
  let lastInput = performance.now();
  for (const type of ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'input']) {
    window.addEventListener(type, () => { lastInput = performance.now(); }, { capture: true, passive: true });
  }

  // Lock: app/platform/web_platform.cpp zeroes the heap between beginWipe() and finishWipe().
  let wiping = false;
  function beginWipe() {
    wiping = true;
    const textarea = document.getElementById('text-input');
    if (textarea) textarea.value = '';
    clipboardText = '';
  }
  // `flags` null: the same address again; else see addressWithFlags.
  function finishWipe(flags) {
    const textarea = document.getElementById('text-input');
    if (textarea) { textarea.value = ''; textarea.blur(); }
    if (flags === null || flags === undefined) location.reload();
    else location.assign(addressWithFlags(flags));
  }

  // This page's address with the mode flags (demo, kiosk) replaced by `flags` ("demo kiosk",
  // or "" for none); everything else (?test, ?view=) is kept.
  function addressWithFlags(flags) {
    const params = new URLSearchParams(location.search);
    params.delete('demo');
    params.delete('kiosk');
    const parts = [];
    for (const [key, value] of params) parts.push(value === '' ? encodeURIComponent(key) : encodeURIComponent(key) + '=' + encodeURIComponent(value));
    for (const flag of flags.split(' ')) if (flag) parts.push(flag);
    return location.pathname + (parts.length ? '?' + parts.join('&') : '');
  }
  function reloadWithFlags(flags) {
    wiping = true; // everything is saved (the app asks only then): no "leave the page?" question
    location.assign(addressWithFlags(flags));
  }

  // Browsers allow full screen only inside a user's gesture: asked at the next touch or click.
  let fullscreenWanted = false;
  function requestFullscreen() {
    if (fullscreenWanted) return;
    fullscreenWanted = true;
    const ask = () => {
      if (document.fullscreenElement || !document.documentElement.requestFullscreen) return;
      document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => { /* refused: stays windowed */ });
    };
    for (const type of ['pointerup', 'touchend', 'keyup']) window.addEventListener(type, ask, { capture: true, passive: true });
  }

  // Counts changes of the canvas's size and of the pixel ratio (zoom, another screen), so that
  // the app measures the canvas after one rather than every frame (a layout query each time).
  let viewportVersion = 0;
  const canvas = document.getElementById('canvas');
  if (typeof ResizeObserver === 'function' && canvas) new ResizeObserver(() => { ++viewportVersion; }).observe(canvas);
  window.addEventListener('resize', () => { ++viewportVersion; });
  (function watchPixelRatio() {
    if (typeof matchMedia !== 'function') return;
    matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)').addEventListener('change', () => {
      ++viewportVersion;
      watchPixelRatio();
    }, { once: true });
  })();

  // The app draws no frames while nothing changes (core/rules/frame_pacing.hpp): what it reads
  // from the browser without an event of its own wakes it here. Calls from the glue into the
  // app (storage, sync, files) wake it by themselves.
  function wake() {
    if (window.Module && Module.calledRun && Module._opp_wake && !wiping) Module._opp_wake();
  }
  for (const type of ['online', 'offline', 'pageshow']) window.addEventListener(type, wake);
  document.addEventListener('visibilitychange', wake);

  window.addEventListener('beforeunload', (e) => {
    if (wiping) return; // everything was saved before the lock began
    if (window.Module && Module.calledRun && Module._opp_has_unsaved()) {
      e.preventDefault();
      e.returnValue = '';
    }
  });

  return {
    testMode: new URLSearchParams(location.search).has('test'),
    viewportVersion: () => viewportVersion,
    wake,
    dataDir: DATA_DIR, reloadWithFlags, requestFullscreen,
    // The page is about to reload into a new version, with everything saved: no question.
    beginRestart: () => { wiping = true; },
    storageStart, storageSync, syncServer, requestPersistence, getPreference, setPreference,
    setClipboard, getClipboard: () => clipboardText, setClipboardText: (t) => { clipboardText = t; },
    downloadText, downloadBytes, pickTextFile, firstFrame, callWithStrings, HeapFullError,
    idleMs: () => performance.now() - lastInput, beginWipe, finishWipe, wiping: () => wiping,
    pendingWork: () => pendingWork,
    lastSync: () => ({ ...lastSync }),
    setMaxFileBytesForTest: (n) => { if (new URLSearchParams(location.search).has('test')) maxFileBytesForTest = n; },
    // Filled in by text_input.js.
    setWantTextInput: () => {}, setImePosition: () => {},
    // Filled in by offline.js.
    updateReady: () => false, applyUpdate: () => {},
  };
})();
