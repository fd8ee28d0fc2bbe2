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

  // Progress over the two large downloads: app.wasm (fetched here, streamed) and app.data.
  const progress = { wasm: [0, 1], data: [0, 0] };
  function showProgress() {
    const done = progress.wasm[0] + progress.data[0];
    const total = progress.wasm[1] + progress.data[1];
    bar.style.width = Math.min(100, Math.round(100 * done / Math.max(1, total))) + '%';
  }

  async function fetchWithProgress(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    const total = Number(response.headers.get('Content-Length')) || 0;
    if (!response.body || !total) return new Uint8Array(await response.arrayBuffer());
    progress.wasm = [0, total];
    const reader = response.body.getReader();
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes.set(value, offset);
      offset += value.length;
      progress.wasm[0] = offset;
      showProgress();
    }
    return bytes;
  }

  window.Module = {
    canvas: document.getElementById('canvas'),
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    // Emscripten reports the preloaded data file as "Downloading data... (done/total)".
    setStatus: (text) => {
      const m = /\((\d+(?:\.\d+)?)\/(\d+)\)/.exec(text || '');
      if (m) { progress.data = [Number(m[1]), Number(m[2])]; showProgress(); }
      else if (text === '') loadingText.textContent = msg('starting');
    },
    instantiateWasm: (imports, receive) => {
      fetchWithProgress('app.wasm')
        .then((bytes) => WebAssembly.instantiate(bytes, imports))
        .then((result) => receive(result.instance, result.module))
        .catch((e) => { console.error(e); fail('crashTitle', 'crash'); });
      return {};
    },
    onAbort: () => fail('crashTitle', 'crash'),
  };
  const script = document.createElement('script');
  script.src = 'app.js';
  document.body.appendChild(script);
})();
