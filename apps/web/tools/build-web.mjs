// Builds the web app into dist/web with Vite, unless dist/web already holds the build of exactly
// these sources (a stamp of their hashes): test files and `npm start` call the build often, and
// parallel test workers must not empty a folder another one is serving from. A new build goes to
// a fresh folder and is swapped in with renames.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(web, '../..');
const out = join(root, 'dist/web');

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (!/\.spec\.tsx?$/.test(name)) yield p;
  }
}

const hash = createHash('sha256');
for (const f of [...files(join(web, 'src')), ...files(join(web, 'public')), join(web, 'index.html'), join(web, 'vite.config.mts'), join(root, 'package-lock.json')]) {
  hash.update('production\0').update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
}
const stamp = hash.digest('hex');
const stampFile = join(out, '.build-stamp');
if (!process.argv.includes('--force') && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
  console.log('build: web app in dist/web is up to date');
  process.exit(0);
}
const started = Date.now();
const fresh = `${out}.new-${process.pid}`;
execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(web, 'vite.config.mts'), '--outDir', fresh, '--logLevel', 'warn'], {
  stdio: 'inherit',
  cwd: root,
  // Always the production build of React and the app: a caller's NODE_ENV (jest sets "test") must
  // not turn it into a development build that is 3× larger.
  env: { ...process.env, NODE_ENV: 'production' },
});
writeFileSync(join(fresh, '.build-stamp'), stamp);
const old = `${out}.old-${process.pid}`;
if (existsSync(out)) renameSync(out, old);
renameSync(fresh, out);
rmSync(old, { recursive: true, force: true });
console.log(`build: web app built into dist/web in ${Date.now() - started} ms`);
