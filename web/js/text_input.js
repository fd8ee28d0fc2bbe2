// Norwegian text input for the canvas: all inserted text (typing, dead keys, IME, paste,
// on-screen keyboards) comes from one hidden textarea and reaches ImGui exactly once.
// Emscripten's GLFW alone loses non-ASCII inserted text; non-text keys
// (arrows, Backspace, Enter, shortcuts) still reach ImGui through GLFW's key events.
'use strict';
(function () {
  const area = document.getElementById('text-input');
  const canvas = document.getElementById('canvas');
  let composing = false;
  let wantText = false;
  let lastKey = null; // the key event just before a paste: Ctrl+V / Shift+Insert paste inside ImGui

  // Through the heap, not ccall's stack: a pasted text can be megabytes long.
  function send(text) {
    if (!text) return;
    try {
      window.oppGlue.callWithStrings('opp_text_input', [text]);
    } catch (e) {
      if (!(e instanceof window.oppGlue.HeapFullError)) throw e;
      console.error(`Text input of ${text.length} characters dropped: ${e.message}`);
    }
  }
  // Sending the whole value and then emptying it is what makes duplicates impossible.
  function flush() {
    const value = area.value;
    area.value = '';
    send(value);
  }

  area.addEventListener('compositionstart', () => { composing = true; });
  area.addEventListener('compositionend', () => { composing = false; flush(); });
  area.addEventListener('input', () => { if (!composing) flush(); });

  area.addEventListener('keydown', (e) => {
    lastKey = e;
    if (e.key === 'Enter') e.preventDefault(); // ImGui gets Enter from GLFW
  });

  area.addEventListener('beforeinput', (e) => {
    const t = e.inputType;
    if (t === 'historyUndo' || t === 'historyRedo') { e.preventDefault(); return; }
    // On-screen keyboards send keyCode 229, which GLFW ignores: turn their edits into keys.
    if (t === 'deleteContentBackward' && area.value === '') {
      e.preventDefault();
      Module._opp_key_tap(0);
    } else if (t === 'insertLineBreak' || t === 'insertParagraph') {
      e.preventDefault();
      Module._opp_key_tap(1);
    }
  });

  area.addEventListener('paste', (e) => {
    e.preventDefault();
    const text = (e.clipboardData || window.clipboardData).getData('text/plain');
    window.oppGlue.setClipboardText(text);
    const k = lastKey;
    const ctrlV = k && (k.ctrlKey || k.metaKey) && !k.altKey && (k.key === 'v' || k.key === 'V');
    const shiftInsert = k && k.shiftKey && k.key === 'Insert';
    // ImGui pastes by itself on the exact shortcut (it reads the clipboard we just stored);
    // a paste from the context menu or anything else is inserted here.
    if (!(ctrlV && !k.metaKey) && !shiftInsert) send(text);
    lastKey = null;
  });

  // Clicks inside the UI must not take the focus away from the textarea.
  canvas.addEventListener('mousedown', (e) => { e.preventDefault(); if (wantText) focus(); });

  function focus() { area.focus({ preventScroll: true }); }

  window.oppGlue.setWantTextInput = (want) => {
    wantText = want;
    if (want) focus();
    else { area.blur(); area.value = ''; }
  };
  window.oppGlue.setImePosition = (x, y, h) => {
    area.style.left = x + 'px';
    area.style.top = y + 'px';
    area.style.height = Math.max(16, h) + 'px';
  };

  // Touch: 3.1.6's GLFW ignores touch positions, so touches become mouse events at the right
  // place. Only a focus inside the user's gesture opens an on-screen keyboard: focus in touchend.
  function forward(type, touch) {
    canvas.dispatchEvent(new MouseEvent(type, {
      clientX: touch.clientX, clientY: touch.clientY, screenX: touch.screenX, screenY: touch.screenY,
      button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true,
    }));
  }
  function onTouch(e) {
    if (e.target !== canvas) return;
    const touch = e.changedTouches[0];
    if (!touch) return;
    e.preventDefault();
    e.stopPropagation();
    if (e.type === 'touchstart') { forward('mousemove', touch); forward('mousedown', touch); }
    else if (e.type === 'touchmove') forward('mousemove', touch);
    else {
      forward('mouseup', touch);
      // ImGui activates the field in the next frame; give it that frame, still in the gesture's task.
      if (wantText) focus();
      requestAnimationFrame(() => { if (wantText) focus(); });
    }
  }
  for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel']) {
    window.addEventListener(type, onTouch, { capture: true, passive: false });
  }
})();
