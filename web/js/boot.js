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
  // The app's main() reports here when it cannot get its WebGL2 context (js_no_webgl).
  window.oppShowFailure = fail;

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fail('noWasmTitle', 'noWasm');
    return;
  }
  // A browser without WebGL2 at all is told so before app.js loads. One that has it but will not
  // give a context (hardware acceleration off, a blocked GPU) is told by main(), whose context
  // creation is the test: a probe context here cost 8-11 ms of the start, and the GPU process
  // as much again.
  if (typeof WebGL2RenderingContext !== 'function') {
    fail('noWebglTitle', 'noWebgl');
    return;
  }

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
    // No setStatus: with one, Emscripten starts main() a timer later (a task and a layout of the
    // page in between). "Starting" shows once the code is compiled instead.
    instantiateWasm: (imports, receive) => {
      compiled
        .then((module) => {
          loadingText.textContent = msg('starting');
          return WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module));
        })
        .catch((e) => { console.error(e); fail('crashTitle', 'crash'); });
      return {};
    },
    onAbort: () => fail('crashTitle', 'crash'),
  };
  const script = document.createElement('script');
  script.src = 'app.js';
  document.body.appendChild(script);
})();
