// window.appTest: the test hook for end-to-end tests, present only when the page has ?test.
// See docs/ARCHITECTURE.md, "Test hook".
'use strict';
(function () {
  if (!window.oppGlue.testMode) return;
  function str(name, types, args) {
    return Module.ccall(name, 'string', types || [], args || []);
  }
  function started() {
    return !!(window.Module && Module.calledRun && Module._opp_test_ready);
  }
  window.appTest = {
    // True once the stored data is loaded and a frame showing it has been drawn.
    ready: () => started() && Module._opp_test_ready() === 1,
    // The whole store as backup JSON (docs/BACKUP_FORMAT.md), or null before loading.
    state: () => JSON.parse(str('opp_test_state')),
    // {testId: {x, y, w, h}} of the widgets drawn in the last frame, in CSS pixels.
    rects: () => JSON.parse(str('opp_test_rects')),
    // {frames, recentMs: [...]}: frame count and the CPU time of recent frames.
    frameStats: () => JSON.parse(str('opp_test_frame_stats')),
    // The validated import the UI uses: {ok} or {ok: false, error, key, detail}.
    importBackup: (json) => JSON.parse(str('opp_test_import', ['string'],
      [typeof json === 'string' ? json : JSON.stringify(json)])),
    // True when every change has been written to IndexedDB (no save queued or running).
    saved: () => started() && Module._opp_has_unsaved() === 0,
    // Milliseconds from navigation start to the first drawn frame.
    firstFrameMs: () => window.oppFirstFrameMs || null,
  };
})();
