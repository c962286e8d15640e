import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { webStaticMiddleware } from './web-static';

let dir: string;
let server: Server;
let base: string;

async function serve(root: string): Promise<void> {
  const app = express();
  app.use(webStaticMiddleware(root));
  // Stand-ins for the gateway's own routes: the web app must leave them alone.
  app.all(/^\/(graphql|dev\/users|health)$/, (req, res) => {
    res.status(299).send(`api ${req.method} ${req.path}`);
  });
  await new Promise<void>((res) => (server = app.listen(0, '127.0.0.1', () => res())));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise((res) => server.close(res));
  rmSync(dir, { recursive: true, force: true });
});

describe('the gateway serving the web app', () => {
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sanpuku-web-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets/app-abc123.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
    await serve(dir);
  });

  it('answers / and client routes with the app shell, not cached', async () => {
    for (const path of ['/', '/family/requests/6f1c', '/care']) {
      const r = await fetch(base + path, { headers: { accept: 'text/html' } });
      expect([path, r.status, r.headers.get('content-type'), r.headers.get('cache-control')]).toEqual([path, 200, 'text/html; charset=utf-8', 'no-cache']);
      expect(await r.text()).toContain('<div id="root">');
    }
  });

  it('serves hashed assets gzipped and cached for a year; a missing file is not the shell', async () => {
    const r = await fetch(`${base}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-encoding')).toBe('gzip');
    expect(r.headers.get('cache-control')).toContain('immutable');
    expect((await r.text()).length).toBeGreaterThan(5000);
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('never shadows /graphql, /dev/* or /health, nor answers anything but GET and HEAD', async () => {
    expect(await (await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } })).text()).toBe('api GET /graphql');
    expect(await (await fetch(`${base}/dev/users`)).text()).toBe('api GET /dev/users');
    expect(await (await fetch(`${base}/health`)).text()).toBe('api GET /health');
    expect(await (await fetch(`${base}/graphql`, { method: 'POST' })).text()).toBe('api POST /graphql');
  });

  it('leaves unknown paths to the gateway’s 404 for API clients (no text/html in Accept)', async () => {
    expect((await fetch(`${base}/no/such/route`, { headers: { accept: '*/*' } })).status).toBe(404);
    expect((await fetch(`${base}/no/such/route`, { headers: { accept: 'application/json' } })).status).toBe(404);
  });

  it('does not serve files outside its folder', async () => {
    const r = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(await r.text()).not.toContain('root:');
  });
});

describe('the gateway without a web build', () => {
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sanpuku-web-static-'));
    await serve(join(dir, 'missing'));
  });

  it('says in Japanese and English to run the build', async () => {
    const r = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain('npm run build');
    expect(html).toContain('まだビルドされていません');
  });
});
