#!/usr/bin/env python3
"""Serves build-web/dist on 127.0.0.1 with the app's Content-Security-Policy and wasm MIME type.

    serve.py DIST PORT [-q] [--sync-proxy URL]

--sync-proxy forwards /couch/... to a CouchDB-protocol server at URL (e.g. http://127.0.0.1:5984/),
so the app reaches its sync server on its own origin, which its policy (connect-src 'self')
allows: the same-origin deployment docs/SYNC.md describes, for trying it out and for the tests.
"""
import functools
import http.server
import sys
import urllib.error
import urllib.request

CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
       "connect-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'")
PROXY_PREFIX = "/couch/"


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript",
                      ".webmanifest": "application/manifest+json"}
    sync_server = None  # "http://host:port/" when --sync-proxy is given

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, fmt, *args):
        if "-q" not in sys.argv:
            super().log_message(fmt, *args)

    def proxied(self):
        return self.sync_server is not None and self.path.startswith(PROXY_PREFIX)

    def forward(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        target = self.sync_server + self.path[len(PROXY_PREFIX):]
        request = urllib.request.Request(target, data=body, method=self.command)
        for name in ("Authorization", "Content-Type", "Accept"):
            if self.headers.get(name):
                request.add_header(name, self.headers[name])
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                status, content_type, data = answer.status, answer.headers.get("Content-Type"), answer.read()
        except urllib.error.HTTPError as refused:
            status, content_type, data = refused.code, refused.headers.get("Content-Type"), refused.read()
        except OSError as error:
            status, content_type, data = 502, "application/json", (
                '{"error":"bad_gateway","reason":"%s"}' % str(error).replace('"', "'")).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type or "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.proxied():
            self.forward()
        else:
            super().do_GET()

    def do_HEAD(self):
        if self.proxied():
            self.forward()
        else:
            super().do_HEAD()

    def do_PUT(self):
        self.forward() if self.proxied() else self.send_error(405)

    def do_POST(self):
        self.forward() if self.proxied() else self.send_error(405)

    def do_DELETE(self):
        self.forward() if self.proxied() else self.send_error(405)


def main():
    directory, port = sys.argv[1], int(sys.argv[2])
    if "--sync-proxy" in sys.argv:
        Handler.sync_server = sys.argv[sys.argv.index("--sync-proxy") + 1].rstrip("/") + "/"
    handler = functools.partial(Handler, directory=directory)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    print(f"Serving the app on http://127.0.0.1:{port}/  (Ctrl+C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
