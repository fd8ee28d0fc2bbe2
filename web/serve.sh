#!/usr/bin/env bash
# Builds the release web app into build-web/dist/ and serves it on http://127.0.0.1:8080.
# PORT overrides the port; SERVE=0 only builds. Installs what it needs on first run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/bootstrap.sh" web
"$root/scripts/build-web.sh"
[ "${SERVE:-1}" = 0 ] && exit 0
exec python3 "$root/web/serve.py" "$root/build-web/dist" "${PORT:-8080}"
