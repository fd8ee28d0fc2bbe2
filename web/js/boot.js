// Starts the app: checks the browser can run it, shows download progress, then loads app.js.
'use strict';
(function () {
  const msg = window.oppMessages.text;
  const loadingText = document.getElementById('loading-text');
  const bar = document.getElementById('progress-bar');
  loadingText.textContent = msg('loading');

  function fail(titleKey, textKey) {
    document.getElementById('loading').classList.add('hidden');
    document.getElementById('fallback-title').textContent = msg(titleKey);
    document.getElementById('fallback-text').textContent = msg(textKey);
    document.getElementById('fallback').classList.remove('hidden');
  }

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fail('noWasmTitle', 'noWasm');
    return;
  }
  const probe = document.createElement('canvas').getContext('webgl2');
  if (!probe) {
    fail('noWebglTitle', 'noWebgl');
    return;
  }
  const lose = probe.getExtension('WEBGL_lose_context');
  if (lose) lose.loseContext();

  // app.wasm is already being fetched and compiled (js/start.js); its progress fills the bar.
  const wasm = window.oppWasm;
  function showProgress() {
    bar.style.width = Math.min(100, Math.round(100 * wasm.received / Math.max(1, wasm.total))) + '%';
  }
  wasm.onProgress = showProgress;
  showProgress();
  const compiled = wasm.compiled;

  window.Module = {
    canvas: document.getElementById('canvas'),
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    setStatus: (text) => { if (text === '') loadingText.textContent = msg('starting'); },
    instantiateWasm: (imports, receive) => {
      compiled
        .then((module) => WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module)))
        .catch((e) => { console.error(e); fail('crashTitle', 'crash'); });
      return {};
    },
    onAbort: () => fail('crashTitle', 'crash'),
  };
  const script = document.createElement('script');
  script.src = 'app.js';
  document.body.appendChild(script);
})();
