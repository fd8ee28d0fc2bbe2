// window.appTest: the test hook for end-to-end tests, present only when the page has ?test.
// See docs/ARCHITECTURE.md, "Test hook".
'use strict';
(function () {
  if (!window.oppGlue.testMode) return;
  // The app owns the returned text until its next test-hook call: decode it at once.
  function str(name, args) {
    return Module.UTF8ToString(window.oppGlue.callWithStrings(name, args || []));
  }
  // False while a lock wipes the heap: nothing may call into the app until the page reloads.
  function started() {
    return !!(window.Module && Module.calledRun && Module._opp_test_ready) && !window.oppGlue.wiping();
  }
  window.appTest = {
    // True once the stored data is loaded and a frame showing it has been drawn.
    ready: () => started() && Module._opp_test_ready() === 1,
    // The whole store as backup JSON (docs/BACKUP_FORMAT.md), or null before loading.
    state: () => (started() ? JSON.parse(str('opp_test_state')) : null),
    // {testId: {x, y, w, h}} of the widgets drawn in the last frame, in CSS pixels.
    rects: () => (started() ? JSON.parse(str('opp_test_rects')) : {}),
    // {frames, recentMs: [...]}: frame count and the CPU time of recent frames.
    frameStats: () => (started() ? JSON.parse(str('opp_test_frame_stats')) : { frames: 0, recentMs: [] }),
    // The validated import the UI uses: {ok} or {ok: false, error, key, detail}.
    importBackup: (json) => JSON.parse(str('opp_test_import',
      [typeof json === 'string' ? json : JSON.stringify(json)])),
    // True when every change has been written to IndexedDB (no save queued or running).
    // A click the app has not handled yet is not a change yet: wait for settled() instead.
    saved: () => started() && Module._opp_has_unsaved() === 0,
    // True when the app has caught up with everything done to it: no input event waits for a
    // frame, no file or storage callback is outstanding, and every change is in IndexedDB.
    settled: () => started() && window.oppGlue.pendingWork() === 0 && Module._opp_test_settled() === 1,
    // The vault gate: {stage: waiting|setup|locked|working|problem|open|locking, derivationMs, migrationError}.
    vault: () => (started() ? JSON.parse(str('opp_test_vault')) : { stage: 'starting' }),
    // Set-up and unlock through the same code as the screens; '' or the error's catalogue key.
    // `light` uses the cheapest key derivation (for tests that are not about the lock).
    setUp: (passphrase, light) => str('opp_test_set_up', [passphrase, light ? 1 : 0]),
    unlock: (passphrase) => str('opp_test_unlock', [passphrase]),
    // Starts a compaction now (as if the generation were full); compactionDue() is true until
    // the new snapshot generation has been written (a slice per frame).
    requestCompaction: () => Module._opp_test_compaction(1) === 1,
    compactionDue: () => started() && Module._opp_test_compaction(0) === 1,
    // Auto-lock after `ms` without input instead of the setting's minutes.
    setIdleLockMs: (ms) => Module._opp_test_set_idle_lock_ms(ms),
    // The app draws no frames while nothing changes: wake() has it draw again (and settle) as if
    // something had happened; idle() is true while it draws none.
    wake: () => { if (started()) Module._opp_wake(); },
    // Has the app draw at least n more frames, whatever happens (for timing frames).
    drawFrames: (n) => { if (started()) Module._opp_test_draw_frames(n); },
    idle: () => started() && Module._opp_test_idle() === 1,
    // Milliseconds from navigation start to the first drawn frame.
    firstFrameMs: () => window.oppFirstFrameMs || null,
  };

  // Tests that are not about the lock set window.oppTestPassphrase (an init script): the page
  // then sets up or unlocks by itself, with the cheapest key derivation.
  if (window.oppTestPassphrase) {
    const timer = setInterval(() => {
      if (!started() || window.oppGlue.wiping()) return;
      const stage = window.appTest.vault().stage;
      if (stage === 'setup') window.appTest.setUp(window.oppTestPassphrase, true);
      else if (stage === 'locked') window.appTest.unlock(window.oppTestPassphrase);
      else if (stage === 'open' || stage === 'problem') clearInterval(timer);
    }, 20);
  }
})();
