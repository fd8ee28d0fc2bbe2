'use strict';
// Runs first, before the page is parsed (js/boot.js runs after): starts fetching app.wasm and
// compiling it as it streams in, the longest step of a start. The browser's own response is
// compiled, so it can cache the compiled code for the next visit; a copy of it is only counted
// for the progress bar. Without streaming compilation the whole download is compiled.
window.oppWasm = (function () {
  const wasm = { received: 0, total: 0, onProgress: () => {}, compiled: null };
  async function compile(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    wasm.total = Number(response.headers.get('Content-Length')) || 0;
    if (!response.body || typeof WebAssembly !== 'object' || typeof WebAssembly.compileStreaming !== 'function') {
      return WebAssembly.compile(await response.arrayBuffer());
    }
    if (wasm.total) {
      const reader = response.clone().body.getReader();
      const count = ({ done, value }) => {
        if (done) return undefined;
        wasm.received += value.byteLength;
        wasm.onProgress();
        return reader.read().then(count);
      };
      reader.read().then(count).catch(() => {}); // a failed download is reported by the compile
    }
    return WebAssembly.compileStreaming(response);
  }
  wasm.compiled = compile('app.wasm');
  wasm.compiled.catch(() => {}); // reported once app.js asks for it (js/boot.js, instantiateWasm)
  return wasm;
})();

// The data's tab lock (one tab at a time owns the data, js/glue.js) asked for now too, so that
// the browser's answer, which takes 100–350 ms here, comes while app.wasm is still compiling
// instead of after. Not granted now (the page it replaces may not have let go of it yet, or
// another tab has it): glue.js asks again when the app starts, as it always did.
window.oppDataLock = (function () {
  const name = new URLSearchParams(location.search).has('demo') ? 'oppfolging-demo' : 'oppfolging-data';
  // Asks without waiting for another holder: true when granted, and then held until the tab
  // closes; false when another tab has it.
  function ask() {
    return new Promise((resolve, reject) => {
      navigator.locks.request(name, { ifAvailable: true }, (lock) => {
        resolve(lock !== null);
        return lock ? new Promise(() => {}) : undefined;
      }).catch(reject);
    });
  }
  return { name, ask, early: navigator.locks ? ask().catch(() => false) : null };
})();
