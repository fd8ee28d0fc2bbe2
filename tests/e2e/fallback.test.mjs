// A browser that cannot run the app gets a clear message, not a blank page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

async function fallbackText(initScript) {
  const b = await launch();
  try {
    const page = await b.context.newPage();
    await page.addInitScript(initScript);
    await page.goto(server.url);
    await page.waitForSelector('#fallback:not(.hidden)', { timeout: 10000 });
    assert.equal(await page.isVisible('#loading'), false);
    return {
      title: await page.textContent('#fallback-title'),
      text: await page.textContent('#fallback-text'),
      appLoaded: await page.evaluate(() => !!document.querySelector('script[src="app.js"]')),
    };
  } finally {
    await b.close();
  }
}

test('without WebAssembly the page says so (in bokmål by default)', async () => {
  const shown = await fallbackText(() => { delete window.WebAssembly; });
  assert.equal(shown.title, 'Nettleseren kan ikke kjøre appen');
  assert.match(shown.text, /WebAssembly/);
  assert.equal(shown.appLoaded, false);
});

test('without WebGL2 the page says so, in the language chosen earlier', async () => {
  const shown = await fallbackText(() => {
    localStorage.setItem('opp.language', 'nn');
    delete window.WebGL2RenderingContext;
  });
  assert.equal(shown.title, 'Nettlesaren kan ikkje teikne appen');
  assert.match(shown.text, /WebGL 2/);
  assert.equal(shown.appLoaded, false);
});

// WebGL2 there, but no context given (hardware acceleration off, a blocked GPU): the app's own
// context creation fails and main() shows the same message.
test('when WebGL2 gives no context the app says so', async () => {
  const shown = await fallbackText(() => {
    localStorage.setItem('opp.language', 'en');
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : original.call(this, type, ...rest);
    };
  });
  assert.equal(shown.title, 'This browser cannot draw the app');
  assert.match(shown.text, /WebGL 2/);
  assert.equal(shown.appLoaded, true);
});
