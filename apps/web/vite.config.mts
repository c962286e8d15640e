import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Built into dist/web (served by the gateway at /); `npm run dev:web` proxies the API to a
// running platform on :3000 (GraphQL over http and ws, and the development login).
const target = process.env.SANPUKU_API ?? 'http://localhost:3000';
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
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
