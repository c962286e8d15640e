import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The app shell (header, a loading line, footer) written into index.html at build time from the
 * Japanese catalogue, so a phone paints the page's frame before the JavaScript has run; React
 * replaces it with the same layout on its first render. Same classes as App.tsx's Layout.
 */
function staticShell(): Plugin {
  const ja = JSON.parse(readFileSync(fileURLToPath(new URL('./src/i18n/ja.json', import.meta.url)), 'utf8')) as Record<string, string>;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const seg = (label: string, pressed: boolean) => `<button type="button" class="seg" aria-pressed="${pressed}" disabled>${esc(label)}</button>`;
  const shell =
    `<a class="skip-link" href="#main">${esc(ja['layout.skip'])}</a>` +
    `<header class="header"><div class="header-row"><a href="/" class="brand">${esc(ja['app.name'])}</a></div>` +
    `<div class="header-row prefs"><fieldset class="segmented"><legend>${esc(ja['layout.textSize'])}</legend>${seg(ja['layout.size.standard'], true)}${seg(ja['layout.size.large'], false)}${seg(ja['layout.size.xlarge'], false)}</fieldset>` +
    `<fieldset class="segmented"><legend>${esc(ja['layout.language'])}</legend>${seg(ja['layout.lang.ja'], true)}${seg(ja['layout.lang.en'], false)}</fieldset></div></header>` +
    `<main id="main" class="main"><p class="loading" role="status">${esc(ja['common.loading'])}</p></main>` +
    `<footer class="footer"><p>${esc(ja['layout.footer'])}</p></footer>`;
  return {
    name: 'sanpuku-static-shell',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<div id="root"></div>', `<div id="root">${shell}</div>`),
  };
}

// Built into dist/web (served by the gateway at /); `npm run dev:web` proxies the API to a
// running platform on :3000 (GraphQL over http and ws, and the development login).
const target = process.env.SANPUKU_API ?? 'http://localhost:3000';
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), staticShell()],
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target, ws: true, changeOrigin: true },
      '/dev': { target, changeOrigin: true },
      '/health': { target, changeOrigin: true },
    },
  },
});
