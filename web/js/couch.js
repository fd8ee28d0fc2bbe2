// Talking to a sync server that speaks CouchDB's replication protocol (Apache CouchDB, PouchDB
// Server): only what the app's sync needs. Every document is sealed by the app before it gets
// here (core/sync, docs/SYNC.md): this file moves ciphertext and replication bookkeeping.
//
// Errors are CouchError with a `kind` the app turns into a message:
//   blocked       the page's Content-Security-Policy does not allow connecting to the server
//                 (no request is made: deploy behind the same origin, or add it to connect-src)
//   unreachable   no answer (offline, wrong address, the server refused the connection, or a
//                 proxy in front of it could not reach it: 502–504)
//   unauthorized  wrong user or password (401)
//   forbidden     the user may not do this (403)
//   no_database   the database does not exist and could not be created
//   server        any other refusal, with the server's status and reason
//   bad_answer    an answer that is not CouchDB's
'use strict';
window.oppCouch = (function () {
  class CouchError extends Error {
    constructor(kind, detail) {
      super(kind + (detail ? ': ' + detail : ''));
      this.kind = kind;
      this.detail = detail || '';
    }
  }

  // The sources the page's connect-src (or default-src) names, from its CSP meta tag; null when
  // the page has none (then the browser decides alone).
  function connectSources() {
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    if (!meta) return null;
    const directives = {};
    for (const part of meta.content.split(';')) {
      const words = part.trim().split(/\s+/).filter(Boolean);
      if (words.length) directives[words[0].toLowerCase()] = words.slice(1);
    }
    return directives['connect-src'] || directives['default-src'] || null;
  }

  // Whether the page's policy lets it connect to `url` (an absolute address).
  function connectAllowed(url, sources = connectSources()) {
    if (sources === null) return true;
    let target;
    try { target = new URL(url, location.href); } catch (e) { return false; }
    return sources.some((source) => {
      const s = source.replace(/^'|'$/g, '').toLowerCase();
      if (s === '*') return target.protocol === 'http:' || target.protocol === 'https:';
      if (s === 'self') return target.origin === location.origin;
      if (s === 'none') return false;
      if (/^[a-z][a-z0-9+.-]*:$/.test(s)) return target.protocol === s;
      let allowed;
      try { allowed = new URL(s.includes('://') ? s : target.protocol + '//' + s); } catch (e) { return false; }
      if (allowed.protocol !== target.protocol) return false;
      const host = allowed.hostname;
      const hostOk = host.startsWith('*.') ? target.hostname.endsWith(host.slice(1)) : target.hostname === host;
      const portOk = allowed.port === '*' || allowed.port === target.port;
      const pathOk = allowed.pathname === '/' || target.pathname.startsWith(allowed.pathname);
      return hostOk && portOk && pathOk;
    });
  }

  // A client for one database: {url, database, user, password}.
  function client(config) {
    const root = new URL(String(config.url || '').trim().replace(/\/*$/, '/'), location.href);
    const base = new URL(encodeURIComponent(String(config.database || '').trim()) + '/', root);
    const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
    if (config.user) {
      const pair = new TextEncoder().encode(config.user + ':' + (config.password || ''));
      headers.Authorization = 'Basic ' + btoa(String.fromCharCode(...pair));
    }

    async function request(method, path, body) {
      const url = new URL(path, base).href;
      if (!connectAllowed(url)) throw new CouchError('blocked', new URL(url).origin);
      let response;
      try {
        response = await fetch(url, {
          method, headers, body: body === undefined ? undefined : JSON.stringify(body),
          credentials: 'omit', cache: 'no-store', redirect: 'error',
        });
      } catch (e) {
        throw new CouchError('unreachable', String(e && e.message ? e.message : e));
      }
      let json = null;
      try { json = await response.json(); } catch (e) { json = null; }
      const reason = json && (json.reason || json.error) ? String(json.reason || json.error) : String(response.status);
      // A gateway in front of the server (a same-origin proxy) that could not reach it.
      if (response.status === 502 || response.status === 503 || response.status === 504) {
        throw new CouchError('unreachable', response.status + ' ' + reason);
      }
      if (response.status === 401) throw new CouchError('unauthorized', reason);
      if (response.status === 403) throw new CouchError('forbidden', reason);
      if (response.status === 404 && path === '') throw new CouchError('no_database', reason);
      if (!response.ok) throw new CouchError('server', response.status + ' ' + reason);
      if (json === null || typeof json !== 'object') throw new CouchError('bad_answer', String(response.status));
      return json;
    }

    return {
      // The database's info; with `create`, a missing database is made first.
      async open(create) {
        try {
          return await request('GET', '');
        } catch (e) {
          if (!(e instanceof CouchError) || e.kind !== 'no_database' || !create) throw e;
          try {
            await request('PUT', '');
          } catch (made) {
            if (made instanceof CouchError && made.kind === 'server' && /412/.test(made.detail)) return request('GET', '');
            throw made.kind === 'server' ? new CouchError('no_database', made.detail) : made;
          }
          return request('GET', '');
        }
      },
      // Stores new documents. One already there (the same id: a change sent before whose answer
      // was lost) counts as stored. Resolves to how many the server holds now of those given.
      async push(docs) {
        if (!docs.length) return 0;
        const results = await request('POST', '_bulk_docs', { docs });
        if (!Array.isArray(results)) throw new CouchError('bad_answer', '_bulk_docs');
        const failed = results.find((r) => r.error && r.error !== 'conflict');
        if (failed) throw new CouchError('server', failed.id + ': ' + (failed.reason || failed.error));
        return results.length;
      },
      // Documents changed since `since` ('0' at first), at most `limit`: {docs, lastSeq, more}.
      async pull(since, limit = 1000) {
        const query = '_changes?include_docs=true&since=' + encodeURIComponent(since || '0') + '&limit=' + limit;
        const json = await request('GET', query);
        if (!Array.isArray(json.results)) throw new CouchError('bad_answer', '_changes');
        const docs = json.results.filter((r) => r.doc && !r.deleted && !String(r.id).startsWith('_design/')).map((r) => r.doc);
        return { docs, lastSeq: String(json.last_seq), more: json.results.length >= limit };
      },
      // The documents with these ids (the team's base parts).
      async get(ids) {
        const json = await request('POST', '_all_docs?include_docs=true', { keys: ids });
        if (!Array.isArray(json.rows)) throw new CouchError('bad_answer', '_all_docs');
        return json.rows.filter((r) => r.doc).map((r) => r.doc);
      },
    };
  }

  const BATCH = 500; // documents per _bulk_docs
  const baseId = (part) => 'base-' + String(part).padStart(6, '0');

  // One round as the app asks for it (core/sync/wire.hpp has the shapes): start a team, join one,
  // or sync. Resolves to the answer; never rejects.
  async function run(request) {
    const c = client(request.config || {});
    const database = String((request.config || {}).database || '');
    try {
      if (request.op === 'start') {
        await c.open(true);
        if ((await c.get([baseId(1)])).length) throw new CouchError('team_exists', database);
      } else {
        await c.open(false);
      }
      let base = [];
      if (request.op === 'join') {
        const first = await c.get([baseId(1)]);
        if (!first.length) throw new CouchError('no_team', database);
        const parts = Math.max(1, Math.min(100000, Number(first[0].parts) || 1));
        base = await c.get(Array.from({ length: parts }, (_, i) => baseId(i + 1)));
      }
      const push = request.op === 'join' ? [] : (request.push || []);
      let pushed = 0;
      for (let i = 0; i < push.length; i += BATCH) pushed += await c.push(push.slice(i, i + BATCH));
      let since = request.op === 'sync' ? String(request.since || '0') : '0';
      const docs = [];
      for (;;) {
        const page = await c.pull(since);
        docs.push(...page.docs);
        since = page.lastSeq;
        if (!page.more) break;
      }
      return { ok: true, base, docs, since, pushed };
    } catch (e) {
      if (e instanceof CouchError) return { ok: false, kind: e.kind, detail: e.detail };
      return { ok: false, kind: 'bad_answer', detail: String(e && e.message ? e.message : e) };
    }
  }

  return { client, run, connectAllowed, connectSources, CouchError };
})();
