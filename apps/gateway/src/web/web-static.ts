import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

/** Paths the web app never shadows: the API, the development login, health. */
const API_PREFIXES = ['/graphql', '/dev/', '/dev', '/health'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

const NOT_BUILT = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>産福 Sanpuku</title></head>
<body style="font-family:sans-serif;font-size:1.125rem;line-height:1.7;max-width:40rem;margin:2rem auto;padding:0 1rem">
<h1>産福 Sanpuku</h1>
<p>画面（Webアプリ）がまだビルドされていません。<code>npm run build</code> を実行してから、このページを開き直してください。GraphQL API は <a href="/graphql">/graphql</a> で使えます。</p>
<p lang="en">The web app has not been built yet. Run <code>npm run build</code>, then reload this page. The GraphQL API is at <a href="/graphql">/graphql</a>.</p>
</body></html>`;

interface Cached {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
  mtimeMs: number;
}

/**
 * Serves the built web app (dist/web, from `npm run build`) on the gateway's origin: its files
 * (hashed assets cached for a year, gzip when the browser accepts it) and, for any other GET of
 * a page a browser navigates to (Accept: text/html), index.html so client-side routes such as
 * /family/requests/… load the app; API clients keep the gateway's 404. Never answers
 * for /graphql, /dev/*, /health or non-GET requests. Without a build, pages get a short
 * Japanese/English note saying to build.
 */
export function webStaticMiddleware(dir: string) {
  const root = resolve(dir);
  const cache = new Map<string, Cached>();
  const load = (file: string): Cached | null => {
    let st;
    try {
      st = statSync(file);
    } catch {
      return null;
    }
    if (!st.isFile()) return null;
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs) return hit;
    const ext = extname(file);
    const body = readFileSync(file);
    const entry = { body, gzip: COMPRESSIBLE.has(ext) && body.length > 1024 ? gzipSync(body) : null, type: TYPES[ext] ?? 'application/octet-stream', mtimeMs: st.mtimeMs };
    cache.set(file, entry);
    return entry;
  };
  const send = (req: Request, res: Response, f: Cached, cacheControl: string) => {
    res.setHeader('content-type', f.type);
    res.setHeader('cache-control', cacheControl);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('vary', 'accept-encoding');
    const gz = f.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gz ? f.gzip! : f.body;
    if (gz) res.setHeader('content-encoding', 'gzip');
    res.setHeader('content-length', String(body.length));
    res.status(200).end(req.method === 'HEAD' ? undefined : body);
  };

  return function webStatic(req: Request, res: Response, next: NextFunction): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = decodeURIComponent(req.path);
    if (API_PREFIXES.some((p) => path === p || path.startsWith(p.endsWith('/') ? p : `${p}/`))) return next();
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return next();
    if (path !== '/' && extname(path)) {
      const f = load(file);
      if (!f) return next();
      send(req, res, f, path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      return;
    }
    // A page a browser navigates to (it asks for text/html): the app's shell for every client-side
    // route. API clients (no text/html in Accept) still get the gateway's 404 ROUTE_NOT_FOUND.
    if (!/text\/html/.test(String(req.headers.accept ?? ''))) return next();
    const index = existsSync(join(root, 'index.html')) ? load(join(root, 'index.html')) : null;
    if (!index) {
      res.status(200).setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      res.end(req.method === 'HEAD' ? undefined : NOT_BUILT);
      return;
    }
    send(req, res, index, 'no-cache');
  };
}
