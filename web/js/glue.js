// The browser side of app/platform/web_platform.cpp: storage (IDBFS, Web Locks, persist),
// preferences, clipboard, files. The C++ side calls window.oppGlue.*; results go back
// through the exported opp_* functions.
'use strict';
window.oppGlue = (function () {
  const DATA_DIR = '/data';
  const LOCK_NAME = 'oppfolging-data';
  let mounted = false;
  let clipboardText = '';

  function call(name, types, args) {
    return Module.ccall(name, null, types, args);
  }

  // Loads the stored files into memory. Nothing is ever synced out before this succeeded:
  // FS.syncfs(false) deletes every stored file that is missing from memory.
  function mountAndLoad() {
    try {
      if (!mounted) {
        try { FS.mkdir(DATA_DIR); } catch (e) { /* exists */ }
        FS.mount(IDBFS, {}, DATA_DIR);
        mounted = true;
      }
    } catch (e) {
      call('opp_on_loaded', ['number', 'string'], [0, String(e)]);
      return;
    }
    FS.syncfs(true, (err) => {
      call('opp_on_loaded', ['number', 'string'], [err ? 0 : 1, err ? String(err) : '']);
    });
  }

  // One tab at a time owns the data: a second tab is told instead of overwriting it.
  let persistenceAsked = false;
  function storageStart() {
    if (!persistenceAsked) {
      persistenceAsked = true;
      requestPersistence();
    }
    if (!navigator.locks) { // very old browsers: no way to coordinate tabs
      call('opp_on_lock', ['number'], [1]);
      mountAndLoad();
      return;
    }
    navigator.locks.request(LOCK_NAME, { ifAvailable: true }, (lock) => {
      if (!lock) {
        call('opp_on_lock', ['number'], [0]);
        return undefined;
      }
      call('opp_on_lock', ['number'], [1]);
      mountAndLoad();
      return new Promise(() => {}); // held until the tab closes
    });
  }

  function storageSync() {
    FS.syncfs(false, (err) => {
      call('opp_on_synced', ['number', 'string'], [err ? 0 : 1, err ? String(err) : '']);
    });
  }

  // 0 unknown, 1 granted, 2 denied, 3 unsupported (app/platform/platform.hpp PersistState).
  async function requestPersistence() {
    let state = 3;
    try {
      if (navigator.storage && navigator.storage.persist) {
        const already = navigator.storage.persisted ? await navigator.storage.persisted() : false;
        state = (already || await navigator.storage.persist()) ? 1 : 2;
      }
    } catch (e) { state = 2; }
    call('opp_on_persist', ['number'], [state]);
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
    const url = URL.createObjectURL(new Blob([text], { type: mime + ';charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function pickTextFile(accept, request) {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.className = 'hidden';
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      input.remove();
      if (!file) return;
      file.text().then((text) => {
        call('opp_on_file', ['number', 'string', 'string'], [request, file.name, text]);
      });
    });
    document.body.appendChild(input);
    input.click();
  }

  function firstFrame() {
    window.oppFirstFrameMs = performance.now();
    document.getElementById('loading').classList.add('hidden');
  }

  window.addEventListener('beforeunload', (e) => {
    if (window.Module && Module.calledRun && Module._opp_has_unsaved()) {
      e.preventDefault();
      e.returnValue = '';
    }
  });

  return {
    testMode: new URLSearchParams(location.search).has('test'),
    storageStart, storageSync, requestPersistence, getPreference, setPreference,
    setClipboard, getClipboard: () => clipboardText, setClipboardText: (t) => { clipboardText = t; },
    downloadText, pickTextFile, firstFrame,
    // Filled in by text_input.js.
    setWantTextInput: () => {}, setImePosition: () => {},
  };
})();
