// The offline copy (sw.js): installed after the first frame, so it never slows a start. A newer
// version found later waits; the app offers a restart (oppGlue.updateReady) and, once
// everything is saved, lets it take over (oppGlue.applyUpdate) and reloads into it.
'use strict';
(function () {
  if (!('serviceWorker' in navigator)) return;
  let waiting = null;
  let restarting = false;

  function watch(registration) {
    // An update found by an earlier visit may already be waiting.
    if (registration.waiting && navigator.serviceWorker.controller) {
      waiting = registration.waiting;
      window.oppGlue.wake();
    }
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        // The very first install has no controller: that is the offline copy, not an update.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) {
          waiting = worker;
          window.oppGlue.wake();  // the status bar offers the restart
        }
      });
    });
  }

  function register() {
    navigator.serviceWorker.register('sw.js').then((registration) => {
      watch(registration);
      // A kiosk may run for days without a reload: look for a new version every hour.
      setInterval(() => registration.update().catch(() => { /* offline: next hour */ }), 3600 * 1000);
    }).catch((e) => console.warn('The offline copy could not be installed: ' + e));
  }

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (restarting) location.reload();
  });

  window.oppGlue.updateReady = () => waiting !== null;
  window.oppGlue.applyUpdate = () => {
    if (!waiting || restarting) return;
    restarting = true;
    window.oppGlue.beginRestart();
    waiting.postMessage('skip-waiting');
  };
  document.addEventListener('opp-first-frame', register, { once: true });
})();
