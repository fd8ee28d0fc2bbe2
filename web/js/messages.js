// The few texts shown before the app (and its translation catalogue) has started:
// loading, and the messages for a browser without WebAssembly or WebGL2.
'use strict';
window.oppMessages = (function () {
  const texts = {
    nb: {
      loading: 'Laster …',
      starting: 'Starter …',
      noWasmTitle: 'Nettleseren kan ikke kjøre appen',
      noWasm: 'Denne nettleseren støtter ikke WebAssembly. Bruk en oppdatert Chrome, Edge, Firefox eller Safari.',
      noWebglTitle: 'Nettleseren kan ikke tegne appen',
      noWebgl: 'WebGL 2 er slått av eller mangler. Slå på maskinvareakselerasjon i nettleseren, eller bruk en oppdatert nettleser.',
      crashTitle: 'Appen stoppet uventet',
      crash: 'Last siden på nytt. Endringer som ble vist som lagret, er ikke tapt.',
    },
    nn: {
      loading: 'Lastar …',
      starting: 'Startar …',
      noWasmTitle: 'Nettlesaren kan ikkje køyre appen',
      noWasm: 'Denne nettlesaren støttar ikkje WebAssembly. Bruk ein oppdatert Chrome, Edge, Firefox eller Safari.',
      noWebglTitle: 'Nettlesaren kan ikkje teikne appen',
      noWebgl: 'WebGL 2 er slått av eller manglar. Slå på maskinvareakselerasjon i nettlesaren, eller bruk ein oppdatert nettlesar.',
      crashTitle: 'Appen stoppa uventa',
      crash: 'Last sida på nytt. Endringar som vart viste som lagra, er ikkje tapte.',
    },
    en: {
      loading: 'Loading …',
      starting: 'Starting …',
      noWasmTitle: 'This browser cannot run the app',
      noWasm: 'This browser does not support WebAssembly. Use an up-to-date Chrome, Edge, Firefox or Safari.',
      noWebglTitle: 'This browser cannot draw the app',
      noWebgl: 'WebGL 2 is turned off or missing. Turn on hardware acceleration in the browser, or use an up-to-date browser.',
      crashTitle: 'The app stopped unexpectedly',
      crash: 'Reload the page. Changes that were shown as saved are not lost.',
    },
  };
  // The language the user chose in the app, else bokmål (the app's default too).
  let lang = 'nb';
  try {
    const saved = localStorage.getItem('opp.language');
    if (saved && texts[saved]) lang = saved;
  } catch (e) { /* storage disabled: keep bokmål */ }
  return { text: (key) => texts[lang][key], lang };
})();
