// The page's module settings, in a file of its own: the served Content-Security-Policy allows no inline script.
var Module = { canvas: document.getElementById('canvas') };
